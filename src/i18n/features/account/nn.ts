import type { AccountMessages } from './nb';

/** The account page's texts (issue 4: who is signed in and whom they can act for), in nynorsk. */
export const accountNn: AccountMessages = {
  'home.whoHeading': 'Deg',
  'home.name': 'Namn',
  'home.identityNumber': 'Fødselsnummer',
  'home.authLevel': 'Tryggingsnivå',
  'home.authLevel.3': 'Betydeleg',
  'home.authLevel.4': 'Høgt',
  'home.stepUp': 'Logg inn med høgt tryggingsnivå',
  'home.partiesHeading': 'Kven du kan handle på vegner av',
  'home.partiesCount.one': 'Du kan handle på vegner av {count} part.',
  'home.partiesCount.other': 'Du kan handle på vegner av {count} partar.',
  'home.onlyYourself': 'Du kan berre handle på vegner av deg sjølv.',
  'home.partiesLoading': 'Hentar kven du kan handle på vegner av …',
  'home.partiesError': 'Vi fekk ikkje henta kven du kan handle på vegner av. Prøv igjen seinare.',
  'home.partiesRetry': 'Prøv igjen',
  'home.subunits.one': '1 undereining',
  'home.subunits.other': '{count} undereiningar',
  'home.moreParties.one': 'og 1 til (undereiningar medrekna).',
  'home.moreParties.other': 'og {count} til (undereiningar medrekna).',
  'home.partiesCountNote': 'Undereiningar er talde med.',
  'account.heading': 'Di innlogging',
};
