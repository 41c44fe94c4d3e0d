import { describe, expect, it } from 'vitest';

import { deletionAllowedFrom, isDeletionPrevented } from './deletionWindow';

describe('deletion window', () => {
  it("adds the app's days to the archive time", () => {
    expect(deletionAllowedFrom('2026-11-25T09:00:00Z', 30)?.toISOString()).toBe('2026-12-25T09:00:00.000Z');
  });

  it('has no window without an archive time or a positive number of days', () => {
    expect(deletionAllowedFrom(null, 30)).toBeNull();
    expect(deletionAllowedFrom('2026-11-25T09:00:00Z', null)).toBeNull();
    expect(deletionAllowedFrom('2026-11-25T09:00:00Z', 0)).toBeNull();
    expect(deletionAllowedFrom('not a date', 30)).toBeNull();
  });

  it('prevents deletion only before the window ends', () => {
    const archived = '2026-11-25T09:00:00Z';
    expect(isDeletionPrevented(archived, 30, new Date('2026-11-27T09:00:00Z'))).toBe(true);
    expect(isDeletionPrevented(archived, 30, new Date('2026-12-25T09:00:00Z'))).toBe(false);
    expect(isDeletionPrevented(archived, 365, new Date('2027-11-24T09:00:00Z'))).toBe(true);
    expect(isDeletionPrevented(archived, null, new Date('2026-11-26T09:00:00Z'))).toBe(false);
  });
});
