import type { ShortcutsMessages } from './nb';

/** The keyboard shortcuts overview's texts (issue 4), in nynorsk. */
export const shortcutsNn: ShortcutsMessages = {
  'shortcuts.title': 'Snarvegstastar',
  'shortcuts.intro': 'Snarvegstastane verkar når du ikkje skriv i eit felt.',
  'shortcuts.key': 'Tast',
  'shortcuts.action': 'Gjer',
  'shortcuts.or': 'eller',
  'shortcuts.close': 'Lukk',
  'shortcuts.command.next': 'Neste melding',
  'shortcuts.command.previous': 'Førre melding',
  'shortcuts.command.open': 'Opne meldinga',
  'shortcuts.command.back': 'Tilbake til lista',
  'shortcuts.command.focusSearch': 'Gå til søkjefeltet',
  'shortcuts.command.toggleSelect': 'Vel meldinga, eller fjern valet',
  'shortcuts.command.markRead': 'Merk som lesen',
  'shortcuts.command.markUnread': 'Merk som ulesen',
  'shortcuts.command.moveToBin': 'Flytt til papirkorga',
  'shortcuts.command.showHelp': 'Vis denne oversikta',
};
