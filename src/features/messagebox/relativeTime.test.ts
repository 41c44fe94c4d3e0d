import { describe, expect, it } from 'vitest';

import { formatExact, formatRelative } from './relativeTime';

const now = new Date('2026-11-27T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('formatRelative', () => {
  it('speaks bokmål, nynorsk and English', () => {
    expect(formatRelative(ago(3 * 3600), now, 'nb')).toBe('for 3 timer siden');
    expect(formatRelative(ago(3 * 3600), now, 'nn')).toBe('for 3 timar sidan');
    expect(formatRelative(ago(3 * 3600), now, 'en')).toBe('3 hours ago');
  });

  it('picks the largest whole unit', () => {
    expect(formatRelative(ago(5 * 60), now, 'en')).toBe('5 minutes ago');
    expect(formatRelative(ago(2 * 24 * 3600), now, 'en')).toBe('2 days ago');
    expect(formatRelative(ago(400 * 24 * 3600), now, 'en')).toBe('last year');
    expect(formatRelative(ago(20), now, 'nb')).toBe('nå');
  });

  it('speaks nynorsk even where the browser has no nynorsk data', () => {
    expect(formatRelative(ago(3 * 3600), now, 'nn', true)).toBe('for 3 timar sidan');
    expect(formatRelative(ago(2 * 24 * 3600), now, 'nn', true)).toBe('for 2 dagar sidan');
    expect(formatRelative(ago(24 * 3600), now, 'nn', true)).toBe('i går');
    expect(formatRelative(ago(8 * 24 * 3600), now, 'nn', true)).toBe('førre veke');
    expect(formatRelative(ago(20), now, 'nn', true)).toBe('no');
    expect(formatRelative(new Date(now.getTime() + 3 * 60_000), now, 'nn', true)).toBe('om 3 minutt');
  });

  it('handles the future (clock skew) without nonsense', () => {
    expect(formatRelative(new Date(now.getTime() + 2 * 3600 * 1000), now, 'en')).toBe('in 2 hours');
  });
});

describe('formatExact', () => {
  it('includes date and time', () => {
    const text = formatExact(new Date(2026, 10, 27, 14, 5), 'nb');
    expect(text).toContain('27. november 2026');
    expect(text).toContain('14:05');
  });
});
