import type { Messages } from './nb';

export const nn: Messages = {
  'app.name': 'Innboks',
  'app.documentTitle': '{page} – Innboks',
  'app.skipToMain': 'Hopp til hovudinnhaldet',
  'app.loading': 'Lastar …',

  'header.signedInAs': 'Innlogga som',
  'header.identityNumber': 'Fødselsnummer {masked}',
  'header.actingFor': 'Handlar på vegner av',
  'header.signOut': 'Logg ut',
  'header.settings': 'Innstillingar',
  'header.language': 'Språk',
  'header.theme': 'Tema',

  'language.nb': 'Bokmål',
  'language.nn': 'Nynorsk',
  'language.en': 'English',

  'theme.system': 'Som systemet',
  'theme.light': 'Lyst',
  'theme.dark': 'Mørkt',

  'home.heading': 'Innboks',
  'home.whoHeading': 'Deg',
  'home.name': 'Namn',
  'home.identityNumber': 'Fødselsnummer',
  'home.authLevel': 'Tryggingsnivå',
  'home.authLevel.3': 'Betydeleg',
  'home.authLevel.4': 'Høgt',
  'home.stepUp': 'Logg inn med høgt tryggingsnivå',
  'home.actingFor': 'Du handlar på vegner av',
  'home.partiesHeading': 'Kven du kan handle på vegner av',
  'home.partiesCount.one': 'Du kan handle på vegner av {count} part.',
  'home.partiesCount.other': 'Du kan handle på vegner av {count} partar.',
  'home.onlyYourself': 'Du kan berre handle på vegner av deg sjølv.',
  'home.partiesLoading': 'Hentar kven du kan handle på vegner av …',
  'home.partiesError': 'Vi fekk ikkje henta kven du kan handle på vegner av. Prøv igjen seinare.',
  'home.partiesRetry': 'Prøv igjen',
  'home.subunits': '{count} undereiningar',
  'home.moreParties': 'og {count} til',
  'home.inboxComing': 'Meldingane dine kjem her.',

  'party.person': 'Person',
  'party.organisation': 'Verksemd',
  'party.subunit': 'Undereining',
  'party.selfIdentified': 'Sjølvidentifisert brukar',
  'party.deleted': 'Sletta',
  'party.orgNumber': 'Org.nr. {orgNumber}',

  'auth.signingIn': 'Loggar inn …',
  'auth.signingOut': 'Loggar ut …',
  'auth.callbackFailed.title': 'Innlogginga mislukkast',
  'auth.callbackFailed.body': 'Vi klarte ikkje å fullføre innlogginga. Prøv å logge inn på nytt.',
  'auth.acrTooLow.title': 'For lågt tryggingsnivå',
  'auth.acrTooLow.body': 'Innlogginga hadde lågare tryggingsnivå enn det som krevst. Logg inn på nytt.',
  'auth.notRegistered.title': 'Vi fann deg ikkje i Altinn',
  'auth.notRegistered.body':
    'Du er logga inn hos ID-porten, men Altinn godtok ikkje innlogginga. Prøv igjen, eller kontakt Altinn brukarservice.',
  'auth.tryAgain': 'Logg inn på nytt',

  'idle.title': 'Er du framleis der?',
  'idle.body':
    'Du har ikkje vore aktiv på ei stund. Av tryggleiksomsyn blir du logga ut om {seconds} sekund.',
  'idle.stay': 'Bli innlogga',
  'idle.signOutNow': 'Logg ut no',

  'signedOut.heading': 'Du er logga ut',
  'signedOut.body': 'Takk for besøket. Brukar du ei delt datamaskin, bør du lukke nettlesaren.',
  'signedOut.idle': 'Du vart logga ut fordi du ikkje var aktiv.',
  'signedOut.absolute': 'Du vart logga ut fordi den lengste tillatne innloggingstida er nådd.',
  'signedOut.signIn': 'Logg inn igjen',

  'notFound.heading': 'Fann ikkje sida',
  'notFound.body': 'Sida finst ikkje, eller adressa er skriven feil.',
  'notFound.home': 'Gå til innboksen',

  'error.heading': 'Noko gjekk gale',
  'error.body': 'Det oppstod ein feil. Last inn sida på nytt, eller prøv igjen litt seinare.',
  'error.reload': 'Last inn sida på nytt',
  'error.home': 'Gå til innboksen',

  'config.heading': 'Innboks kan ikkje starte',
  'config.body':
    'Innstillingane til tenesta (config.json) manglar eller er ugyldige. Gi beskjed til den som driftar tenesta.',
  'config.missingField': 'Feltet «{field}» manglar.',
  'config.invalidField': 'Feltet «{field}» har ein ugyldig verdi.',
  'config.notFound': 'Fann ikkje fila /config.json (HTTP-status {status}).',
  'config.notJson': 'Fila /config.json er ikkje gyldig JSON.',
  'config.network': 'Klarte ikkje å hente /config.json.',
  'config.problems': 'Dette er feil:',
};
