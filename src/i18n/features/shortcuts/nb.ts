/**
 * The keyboard shortcuts overview's texts (issue 4), in bokmål: the source of the feature's keys.
 * Only the feature's own code imports this table, so it ships in the feature's chunk and not with
 * the first page; nynorsk and English are typed as `ShortcutsMessages`, so a key missing there
 * fails the type check.
 */
export const shortcutsNb = {
  'shortcuts.title': 'Hurtigtaster',
  'shortcuts.intro': 'Hurtigtastene virker når du ikke skriver i et felt.',
  'shortcuts.key': 'Tast',
  'shortcuts.action': 'Gjør',
  'shortcuts.or': 'eller',
  'shortcuts.close': 'Lukk',
  'shortcuts.command.next': 'Neste melding',
  'shortcuts.command.previous': 'Forrige melding',
  'shortcuts.command.open': 'Åpne meldingen',
  'shortcuts.command.back': 'Tilbake til listen',
  'shortcuts.command.focusSearch': 'Gå til søkefeltet',
  'shortcuts.command.toggleSelect': 'Velg meldingen, eller fjern valget',
  'shortcuts.command.markRead': 'Merk som lest',
  'shortcuts.command.markUnread': 'Merk som ulest',
  'shortcuts.command.moveToBin': 'Flytt til papirkurven',
  'shortcuts.command.showHelp': 'Vis denne oversikten',
} as const;

export type ShortcutsKey = keyof typeof shortcutsNb;
export type ShortcutsMessages = Record<ShortcutsKey, string>;
