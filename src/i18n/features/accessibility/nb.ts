/**
 * The accessibility statement's texts (issue 7), in bokmål: the source of the feature's keys. Only
 * the feature's own code imports this table, so it ships in the feature's chunk and not with the
 * first page; nynorsk and English are typed as `AccessibilityMessages`, so a key missing there
 * fails the type check.
 */
export const accessibilityNb = {
  'a11y.heading': 'Tilgjengelighetserklæring for Innboks',
  'a11y.intro':
    'Innboks skal kunne brukes av alle. Her står hvordan tjenesten oppfyller de 48 kravene i WCAG 2.1 (nivå A og AA) som gjelder offentlig sektor i Norge.',
  'a11y.assessedOn': 'Sist vurdert {date}.',
  'a11y.summary':
    '{meets} krav er oppfylt, {partial} er delvis oppfylt, {notTested} er ikke testet ennå, og {notApplicable} gjelder ikke for tjenesten.',
  'a11y.howTested.heading': 'Slik har vi testet',
  'a11y.howTested.axe':
    'Hver side og tilstand (utlogget, innlogging, lister, tomme lister, feil, meldinger, dialoger) kontrolleres automatisk med verktøyet axe mot WCAG 2.0, 2.1 og 2.2 nivå A og AA, i lyst og mørkt tema og på smal skjerm. Kravet er null funn.',
  'a11y.howTested.keyboard':
    'En automatisk test bruker tjenesten bare med tastatur, fra innlogging til utlogging, og kontrollerer at fokus alltid er synlig og flyttes til overskriften når siden byttes.',
  'a11y.howTested.manual':
    'Vi ser gjennom skjermbilder av sidene i begge tema og på smal skjerm. Tjenesten er ikke testet av brukere med skjermleser ennå.',
  'a11y.requirements.heading': 'Kravene i WCAG 2.1',
  'a11y.wcag22.heading': 'Nye krav i WCAG 2.2',
  'a11y.wcag22.body': 'Disse kravene er ikke lovpålagt ennå, men tjenesten oppfyller dem.',
  'a11y.criterion': '{id} {name} (nivå {level})',
  'a11y.status.meets': 'Oppfylt',
  'a11y.status.partial': 'Delvis oppfylt',
  'a11y.status.not-applicable': 'Gjelder ikke',
  'a11y.status.not-tested': 'Ikke testet',
  'a11y.report.heading': 'Meld fra om problemer',
  'a11y.report.body':
    'Får du ikke brukt noe i Innboks, eller finner du noe som ikke er universelt utformet? Kontakt Altinn brukerservice og si at det gjelder Innboks. Fortell hva du prøvde å gjøre, på hvilken side, og hvilken nettleser og hvilke hjelpemidler du brukte.',
  'a11y.report.complaint':
    'Får du ikke svar, eller er du ikke fornøyd med svaret, kan du klage til Diskrimineringsnemnda. Tilsynet for universell utforming av ikt (Uutilsynet) fører tilsyn med kravene.',
  'a11y.home': 'Til innboksen',
} as const;

export type AccessibilityKey = keyof typeof accessibilityNb;
export type AccessibilityMessages = Record<AccessibilityKey, string>;
