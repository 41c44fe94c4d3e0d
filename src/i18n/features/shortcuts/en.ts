import type { ShortcutsMessages } from './nb';

/** The keyboard shortcuts overview's texts (issue 4), in English. */
export const shortcutsEn: ShortcutsMessages = {
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.intro': 'The shortcuts work when you are not typing in a field.',
  'shortcuts.key': 'Key',
  'shortcuts.action': 'Does',
  'shortcuts.or': 'or',
  'shortcuts.close': 'Close',
  'shortcuts.command.next': 'Next message',
  'shortcuts.command.previous': 'Previous message',
  'shortcuts.command.open': 'Open the message',
  'shortcuts.command.back': 'Back to the list',
  'shortcuts.command.focusSearch': 'Go to the search field',
  'shortcuts.command.toggleSelect': 'Select the message, or clear it',
  'shortcuts.command.markRead': 'Mark as read',
  'shortcuts.command.markUnread': 'Mark as unread',
  'shortcuts.command.moveToBin': 'Move to the bin',
  'shortcuts.command.showHelp': 'Show this overview',
};
