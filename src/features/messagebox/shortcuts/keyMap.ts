/**
 * The message box's keyboard shortcuts, as a pure mapping from a key event to a command. Gmail
 * and Outlook on the web taught people these keys; the inboxes Altinn runs have none.
 */
export type ShortcutCommand =
  | 'next'
  | 'previous'
  | 'open'
  | 'back'
  | 'focusSearch'
  | 'markRead'
  | 'markUnread'
  | 'moveToBin'
  | 'toggleSelect'
  | 'showHelp';

/** The parts of a KeyboardEvent the mapping needs (so tests need no DOM). */
export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The overlay's rows, in order: keys as shown to people, and the command they run. */
export const SHORTCUT_LIST: readonly { keys: readonly string[]; command: ShortcutCommand }[] = [
  { keys: ['j', '↓'], command: 'next' },
  { keys: ['k', '↑'], command: 'previous' },
  { keys: ['Enter', 'o'], command: 'open' },
  { keys: ['Esc', 'u'], command: 'back' },
  { keys: ['/'], command: 'focusSearch' },
  { keys: ['x'], command: 'toggleSelect' },
  { keys: ['Shift + I'], command: 'markRead' },
  { keys: ['Shift + U'], command: 'markUnread' },
  { keys: ['#', 'Delete'], command: 'moveToBin' },
  { keys: ['?'], command: 'showHelp' },
];

/**
 * The command for a key press, or null. Presses with Ctrl, Cmd or Alt are never ours (they
 * belong to the browser and assistive technology). Shift is part of the key for I, U, # and ?
 * (and their position differs per keyboard layout, so `key` is read, never `code`).
 */
export function commandForKey(input: KeyInput): ShortcutCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  switch (input.key) {
    case 'j':
    case 'ArrowDown':
      return input.shiftKey ? null : 'next';
    case 'k':
    case 'ArrowUp':
      return input.shiftKey ? null : 'previous';
    case 'Enter':
    case 'o':
      return input.shiftKey ? null : 'open';
    case 'Escape':
    case 'u':
      return input.shiftKey ? null : 'back';
    case '/':
      return 'focusSearch';
    case 'x':
      return input.shiftKey ? null : 'toggleSelect';
    case 'I':
      return input.shiftKey ? 'markRead' : null;
    case 'U':
      return input.shiftKey ? 'markUnread' : null;
    case '#':
    case 'Delete':
      return 'moveToBin';
    case '?':
      return 'showHelp';
    default:
      return null;
  }
}

/** The element kinds where a key press is typing, not a command. */
export interface FocusTarget {
  tagName: string;
  isContentEditable: boolean;
  type?: string;
  role?: string | null;
}

const NON_TEXT_INPUT_TYPES = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
]);

/**
 * True when the focused element takes text (or is a select or listbox whose arrows and
 * letters mean something there): shortcuts then stay out of the way.
 */
export function isTypingTarget(target: FocusTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUT_TYPES.has((target.type ?? 'text').toLowerCase());
  const role = target.role ?? null;
  return role === 'textbox' || role === 'combobox' || role === 'listbox' || role === 'searchbox';
}

/**
 * Keys that already do something on the focused element keep doing it: Enter on a button or
 * link activates it, arrows in a menu move within it. Only these commands are dropped there.
 */
export function yieldsToElement(command: ShortcutCommand, target: FocusTarget | null): boolean {
  if (!target) return false;
  const tag = target.tagName.toUpperCase();
  const interactive = tag === 'BUTTON' || tag === 'A' || target.role === 'button' || target.role === 'link';
  if (command === 'open' && interactive) return true;
  if (command === 'toggleSelect' && tag === 'INPUT' && target.type === 'checkbox') return false;
  const inWidget = target.role === 'menuitem' || target.role === 'option' || target.role === 'tab';
  return (
    inWidget && (command === 'next' || command === 'previous' || command === 'open' || command === 'back')
  );
}
