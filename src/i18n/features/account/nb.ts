/**
 * The account page's texts (issue 4: who is signed in and whom they can act for), in bokmål: the
 * source of the feature's keys. Only the feature's own code imports this table, so it ships in the
 * feature's chunk and not with the first page; nynorsk and English are typed as `AccountMessages`,
 * so a key missing there fails the type check.
 */
export const accountNb = {
  'home.whoHeading': 'Deg',
  'home.name': 'Navn',
  'home.identityNumber': 'Fødselsnummer',
  'home.authLevel': 'Sikkerhetsnivå',
  'home.authLevel.3': 'Betydelig',
  'home.authLevel.4': 'Høyt',
  'home.stepUp': 'Logg inn med høyt sikkerhetsnivå',
  'home.partiesHeading': 'Hvem du kan handle på vegne av',
  'home.partiesCount.one': 'Du kan handle på vegne av {count} part.',
  'home.partiesCount.other': 'Du kan handle på vegne av {count} parter.',
  'home.onlyYourself': 'Du kan bare handle på vegne av deg selv.',
  'home.partiesLoading': 'Henter hvem du kan handle på vegne av …',
  'home.partiesError': 'Vi fikk ikke hentet hvem du kan handle på vegne av. Prøv igjen senere.',
  'home.partiesRetry': 'Prøv igjen',
  'home.subunits.one': '1 underenhet',
  'home.subunits.other': '{count} underenheter',
  'home.moreParties.one': 'og 1 til (underenheter medregnet).',
  'home.moreParties.other': 'og {count} til (underenheter medregnet).',
  'home.partiesCountNote': 'Underenheter er talt med.',
  'account.heading': 'Din innlogging',
} as const;

export type AccountKey = keyof typeof accountNb;
export type AccountMessages = Record<AccountKey, string>;
