import { afterEach, describe, expect, it } from 'vitest';

import { readPreference, readUserPreference, writePreference, writeUserPreference } from './preferences';

describe('preferences', () => {
  afterEach(() => window.localStorage.clear());

  it('remembers an allowed value', () => {
    writePreference('language', 'nn');
    expect(readPreference('language', ['nb', 'nn', 'en'] as const)).toBe('nn');
  });

  it('ignores values that are not allowed', () => {
    window.localStorage.setItem('innboks.pref.theme', 'purple');
    expect(readPreference('theme', ['system', 'light', 'dark'] as const)).toBeNull();
  });

  it('returns null when nothing is stored', () => {
    expect(readPreference('theme', ['system', 'light', 'dark'] as const)).toBeNull();
  });

  it('keeps per-user preferences apart', () => {
    writeUserPreference(1337, 'parties', '{"a":1}');
    expect(readUserPreference(1337, 'parties')).toBe('{"a":1}');
    expect(readUserPreference(20001, 'parties')).toBeNull();
  });
});
