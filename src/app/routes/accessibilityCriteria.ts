import type { Language } from '../../i18n/languages';

/**
 * The accessibility statement's findings, one entry per success criterion. Kept as data (not as
 * message keys) because each entry is a fact about the app that changes with the app, and the
 * three names are the official WCAG names rather than app texts.
 *
 * `not-tested` exists so that nothing is claimed without evidence: the statement says so instead.
 */
export type CriterionStatus = 'meets' | 'partial' | 'not-applicable' | 'not-tested';

export interface Criterion {
  /** Success-criterion number, e.g. "1.4.3". */
  id: string;
  level: 'A' | 'AA';
  name: Record<Language, string>;
  status: CriterionStatus;
  /** Why the status is what it is, and how it was checked. */
  note: Record<Language, string>;
}

/** The day the statuses below were last checked against the running app. */
export const ASSESSED_ON = '2026-11-28';

function c(
  id: string,
  level: 'A' | 'AA',
  nb: string,
  nn: string,
  en: string,
  status: CriterionStatus,
  note: Record<Language, string>,
): Criterion {
  return { id, level, name: { nb, nn, en }, status, note };
}

const AXE = {
  nb: 'Automatisk kontroll med axe på alle sider og tilstander, i lyst og mørkt tema og 390 px bredde.',
  nn: 'Automatisk kontroll med axe på alle sider og tilstandar, i lyst og mørkt tema og 390 px breidd.',
  en: 'Checked automatically with axe on every page and state, in light and dark themes and at 390 px.',
};
const NO_MEDIA = {
  nb: 'Tjenesten har ikke lyd eller video.',
  nn: 'Tenesta har ikkje lyd eller video.',
  en: 'The service has no audio or video.',
};
const KEYBOARD = {
  nb: 'En automatisk test går gjennom innlogging, bytte av aktør, søk, åpning, nedlasting, sletting med angre og utlogging bare med tastatur.',
  nn: 'Ein automatisk test går gjennom innlogging, byte av aktør, søk, opning, nedlasting, sletting med angre og utlogging berre med tastatur.',
  en: 'An automated test signs in, switches party, searches, opens, downloads, deletes with undo and signs out using only the keyboard.',
};

/**
 * The 48 WCAG 2.1 requirements Norwegian regulations set for the public sector (level A and AA,
 * except 1.2.3 and 1.2.4, with 1.2.5 audio description required since 2024), as listed by
 * Uutilsynet.
 */
