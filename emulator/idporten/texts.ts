/** Languages of the emulator's ID-porten pages. ID-porten also has nn and se; we only need these two. */
export type PageLanguage = 'nb' | 'en';

export interface PageTexts {
  htmlLang: string;
  loginTitle: string;
  loginHeading: string;
  loginIntro: string;
  levelLegend: string;
  levelSubstantial: string;
  levelHigh: string;
  pidLabel: string;
  pidHint: string;
  pidButton: string;
  pidError: string;
  personError: string;
  levelError: string;
  personsHeading: string;
  noPersons: string;
  morePersons: (shown: number, total: number) => string;
  logInAs: (name: string) => string;
  errorSummary: string;
  switchLanguage: string;
  switchLanguageTo: PageLanguage;
  switchLanguageLang: string;
  logoutTitle: string;
  logoutHeading: string;
  logoutBody: string;
  logoutButton: string;
  loggedOutTitle: string;
  loggedOutBody: string;
  errorTitle: string;
  errorHeading: string;
  errorBody: string;
  errorDetails: string;
  testBanner: string;
}

const nb: PageTexts = {
  htmlLang: 'nb',
  loginTitle: 'Logg inn – TestID – ID-porten (emulator)',
  loginHeading: 'Logg inn med TestID',
  loginIntro: 'Velg en testperson, eller skriv inn et fødselsnummer. Bare syntetiske testdata.',
  levelLegend: 'Sikkerhetsnivå',
  levelSubstantial: 'Betydelig (idporten-loa-substantial)',
  levelHigh: 'Høyt (idporten-loa-high)',
  pidLabel: 'Fødselsnummer',
  pidHint: '11 siffer',
  pidButton: 'Logg inn med fødselsnummer',
  pidError: 'Fødselsnummeret må være nøyaktig 11 siffer.',
  personError: 'Ukjent testperson. Velg en person fra listen.',
  levelError: 'Velg et sikkerhetsnivå.',
  personsHeading: 'Testpersoner',
  noPersons: 'Datasettet har ingen testpersoner.',
  morePersons: (shown, total) =>
    `Viser de ${shown} første av ${total} testpersoner. Skriv inn fødselsnummeret for å logge inn som en av de andre.`,
  logInAs: (name) => `Logg inn som ${name}`,
  errorSummary: 'Innloggingen kunne ikke fullføres',
  switchLanguage: 'English',
  switchLanguageTo: 'en',
  switchLanguageLang: 'en',
  logoutTitle: 'Logger ut – ID-porten (emulator)',
  logoutHeading: 'Logger ut',
  logoutBody: 'Du logges ut av ID-porten.',
  logoutButton: 'Logg ut',
  loggedOutTitle: 'Logget ut – ID-porten (emulator)',
  loggedOutBody: 'Du er logget ut av ID-porten.',
  errorTitle: 'Feil – ID-porten (emulator)',
  errorHeading: 'Noe gikk galt',
  errorBody: 'Forespørselen kunne ikke behandles. Gå tilbake til tjenesten og prøv igjen.',
  errorDetails: 'Teknisk feilkode',
  testBanner: 'Testmiljø – lokal ID-porten-emulator',
};

const en: PageTexts = {
  htmlLang: 'en',
  loginTitle: 'Log in – TestID – ID-porten (emulator)',
  loginHeading: 'Log in with TestID',
  loginIntro: 'Choose a test person, or type a national identity number. Synthetic test data only.',
  levelLegend: 'Security level',
  levelSubstantial: 'Substantial (idporten-loa-substantial)',
  levelHigh: 'High (idporten-loa-high)',
  pidLabel: 'National identity number',
  pidHint: '11 digits',
  pidButton: 'Log in with national identity number',
  pidError: 'The national identity number must be exactly 11 digits.',
  personError: 'Unknown test person. Choose a person from the list.',
  levelError: 'Choose a security level.',
  personsHeading: 'Test persons',
  noPersons: 'The dataset has no test persons.',
  morePersons: (shown, total) =>
    `Showing the first ${shown} of ${total} test persons. Type the national identity number to log in as one of the others.`,
  logInAs: (name) => `Log in as ${name}`,
  errorSummary: 'The login could not be completed',
  switchLanguage: 'Norsk (bokmål)',
  switchLanguageTo: 'nb',
  switchLanguageLang: 'nb',
  logoutTitle: 'Logging out – ID-porten (emulator)',
  logoutHeading: 'Logging out',
  logoutBody: 'You are being logged out of ID-porten.',
  logoutButton: 'Log out',
  loggedOutTitle: 'Logged out – ID-porten (emulator)',
  loggedOutBody: 'You are logged out of ID-porten.',
  errorTitle: 'Error – ID-porten (emulator)',
  errorHeading: 'Something went wrong',
  errorBody: 'The request could not be processed. Go back to the service and try again.',
  errorDetails: 'Technical error code',
  testBanner: 'Test environment – local ID-porten emulator',
};

export function textsFor(language: PageLanguage): PageTexts {
  return language === 'en' ? en : nb;
}

/** The page language: an explicit choice wins, then the first supported `ui_locales` entry, then nb. */
export function pickLanguage(explicit: unknown, uiLocales: unknown): PageLanguage {
  if (explicit === 'en' || explicit === 'nb') return explicit;
  if (typeof uiLocales === 'string') {
    for (const tag of uiLocales.split(' ')) {
      const base = tag.toLowerCase().split('-')[0];
      if (base === 'en') return 'en';
      if (base === 'nb' || base === 'nn' || base === 'no') return 'nb';
    }
  }
  return 'nb';
}
