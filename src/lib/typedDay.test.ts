import { describe, expect, it } from 'vitest';

import { isoToTypedDay, typedDayToIso } from './typedDay';

describe('typed days', () => {
  it('reads dd.mm.yyyy and its variants as the URL day', () => {
    expect(typedDayToIso('31.01.2025')).toBe('2025-01-31');
    expect(typedDayToIso(' 1.2.2025 ')).toBe('2025-02-01');
    expect(typedDayToIso('01/02/2025')).toBe('2025-02-01');
    expect(typedDayToIso('2025-02-01')).toBe('2025-02-01');
  });

  it('is null when empty and invalid for anything else', () => {
    expect(typedDayToIso('')).toBeNull();
    expect(typedDayToIso('31.02.2025')).toBe('invalid');
    expect(typedDayToIso('02/31/2025')).toBe('invalid');
    expect(typedDayToIso('i går')).toBe('invalid');
    expect(typedDayToIso('01.01.25')).toBe('invalid');
  });

  it('shows the URL day as dd.mm.yyyy', () => {
    expect(isoToTypedDay('2025-01-31')).toBe('31.01.2025');
    expect(isoToTypedDay(null)).toBe('');
  });
});