export const WCAG21_REQUIREMENTS: readonly Criterion[] = [
  c('1.1.1', 'A', 'Ikke-tekstlig innhold', 'Ikkje-tekstleg innhald', 'Non-text Content', 'meets', {
    nb: 'Ikoner er enten pynt (skjult for skjermlesere) eller har en tekst. ' + AXE.nb,
    nn: 'Ikon er anten pynt (skjulte for skjermlesarar) eller har ein tekst. ' + AXE.nn,
    en: 'Icons are either decoration (hidden from screen readers) or carry a text. ' + AXE.en,
  }),
  c(
    '1.2.1',
    'A',
    'Bare lyd og bare video (forhåndsinnspilt)',
    'Berre lyd og berre video (førehandsinnspelt)',
    'Audio-only and Video-only (Prerecorded)',
    'not-applicable',
    NO_MEDIA,
  ),
  c(
    '1.2.2',
    'A',
    'Teksting (forhåndsinnspilt)',
    'Teksting (førehandsinnspelt)',
    'Captions (Prerecorded)',
    'not-applicable',
    NO_MEDIA,
  ),
  c(
    '1.2.5',
    'AA',
    'Synstolking (forhåndsinnspilt)',
    'Synstolking (førehandsinnspelt)',
    'Audio Description (Prerecorded)',
    'not-applicable',
    NO_MEDIA,
  ),
  c(
    '1.3.1',
    'A',
    'Informasjon og relasjoner',
    'Informasjon og relasjonar',
    'Info and Relationships',
    'meets',
    {
      nb:
        'Landemerker (banner, hovedinnhold, bunntekst), én h1 per side, lister og skjemafelt med ledetekst. Testet automatisk. ' +
        AXE.nb,
      nn:
        'Landemerke (banner, hovudinnhald, botntekst), éin h1 per side, lister og skjemafelt med leietekst. Testa automatisk. ' +
        AXE.nn,
      en:
        'Landmarks (banner, main, footer), one h1 per page, lists and labelled fields. Tested automatically. ' +
        AXE.en,
    },
  ),
  c('1.3.2', 'A', 'Meningsfylt rekkefølge', 'Meiningsfull rekkjefølgje', 'Meaningful Sequence', 'meets', {
    nb: 'Kodens rekkefølge følger den visuelle; tastaturtesten måler tabulatorrekkefølgen.',
    nn: 'Rekkjefølgja i koden følgjer den visuelle; tastaturtesten måler tabulatorrekkjefølgja.',
    en: 'Source order follows the visual order; the keyboard test measures the tab order.',
  }),
  c('1.3.3', 'A', 'Sensoriske egenskaper', 'Sensoriske eigenskapar', 'Sensory Characteristics', 'meets', {
    nb: 'Ingen instruksjon viser bare til form, farge, plassering eller lyd.',
    nn: 'Ingen instruksjon viser berre til form, farge, plassering eller lyd.',
    en: 'No instruction refers only to shape, colour, position or sound.',
  }),
  c('1.3.4', 'AA', 'Visningsretning', 'Visningsretning', 'Orientation', 'meets', {
    nb: 'Siden låser ikke visningsretningen.',
    nn: 'Sida låser ikkje visningsretninga.',
    en: 'The page does not lock its orientation.',
  }),
  c(
    '1.3.5',
    'AA',
    'Identifiser formål med inndata',
    'Identifiser føremål med inndata',
    'Identify Input Purpose',
    'not-applicable',
    {
      nb: 'Tjenesten ber ikke om opplysninger om deg selv; innloggingen skjer hos ID-porten.',
      nn: 'Tenesta ber ikkje om opplysningar om deg sjølv; innlogginga skjer hos ID-porten.',
      en: 'The service asks for no information about yourself; signing in happens at ID-porten.',
    },
  ),
  c('1.4.1', 'A', 'Bruk av farge', 'Bruk av farge', 'Use of Color', 'meets', {
    nb: 'Ulest, frister og feil vises med tekst, ikke bare med farge. Lenker er understreket.',
    nn: 'Ulese, fristar og feil blir viste med tekst, ikkje berre med farge. Lenkjer er understreka.',
    en: 'Unread, due dates and errors are shown in text, not by colour alone. Links are underlined.',
  }),
  c('1.4.2', 'A', 'Styring av lyd', 'Styring av lyd', 'Audio Control', 'not-applicable', NO_MEDIA),
  c('1.4.3', 'AA', 'Kontrast (minimum)', 'Kontrast (minimum)', 'Contrast (Minimum)', 'meets', AXE),
  c('1.4.4', 'AA', 'Endring av tekststørrelse', 'Endring av tekststorleik', 'Resize Text', 'partial', {
    nb: 'Testet automatisk med 200 % tekststørrelse: ingen sidelengs rulling, og toppfeltets knapper er synlige. Men noen ledetekster i datofiltrene blir kuttet, og ledeteksten i nedtrekkslister kan overlappe verdien.',
    nn: 'Testa automatisk med 200 % tekststorleik: inga sidelengs rulling, og knappane i toppfeltet er synlege. Men nokre leietekstar i datofiltera blir kutta, og leieteksten i nedtrekkslister kan overlappe verdien.',
    en: 'Tested automatically with text at 200%: no sideways scrolling, and the header controls stay visible. But some date filter labels are cut off, and select labels can overlap their value.',
  }),
  c('1.4.5', 'AA', 'Bilder av tekst', 'Bilete av tekst', 'Images of Text', 'meets', {
    nb: 'Tjenesten bruker ikke bilder av tekst.',
    nn: 'Tenesta brukar ikkje bilete av tekst.',
    en: 'The service uses no images of text.',
  }),
  c('1.4.10', 'AA', 'Dynamisk tilpasning (Reflow)', 'Dynamisk tilpassing (Reflow)', 'Reflow', 'meets', {
    nb: 'Testet automatisk: ingen sidelengs rulling ved 320 px bredde på hovedsidene.',
    nn: 'Testa automatisk: inga sidelengs rulling ved 320 px breidd på hovudsidene.',
    en: 'Tested automatically: no sideways scrolling at 320 px on the main pages.',
  }),
  c(
    '1.4.11',
    'AA',
    'Kontrast for ikke-tekstlig innhold',
    'Kontrast for ikkje-tekstleg innhald',
    'Non-text Contrast',
    'meets',
    {
      nb: 'Feltkanter og fokusmarkering har minst 3:1 mot bakgrunnen; fokusmarkeringen er målt automatisk, feltkantene er kontrollert manuelt.',
      nn: 'Feltkantar og fokusmarkering har minst 3:1 mot bakgrunnen; fokusmarkeringa er målt automatisk, feltkantane er kontrollerte manuelt.',
      en: 'Field borders and the focus indicator have at least 3:1 against the background; the focus indicator is measured automatically, field borders were checked by hand.',
    },
  ),
  c('1.4.12', 'AA', 'Tekstavstand', 'Tekstavstand', 'Text Spacing', 'not-tested', {
    nb: 'Ikke testet ennå med økt linje-, bokstav- og ordavstand.',
    nn: 'Ikkje testa enno med auka linje-, bokstav- og ordavstand.',
    en: 'Not tested yet with increased line, letter and word spacing.',
  }),
  c(
    '1.4.13',
    'AA',
    'Pekerfølsomt innhold eller innhold ved tastaturfokus',
    'Peikarsensitivt innhald eller innhald ved tastaturfokus',
    'Content on Hover or Focus',
    'meets',
    {
      nb: 'Tjenesten viser ikke innhold som dukker opp ved pekerbevegelse eller fokus.',
      nn: 'Tenesta viser ikkje innhald som dukkar opp ved peikarrørsle eller fokus.',
      en: 'The service shows no content that appears on hover or focus.',
    },
  ),
  c('2.1.1', 'A', 'Tastatur', 'Tastatur', 'Keyboard', 'meets', KEYBOARD),
  c('2.1.2', 'A', 'Ingen tastaturfelle', 'Inga tastaturfelle', 'No Keyboard Trap', 'meets', {
    nb: 'Alle dialoger lukkes med Escape, og fokus går tilbake dit det var. ' + KEYBOARD.nb,
    nn: 'Alle dialogar blir lukka med Escape, og fokus går tilbake dit det var. ' + KEYBOARD.nn,
    en: 'Every dialog closes with Escape and focus returns to where it was. ' + KEYBOARD.en,
  }),
  c(
    '2.1.4',
    'A',
    'Hurtigtaster som består av ett tegn',
    'Hurtigtastar som består av eitt teikn',
    'Character Key Shortcuts',
    'partial',
    {
      nb: 'Listen har hurtigtaster på én bokstav (for eksempel j, k og ?). De virker ikke i skrivefelt eller dialoger, men kan ikke slås av ennå.',
      nn: 'Lista har hurtigtastar på éin bokstav (til dømes j, k og ?). Dei verkar ikkje i skrivefelt eller dialogar, men kan ikkje slåast av enno.',
      en: 'The list has single-letter shortcuts (such as j, k and ?). They do nothing in text fields or dialogs, but cannot be turned off yet.',
    },
  ),
  c('2.2.1', 'A', 'Justerbar hastighet', 'Justerbar hastigheit', 'Timing Adjustable', 'partial', {
    nb: 'Før du logges ut etter inaktivitet, får du et varsel og kan fortsette med ett trykk. Den lengste tillatte innloggingstiden er en sikkerhetsregel og kan ikke forlenges.',
    nn: 'Før du blir logga ut etter inaktivitet, får du eit varsel og kan halde fram med eitt trykk. Den lengste tillatne innloggingstida er ein tryggleiksregel og kan ikkje forlengjast.',
    en: 'Before an idle sign-out you are warned and can continue with one press. The longest allowed sign-in time is a security rule and cannot be extended.',
  }),
  c('2.2.2', 'A', 'Pause, stopp, skjul', 'Pause, stopp, skjul', 'Pause, Stop, Hide', 'meets', {
    nb: 'Ingenting beveger seg av seg selv, bortsett fra lasteindikatorer mens noe lastes.',
    nn: 'Ingenting rører seg av seg sjølv, bortsett frå lasteindikatorar medan noko blir lasta.',
    en: 'Nothing moves by itself except loading indicators while something loads.',
  }),
  c(
    '2.3.1',
    'A',
    'Terskelverdi på maksimalt tre glimt',
    'Terskelverdi på maksimalt tre glimt',
    'Three Flashes or Below Threshold',
    'meets',
    {
      nb: 'Tjenesten har ikke blinkende innhold. Animasjoner slås av når systemet ber om redusert bevegelse.',
      nn: 'Tenesta har ikkje blinkande innhald. Animasjonar blir slått av når systemet ber om redusert rørsle.',
      en: 'The service has no flashing content. Animations are turned off when the system asks for reduced motion.',
    },
  ),
  c('2.4.1', 'A', 'Hoppe over blokker', 'Hoppe over blokker', 'Bypass Blocks', 'meets', {
    nb: 'Første tabulatorstopp er lenken «Hopp til hovedinnholdet», og sidene har landemerker.',
    nn: 'Første tabulatorstopp er lenkja «Hopp til hovudinnhaldet», og sidene har landemerke.',
    en: 'The first tab stop is the "Skip to main content" link, and pages have landmarks.',
  }),
  c('2.4.2', 'A', 'Sidetitler', 'Sidetitlar', 'Page Titled', 'meets', {
    nb: 'Sidetittelen sier hvor du er: mappe, aktør, søk eller melding. Testet automatisk.',
    nn: 'Sidetittelen seier kvar du er: mappe, aktør, søk eller melding. Testa automatisk.',
    en: 'The page title says where you are: folder, party, search or message. Tested automatically.',
  }),
  c('2.4.3', 'A', 'Fokusrekkefølge', 'Fokusrekkjefølgje', 'Focus Order', 'meets', {
    nb: 'Ved sidebytte flyttes fokus til sidens hovedoverskrift. ' + KEYBOARD.nb,
    nn: 'Ved sidebyte blir fokus flytta til hovudoverskrifta på sida. ' + KEYBOARD.nn,
    en: 'On every page change focus moves to the main heading. ' + KEYBOARD.en,
  }),
  c(
    '2.4.4',
    'A',
    'Formål med lenke (i kontekst)',
    'Føremål med lenkje (i kontekst)',
    'Link Purpose (In Context)',
    'meets',
    {
      nb: 'Lenker i listen har meldingens tittel som navn; nedlastingsknapper har filens navn.',
      nn: 'Lenkjer i lista har tittelen på meldinga som namn; nedlastingsknappar har namnet på fila.',
      en: 'Links in the list are named after the message; download buttons after the file.',
    },
  ),
  c('2.4.5', 'AA', 'Flere måter', 'Fleire måtar', 'Multiple Ways', 'meets', {
    nb: 'Meldinger finnes gjennom mapper, søk, filtre og aktørvelgeren.',
    nn: 'Meldingar finst gjennom mapper, søk, filter og aktørveljaren.',
    en: 'Messages can be found through folders, search, filters and the party picker.',
  }),
  c(
    '2.4.6',
    'AA',
    'Overskrifter og ledetekster',
    'Overskrifter og leietekstar',
    'Headings and Labels',
    'meets',
    AXE,
  ),
  c('2.4.7', 'AA', 'Synlig fokus', 'Synleg fokus', 'Focus Visible', 'meets', {
    nb: 'Alt som kan få fokus, får en tydelig ramme. Tastaturtesten kontrollerer rammen i hvert steg.',
    nn: 'Alt som kan få fokus, får ei tydeleg ramme. Tastaturtesten kontrollerer ramma i kvart steg.',
    en: 'Everything focusable gets a clear outline. The keyboard test checks the outline at every step.',
  }),
  c('2.5.1', 'A', 'Pekerbevegelser', 'Peikarrørsler', 'Pointer Gestures', 'meets', {
    nb: 'Ingen funksjon krever sveip eller flerfingerbevegelser.',
    nn: 'Ingen funksjon krev sveip eller fleirfingerrørsler.',
    en: 'No function needs swipes or multi-finger gestures.',
  }),
  c('2.5.2', 'A', 'Pekeravbrytelse', 'Peikaravbryting', 'Pointer Cancellation', 'meets', {
    nb: 'Knapper og lenker utløses når du slipper, ikke når du trykker ned.',
    nn: 'Knappar og lenkjer blir utløyste når du slepper, ikkje når du trykkjer ned.',
    en: 'Buttons and links act on release, not on press.',
  }),
  c('2.5.3', 'A', 'Ledetekst i navn', 'Leietekst i namn', 'Label in Name', 'meets', {
    nb: 'Knapper med synlig tekst har den teksten først i navnet sitt. Kontrollert manuelt.',
    nn: 'Knappar med synleg tekst har den teksten først i namnet sitt. Kontrollert manuelt.',
    en: 'Buttons with visible text start their name with that text. Checked by hand.',
  }),
  c('2.5.4', 'A', 'Bevegelsesaktivering', 'Rørsleaktivering', 'Motion Actuation', 'not-applicable', {
    nb: 'Ingen funksjon styres ved å bevege enheten.',
    nn: 'Ingen funksjon blir styrt ved å røre eininga.',
    en: 'No function is controlled by moving the device.',
  }),
  c('3.1.1', 'A', 'Språk på siden', 'Språk på sida', 'Language of Page', 'meets', {
    nb: 'Sidens språk følger språkvalget (bokmål, nynorsk eller engelsk).',
    nn: 'Språket på sida følgjer språkvalet (bokmål, nynorsk eller engelsk).',
    en: 'The page language follows the language chosen (bokmål, nynorsk or English).',
  }),
  c('3.1.2', 'AA', 'Språk på deler av innhold', 'Språk på delar av innhald', 'Language of Parts', 'partial', {
    nb: 'Språkvalgene er merket med sitt språk. Titler fra tjenesteeiere vises på et annet språk når de mangler ditt, og er da ikke merket.',
    nn: 'Språkvala er merkte med sitt språk. Titlar frå tenesteeigarar blir viste på eit anna språk når dei manglar ditt, og er då ikkje merkte.',
    en: 'The language choices are marked with their language. Titles from service owners fall back to another language when yours is missing, and are then not marked.',
  }),
  c('3.2.1', 'A', 'Fokus', 'Fokus', 'On Focus', 'meets', {
    nb: 'Ingenting skifter side eller åpnes når noe får fokus.',
    nn: 'Ingenting byter side eller blir opna når noko får fokus.',
    en: 'Nothing changes page or opens when something receives focus.',
  }),
  c('3.2.2', 'A', 'Inndata', 'Inndata', 'On Input', 'meets', {
    nb: 'Filtre oppdaterer listen på samme side; fokus blir der det var.',
    nn: 'Filter oppdaterer lista på same side; fokus blir verande der det var.',
    en: 'Filters update the list on the same page; focus stays where it was.',
  }),
  c('3.2.3', 'AA', 'Konsekvent navigering', 'Konsekvent navigering', 'Consistent Navigation', 'meets', {
    nb: 'Toppfelt, mapper og bunntekst er like på alle sider.',
    nn: 'Toppfelt, mapper og botntekst er like på alle sider.',
    en: 'Header, folders and footer are the same on every page.',
  }),
  c(
    '3.2.4',
    'AA',
    'Konsekvent identifikasjon',
    'Konsekvent identifikasjon',
    'Consistent Identification',
    'meets',
    {
      nb: 'Samme funksjon har samme navn overalt.',
      nn: 'Same funksjon har same namn overalt.',
      en: 'The same function has the same name everywhere.',
    },
  ),
  c('3.3.1', 'A', 'Identifikasjon av feil', 'Identifikasjon av feil', 'Error Identification', 'meets', {
    nb: 'Feil beskrives med tekst som sier hva som gikk galt og hva du kan gjøre.',
    nn: 'Feil blir skildra med tekst som seier kva som gjekk gale og kva du kan gjere.',
    en: 'Errors are described in text saying what went wrong and what you can do.',
  }),
  c(
    '3.3.2',
    'A',
    'Ledetekster eller instruksjoner',
    'Leietekstar eller instruksjonar',
    'Labels or Instructions',
    'meets',
    AXE,
  ),
  c('3.3.3', 'AA', 'Forslag ved feil', 'Forslag ved feil', 'Error Suggestion', 'meets', {
    nb: 'Feilmeldinger foreslår hva du kan gjøre, for eksempel å prøve igjen eller fjerne filtre.',
    nn: 'Feilmeldingar føreslår kva du kan gjere, til dømes å prøve igjen eller fjerne filter.',
    en: 'Error messages suggest what to do, such as trying again or clearing filters.',
  }),
  c(
    '3.3.4',
    'AA',
    'Forhindring av feil (juridiske feil, økonomiske feil, datafeil)',
    'Førebygging av feil (juridiske feil, økonomiske feil, datafeil)',
    'Error Prevention (Legal, Financial, Data)',
    'meets',
    {
      nb: 'Flytting til papirkurven kan angres, og sletting for godt må bekreftes.',
      nn: 'Flytting til papirkorga kan angrast, og sletting for godt må stadfestast.',
      en: 'Moving to the bin can be undone, and deleting for good must be confirmed.',
    },
  ),
  c('4.1.1', 'A', 'Parsing', 'Parsing', 'Parsing', 'meets', {
    nb: 'Sidene bygges av React, som lager gyldig kode. (Kravet er tatt ut av WCAG 2.2.)',
    nn: 'Sidene blir bygde av React, som lagar gyldig kode. (Kravet er teke ut av WCAG 2.2.)',
    en: 'Pages are built by React, which produces valid markup. (WCAG 2.2 removed this criterion.)',
  }),
  c('4.1.2', 'A', 'Navn, rolle, verdi', 'Namn, rolle, verdi', 'Name, Role, Value', 'meets', AXE),
  c('4.1.3', 'AA', 'Statusbeskjeder', 'Statusmeldingar', 'Status Messages', 'meets', {
    nb: 'Antall treff, nye meldinger, resultater av handlinger og nedlastinger leses opp uten at fokus flyttes.',
    nn: 'Tal på treff, nye meldingar, resultat av handlingar og nedlastingar blir lesne opp utan at fokus blir flytta.',
    en: 'Result counts, new messages, action results and downloads are announced without moving focus.',
  }),
];

