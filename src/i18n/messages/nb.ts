/**
 * Norwegian bokmål, the default language and the source of the message keys: nynorsk and English
 * are typed as `Messages`, so a key missing there (or an extra one) fails the type check.
 * Placeholders are written {name}.
 */
export const nb = {
  'app.name': 'Innboks',
  'app.documentTitle': '{page} – Innboks',
  'app.skipToMain': 'Hopp til hovedinnholdet',
  'app.loading': 'Laster …',

  'header.signedInAs': 'Innlogget som',
  'header.identityNumber': 'Fødselsnummer {masked}',
  'header.actingFor': 'Handler på vegne av',
  'header.signOut': 'Logg ut',
  'header.settings': 'Innstillinger',
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
  'home.name': 'Navn',
  'home.identityNumber': 'Fødselsnummer',
  'home.authLevel': 'Sikkerhetsnivå',
  'home.authLevel.3': 'Betydelig',
  'home.authLevel.4': 'Høyt',
  'home.stepUp': 'Logg inn med høyt sikkerhetsnivå',
  'home.actingFor': 'Du handler på vegne av',
  'home.partiesHeading': 'Hvem du kan handle på vegne av',
  'home.partiesCount.one': 'Du kan handle på vegne av {count} part.',
  'home.partiesCount.other': 'Du kan handle på vegne av {count} parter.',
  'home.onlyYourself': 'Du kan bare handle på vegne av deg selv.',
  'home.partiesLoading': 'Henter hvem du kan handle på vegne av …',
  'home.partiesError': 'Vi fikk ikke hentet hvem du kan handle på vegne av. Prøv igjen senere.',
  'home.partiesRetry': 'Prøv igjen',
  'home.subunits': '{count} underenheter',
  'home.moreParties': 'og {count} til',
  'home.inboxComing': 'Meldingene dine kommer her.',

  'party.person': 'Person',
  'party.organisation': 'Virksomhet',
  'party.subunit': 'Underenhet',
  'party.selfIdentified': 'Selvidentifisert bruker',
  'party.deleted': 'Slettet',
  'party.orgNumber': 'Org.nr. {orgNumber}',

  'auth.signingIn': 'Logger inn …',
  'auth.signingOut': 'Logger ut …',
  'auth.callbackFailed.title': 'Innloggingen mislyktes',
  'auth.callbackFailed.body': 'Vi klarte ikke å fullføre innloggingen. Prøv å logge inn på nytt.',
  'auth.acrTooLow.title': 'For lavt sikkerhetsnivå',
  'auth.acrTooLow.body': 'Innloggingen hadde lavere sikkerhetsnivå enn det som kreves. Logg inn på nytt.',
  'auth.notRegistered.title': 'Vi fant deg ikke i Altinn',
  'auth.notRegistered.body':
    'Du er logget inn hos ID-porten, men Altinn godtok ikke innloggingen. Prøv igjen, eller kontakt Altinn brukerservice.',
  'auth.tryAgain': 'Logg inn på nytt',

  'idle.title': 'Er du fortsatt der?',
  'idle.body':
    'Du har ikke vært aktiv på en stund. Av sikkerhetshensyn blir du logget ut om {seconds} sekunder.',
  'idle.stay': 'Bli innlogget',
  'idle.signOutNow': 'Logg ut nå',

  'signedOut.heading': 'Du er logget ut',
  'signedOut.body': 'Takk for besøket. Bruker du en delt datamaskin, bør du lukke nettleseren.',
  'signedOut.idle': 'Du ble logget ut fordi du ikke var aktiv.',
  'signedOut.absolute': 'Du ble logget ut fordi den lengste tillatte innloggingstiden er nådd.',
  'signedOut.signIn': 'Logg inn igjen',

  'notFound.heading': 'Fant ikke siden',
  'notFound.body': 'Siden finnes ikke, eller adressen er skrevet feil.',
  'notFound.home': 'Gå til innboksen',

  'error.heading': 'Noe gikk galt',
  'error.body': 'Det oppstod en feil. Last inn siden på nytt, eller prøv igjen litt senere.',
  'error.reload': 'Last inn siden på nytt',
  'error.home': 'Gå til innboksen',

  'config.heading': 'Innboks kan ikke starte',
  'config.body':
    'Innstillingene til tjenesten (config.json) mangler eller er ugyldige. Gi beskjed til den som drifter tjenesten.',
  'config.missingField': 'Feltet «{field}» mangler.',
  'config.invalidField': 'Feltet «{field}» har en ugyldig verdi.',
  'config.notFound': 'Fant ikke filen /config.json (HTTP-status {status}).',
  'config.notJson': 'Filen /config.json er ikke gyldig JSON.',
  'config.network': 'Klarte ikke å hente /config.json.',
  'config.problems': 'Dette er feil:',
} as const;

export type MessageKey = keyof typeof nb;
export type Messages = Record<MessageKey, string>;
