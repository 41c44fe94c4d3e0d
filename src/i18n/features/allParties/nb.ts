/**
 * The all-parties view's texts (issue 4: every party's folder at once), in bokmål: the source of
 * the feature's keys. Only the feature's own code imports this table, so it ships in the feature's
 * chunk and not with the first page; nynorsk and English are typed as `AllPartiesMessages`, so a
 * key missing there fails the type check.
 */
export const allPartiesNb = {
  'allParties.heading': 'Alle parter',
  'allParties.folder.inbox': 'Innboks',
  'allParties.folder.archive': 'Arkiv',
  'allParties.folder.bin': 'Papirkurv',
  'allParties.progress.loading': 'Henter meldinger fra {loading} av {total} parter …',
  'allParties.progress.done': 'Viser meldinger fra {total} parter.',
  'allParties.progress.failed': 'Vi fikk ikke hentet meldingene til {count} parter:',
  'allParties.progress.failedOne': 'Vi fikk ikke hentet meldingene til én part:',
  'allParties.retry': 'Prøv igjen for {name}',
  'allParties.retryVisible': 'Prøv igjen',
  'allParties.inserted': 'Meldingene til {name} er lagt inn i listen.',
  'allParties.loadMore': 'Last inn flere',
  'allParties.end': 'Du har sett alle meldingene for partene som er valgt.',
  'allParties.empty': 'Ingen meldinger her for partene som er valgt.',
  'allParties.tooMany.heading': 'Velg hvilke parter du vil se',
  'allParties.tooMany.body':
    'Du kan handle på vegne av {count} parter. Å hente alt samtidig ville kreve like mange oppslag, så vi viser høyst {cap} parter om gangen.',
  'allParties.choose': 'Velg parter',
  'allParties.organisationsOnly': 'Bare virksomheter ({count})',
  'allParties.favourites': 'Favorittene dine ({count})',
  'allParties.selection': 'Viser {count} valgte parter.',
  'allParties.changeSelection': 'Endre utvalg',
  'allParties.showAll': 'Vis alle parter',
  'allParties.dialog.title': 'Velg parter',
  'allParties.dialog.filter': 'Finn part',
  'allParties.dialog.count': '{count} av høyst {cap} valgt',
  'allParties.dialog.limit': 'Du har valgt så mange som mulig ({cap}). Fjern noen for å velge andre.',
  'allParties.dialog.more': 'Viser {shown} av {total}. Skriv i søkefeltet for å finne flere.',
  'allParties.dialog.show': 'Vis meldingene',
  'allParties.dialog.cancel': 'Avbryt',
  'allParties.dialog.clear': 'Fjern alle',
  'allParties.dialog.deleted': 'slettet',
} as const;

export type AllPartiesKey = keyof typeof allPartiesNb;
export type AllPartiesMessages = Record<AllPartiesKey, string>;