/** WCAG 2.2's new level A and AA criteria (not yet required by Norwegian law). */
export const WCAG22_ADDITIONS: readonly Criterion[] = [
  c(
    '2.4.11',
    'AA',
    'Fokus ikke skjult (minimum)',
    'Fokus ikkje skjult (minimum)',
    'Focus Not Obscured (Minimum)',
    'meets',
    {
      nb: 'Ingen faste toppfelt dekker innholdet. Angre-meldingen nederst dekker bare en liten del av skjermen.',
      nn: 'Ingen faste toppfelt dekkjer innhaldet. Angre-meldinga nedst dekkjer berre ein liten del av skjermen.',
      en: 'No sticky header covers the content. The Undo notice at the bottom covers only a small part of the screen.',
    },
  ),
  c('2.5.7', 'AA', 'Drabevegelser', 'Drarørsler', 'Dragging Movements', 'meets', {
    nb: 'Ingen funksjon krever at du drar noe.',
    nn: 'Ingen funksjon krev at du dreg noko.',
    en: 'No function requires dragging.',
  }),
  c('2.5.8', 'AA', 'Målstørrelse (minimum)', 'Målstorleik (minimum)', 'Target Size (Minimum)', 'meets', AXE),
  c('3.2.6', 'A', 'Konsekvent hjelp', 'Konsekvent hjelp', 'Consistent Help', 'meets', {
    nb: 'Lenken til denne erklæringen, med hvordan du melder fra, står i bunnteksten på alle sider.',
    nn: 'Lenkja til denne erklæringa, med korleis du melder frå, står i botnteksten på alle sider.',
    en: 'The link to this statement, with how to report a problem, is in the footer of every page.',
  }),
  c('3.3.7', 'A', 'Overflødig inntasting', 'Overflødig inntasting', 'Redundant Entry', 'meets', {
    nb: 'Tjenesten har ingen skjema i flere steg. Søk og filtre ligger i adressen og huskes når du går tilbake.',
    nn: 'Tenesta har ingen skjema i fleire steg. Søk og filter ligg i adressa og blir hugsa når du går tilbake.',
    en: 'The service has no multi-step forms. Search and filters live in the address and are kept when you go back.',
  }),
  c(
    '3.3.8',
    'AA',
    'Tilgjengelig autentisering (minimum)',
    'Tilgjengeleg autentisering (minimum)',
    'Accessible Authentication (Minimum)',
    'meets',
    {
      nb: 'Tjenesten ber ikke om passord eller koder selv; innloggingen skjer hos ID-porten.',
      nn: 'Tenesta ber ikkje om passord eller kodar sjølv; innlogginga skjer hos ID-porten.',
      en: 'The service asks for no password or code itself; signing in happens at ID-porten.',
    },
  ),
];
