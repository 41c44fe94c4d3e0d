import { describe, expect, it } from 'vitest';

import { allMessages, formatMessage, LANGUAGES, TEXT_TABLES, translate } from './languages';

// The core table and each feature's table (src/i18n/features/*) are checked alike: a feature's
// texts load with its code, but every language must still have every key.
const TABLES = Object.entries(TEXT_TABLES);

describe.each(TABLES)('the %s texts', (_name, table) => {
  const nbKeys = Object.keys(table.nb).sort();

  it('are not empty', () => {
    expect(nbKeys.length).toBeGreaterThan(0);
  });

  it.each(LANGUAGES)('%s has exactly the same keys as bokmål', (language) => {
    expect(Object.keys(table[language]).sort()).toEqual(nbKeys);
  });

  it.each(LANGUAGES)('%s has no empty strings', (language) => {
    const empty = Object.entries(table[language]).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES)('%s uses the same placeholders as bokmål', (language) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of nbKeys) {
      expect([key, placeholders(table[language][key] ?? '')]).toEqual([
        key,
        placeholders(table.nb[key] ?? ''),
      ]);
    }
  });
});

describe('text tables', () => {
  it('never share a key: a feature key must not shadow a core text, nor another feature', () => {
    const owners = new Map<string, string[]>();
    for (const [name, table] of TABLES) {
      for (const key of Object.keys(table.nb)) owners.set(key, [...(owners.get(key) ?? []), name]);
    }
    const shared = [...owners].filter(([, names]) => names.length > 1);
    expect(shared).toEqual([]);
  });

  it('merge into one table per language for tools and tests', () => {
    const total = TABLES.reduce((sum, [, table]) => sum + Object.keys(table.nb).length, 0);
    for (const language of LANGUAGES) expect(Object.keys(allMessages[language])).toHaveLength(total);
  });
});

describe('formatMessage', () => {
  it('fills placeholders, core and feature texts alike', () => {
    expect(translate('en', 'idle.body', { seconds: 42 })).toContain('signed out in 42 seconds');
    expect(translate('nn', 'home.authLevel.4')).toBe('Høgt');
    expect(formatMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
