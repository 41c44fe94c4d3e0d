import { describe, expect, it } from 'vitest';

import { formatMessage, LANGUAGES, messages, translate } from './languages';

describe('messages', () => {
  const nbKeys = Object.keys(messages.nb).sort();

  it.each(LANGUAGES)('%s has exactly the same keys as bokmål', (language) => {
    expect(Object.keys(messages[language]).sort()).toEqual(nbKeys);
  });

  it.each(LANGUAGES)('%s has no empty strings', (language) => {
    const empty = Object.entries(messages[language]).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES)('%s uses the same placeholders as bokmål', (language) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of nbKeys) {
      const k = key as keyof typeof messages.nb;
      expect([key, placeholders(messages[language][k])]).toEqual([key, placeholders(messages.nb[k])]);
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'idle.body', { seconds: 42 })).toContain('signed out in 42 seconds');
    expect(formatMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
