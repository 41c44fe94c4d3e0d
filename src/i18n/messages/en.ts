import type { Messages } from './nb';

export const en: Messages = {
  'app.name': 'Innboks',
  'app.documentTitle': '{page} – Innboks',
  'app.skipToMain': 'Skip to main content',
  'app.loading': 'Loading …',

  'header.signedInAs': 'Signed in as',
  'header.identityNumber': 'National identity number {masked}',
  'header.actingFor': 'Acting for',
  'header.signOut': 'Sign out',
  'header.settings': 'Settings',
  'header.language': 'Language',
  'header.theme': 'Theme',

  'language.nb': 'Bokmål',
  'language.nn': 'Nynorsk',
  'language.en': 'English',

  'theme.system': 'Same as system',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  'home.heading': 'Innboks',
  'home.whoHeading': 'You',
  'home.name': 'Name',
  'home.identityNumber': 'National identity number',
  'home.authLevel': 'Security level',
  'home.authLevel.3': 'Substantial',
  'home.authLevel.4': 'High',
  'home.stepUp': 'Sign in with high security level',
  'home.actingFor': 'You are acting for',
  'home.partiesHeading': 'Whom you can act for',
  'home.partiesCount.one': 'You can act for {count} party.',
  'home.partiesCount.other': 'You can act for {count} parties.',
  'home.onlyYourself': 'You can only act for yourself.',
  'home.partiesLoading': 'Fetching whom you can act for …',
  'home.partiesError': 'We could not fetch whom you can act for. Please try again later.',
  'home.partiesRetry': 'Try again',
  'home.subunits': '{count} subunits',
  'home.moreParties': 'and {count} more',
  'home.inboxComing': 'Your messages will appear here.',

  'party.person': 'Person',
  'party.organisation': 'Organisation',
  'party.subunit': 'Subunit',
  'party.selfIdentified': 'Self-identified user',
  'party.deleted': 'Deleted',
  'party.orgNumber': 'Org. no. {orgNumber}',

  'auth.signingIn': 'Signing in …',
  'auth.signingOut': 'Signing out …',
  'auth.callbackFailed.title': 'Sign-in failed',
  'auth.callbackFailed.body': 'We could not complete the sign-in. Please sign in again.',
  'auth.acrTooLow.title': 'Security level too low',
  'auth.acrTooLow.body': 'The sign-in used a lower security level than required. Please sign in again.',
  'auth.notRegistered.title': 'We could not find you in Altinn',
  'auth.notRegistered.body':
    'You are signed in with ID-porten, but Altinn did not accept the sign-in. Try again, or contact Altinn user support.',
  'auth.tryAgain': 'Sign in again',

  'idle.title': 'Are you still there?',
  'idle.body':
    'You have not been active for a while. For your security you will be signed out in {seconds} seconds.',
  'idle.stay': 'Stay signed in',
  'idle.signOutNow': 'Sign out now',

  'signedOut.heading': 'You are signed out',
  'signedOut.body': 'Thank you for your visit. If you are using a shared computer, close the browser.',
  'signedOut.idle': 'You were signed out because you were inactive.',
  'signedOut.absolute': 'You were signed out because the longest allowed sign-in time was reached.',
  'signedOut.signIn': 'Sign in again',

  'notFound.heading': 'Page not found',
  'notFound.body': 'The page does not exist, or the address is misspelled.',
  'notFound.home': 'Go to the inbox',

  'error.heading': 'Something went wrong',
  'error.body': 'An error occurred. Reload the page, or try again a little later.',
  'error.reload': 'Reload the page',
  'error.home': 'Go to the inbox',

  'config.heading': 'Innboks cannot start',
  'config.body':
    "The service's settings (config.json) are missing or invalid. Please tell whoever runs the service.",
  'config.missingField': 'The field “{field}” is missing.',
  'config.invalidField': 'The field “{field}” has an invalid value.',
  'config.notFound': 'The file /config.json was not found (HTTP status {status}).',
  'config.notJson': 'The file /config.json is not valid JSON.',
  'config.network': 'Could not fetch /config.json.',
  'config.problems': 'What is wrong:',
};
