import { describe, expect, it } from 'vitest';
import { lastChangedBounds, lastChangedParams } from './dateRange';

const now = new Date(2026, 10, 27, 15, 30); // 27 Nov 2026, 15:30 local time
const none = { range: null, from: null, to: null };

describe('lastChangedBounds', () => {
  it('quick picks start at local midnight', () => {
    expect(lastChangedBounds({ ...none, range: 'today' }, now)).toEqual({
      gte: new Date(2026, 10, 27).toISOString(),
      lt: null,
    });
    expect(lastChangedBounds({ ...none, range: '7d' }, now).gte).toBe(new Date(2026, 10, 21).toISOString());
    expect(lastChangedBounds({ ...none, range: '30d' }, now).gte).toBe(new Date(2026, 9, 29).toISOString());
    expect(lastChangedBounds({ ...none, range: 'year' }, now).gte).toBe(new Date(2026, 0, 1).toISOString());
  });

  it('an inclusive "to" day ends at the next midnight', () => {
    expect(lastChangedBounds({ range: null, from: '2026-01-31', to: '2026-02-28' }, now)).toEqual({
      gte: new Date(2026, 0, 31).toISOString(),
      lt: new Date(2026, 2, 1).toISOString(),
    });
  });

  it('no window without a range', () => {
    expect(lastChangedBounds(none, now)).toEqual({ gte: null, lt: null });
    expect(lastChangedParams({ gte: null, lt: null })).toEqual([]);
  });

  it('becomes Storage date expressions', () => {
    expect(lastChangedParams({ gte: '2026-01-01T00:00:00.000Z', lt: '2026-02-01T00:00:00.000Z' })).toEqual([
      ['lastChanged', 'gte:2026-01-01T00:00:00.000Z'],
      ['lastChanged', 'lt:2026-02-01T00:00:00.000Z'],
    ]);
  });
});
