import { describe, expect, it } from 'vitest';

import { commandForKey, isTypingTarget, SHORTCUT_LIST, yieldsToElement, type KeyInput } from './keyMap';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('commandForKey', () => {
  it.each([
    ['j', 'next'],
    ['ArrowDown', 'next'],
    ['k', 'previous'],
    ['ArrowUp', 'previous'],
    ['Enter', 'open'],
    ['o', 'open'],
    ['Escape', 'back'],
    ['u', 'back'],
    ['/', 'focusSearch'],
    ['x', 'toggleSelect'],
    ['Delete', 'moveToBin'],
  ] as const)('%s → %s', (k, command) => {
    expect(commandForKey(key(k))).toBe(command);
  });

  it('reads Shift+I, Shift+U, # and ? from the produced character', () => {
    expect(commandForKey(key('I', { shiftKey: true }))).toBe('markRead');
    expect(commandForKey(key('U', { shiftKey: true }))).toBe('markUnread');
    expect(commandForKey(key('#', { shiftKey: true }))).toBe('moveToBin');
    expect(commandForKey(key('?', { shiftKey: true }))).toBe('showHelp');
    // Caps Lock gives "I" without Shift: not a command.
    expect(commandForKey(key('I'))).toBeNull();
    expect(commandForKey(key('i'))).toBeNull();
  });

  it('leaves Ctrl, Cmd and Alt combinations and shifted letters to the browser', () => {
    expect(commandForKey(key('j', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key('k', { metaKey: true }))).toBeNull();
    expect(commandForKey(key('/', { altKey: true }))).toBeNull();
    expect(commandForKey(key('ArrowDown', { shiftKey: true }))).toBeNull();
    expect(commandForKey(key('a'))).toBeNull();
  });

  it('every command in the overlay list is reachable from some key', () => {
    const reachable = new Set(
      ['j', 'k', 'o', 'u', '/', 'x', 'Delete']
        .map((k) => commandForKey(key(k)))
        .concat(['I', 'U', '?'].map((k) => commandForKey(key(k, { shiftKey: true })))),
    );
    for (const row of SHORTCUT_LIST) expect(reachable).toContain(row.command);
  });
});

describe('isTypingTarget', () => {
  const el = (tagName: string, extra: { type?: string; role?: string; editable?: boolean } = {}) => ({
    tagName,
    type: extra.type,
    role: extra.role ?? null,
    isContentEditable: extra.editable ?? false,
  });

  it('is true in text fields, text areas, selects, editable content and combo boxes', () => {
    expect(isTypingTarget(el('INPUT'))).toBe(true);
    expect(isTypingTarget(el('input', { type: 'search' }))).toBe(true);
    expect(isTypingTarget(el('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(el('SELECT'))).toBe(true);
    expect(isTypingTarget(el('DIV', { editable: true }))).toBe(true);
    expect(isTypingTarget(el('DIV', { role: 'combobox' }))).toBe(true);
  });

  it('is false on checkboxes, buttons, links, rows and the page itself', () => {
    expect(isTypingTarget(el('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(isTypingTarget(el('BUTTON'))).toBe(false);
    expect(isTypingTarget(el('A'))).toBe(false);
    expect(isTypingTarget(el('LI'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('yieldsToElement', () => {
  it('lets Enter activate a focused button or link', () => {
    expect(yieldsToElement('open', { tagName: 'BUTTON', isContentEditable: false })).toBe(true);
    expect(yieldsToElement('open', { tagName: 'A', isContentEditable: false })).toBe(true);
    expect(yieldsToElement('open', { tagName: 'LI', isContentEditable: false })).toBe(false);
  });

  it('keeps arrows inside menus and option lists', () => {
    expect(yieldsToElement('next', { tagName: 'LI', role: 'menuitem', isContentEditable: false })).toBe(true);
    expect(yieldsToElement('markRead', { tagName: 'LI', role: 'menuitem', isContentEditable: false })).toBe(
      false,
    );
  });
});
