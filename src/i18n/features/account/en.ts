import type { AccountMessages } from './nb';

/** The account page's texts (issue 4: who is signed in and whom they can act for), in English. */
export const accountEn: AccountMessages = {
  'home.whoHeading': 'You',
  'home.name': 'Name',
  'home.identityNumber': 'National identity number',
  'home.authLevel': 'Security level',
  'home.authLevel.3': 'Substantial',
  'home.authLevel.4': 'High',
  'home.stepUp': 'Sign in with high security level',
  'home.partiesHeading': 'Whom you can act for',
  'home.partiesCount.one': 'You can act for {count} party.',
  'home.partiesCount.other': 'You can act for {count} parties.',
  'home.onlyYourself': 'You can only act for yourself.',
  'home.partiesLoading': 'Fetching whom you can act for …',
  'home.partiesError': 'We could not fetch whom you can act for. Please try again later.',
  'home.partiesRetry': 'Try again',
  'home.subunits.one': '1 subunit',
  'home.subunits.other': '{count} subunits',
  'home.moreParties.one': 'and 1 more (subunits included).',
  'home.moreParties.other': 'and {count} more (subunits included).',
  'home.partiesCountNote': 'Subunits are counted.',
  'account.heading': 'Your sign-in',
};
