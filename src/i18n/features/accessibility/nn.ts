import type { AccessibilityMessages } from './nb';

/** The accessibility statement's texts (issue 7), in nynorsk. */
export const accessibilityNn: AccessibilityMessages = {
  'a11y.heading': 'Tilgjengelegheitserklæring for Innboks',
  'a11y.intro':
    'Innboks skal kunne brukast av alle. Her står korleis tenesta oppfyller dei 48 krava i WCAG 2.1 (nivå A og AA) som gjeld offentleg sektor i Noreg.',
  'a11y.assessedOn': 'Sist vurdert {date}.',
  'a11y.summary':
    '{meets} krav er oppfylte, {partial} er delvis oppfylte, {notTested} er ikkje testa enno, og {notApplicable} gjeld ikkje for tenesta.',
  'a11y.howTested.heading': 'Slik har vi testa',
  'a11y.howTested.axe':
    'Kvar side og tilstand (utlogga, innlogging, lister, tomme lister, feil, meldingar, dialogar) blir kontrollert automatisk med verktøyet axe mot WCAG 2.0, 2.1 og 2.2 nivå A og AA, i lyst og mørkt tema og på smal skjerm. Kravet er null funn.',
  'a11y.howTested.keyboard':
    'Ein automatisk test brukar tenesta berre med tastatur, frå innlogging til utlogging, og kontrollerer at fokus alltid er synleg og blir flytta til overskrifta når sida blir bytt.',
  'a11y.howTested.manual':
    'Vi går gjennom skjermbilete av sidene i begge tema og på smal skjerm. Tenesta er ikkje testa av brukarar med skjermlesar enno.',
  'a11y.requirements.heading': 'Krava i WCAG 2.1',
  'a11y.wcag22.heading': 'Nye krav i WCAG 2.2',
  'a11y.wcag22.body': 'Desse krava er ikkje lovpålagde enno, men tenesta oppfyller dei.',
  'a11y.criterion': '{id} {name} (nivå {level})',
  'a11y.status.meets': 'Oppfylt',
  'a11y.status.partial': 'Delvis oppfylt',
  'a11y.status.not-applicable': 'Gjeld ikkje',
  'a11y.status.not-tested': 'Ikkje testa',
  'a11y.report.heading': 'Meld frå om problem',
  'a11y.report.body':
    'Får du ikkje brukt noko i Innboks, eller finn du noko som ikkje er universelt utforma? Kontakt Altinn brukarservice og sei at det gjeld Innboks. Fortel kva du prøvde å gjere, på kva side, og kva nettlesar og hjelpemiddel du brukte.',
  'a11y.report.complaint':
    'Får du ikkje svar, eller er du ikkje nøgd med svaret, kan du klage til Diskrimineringsnemnda. Tilsynet for universell utforming av ikt (Uutilsynet) fører tilsyn med krava.',
  'a11y.home': 'Til innboksen',
};
