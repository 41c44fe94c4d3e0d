import { describe, expect, it } from 'vitest';

import { formatIso, parseDotnetDate, parseIso, shiftIso, ticksKey } from './dates.ts';

describe('Storage timestamps', () => {
  it('keeps seven fractional digits and trims trailing zeros like Newtonsoft', () => {
    const parsed = parseIso('2020-04-29T13:53:06.1178910Z');
    expect(parsed).toEqual({ ms: Date.UTC(2020, 3, 29, 13, 53, 6, 117), subMsTicks: 8910 });
    expect(formatIso(parsed?.ms ?? 0, parsed?.subMsTicks)).toBe('2020-04-29T13:53:06.117891Z');
    expect(formatIso(Date.UTC(2024, 0, 1))).toBe('2024-01-01T00:00:00Z');
  });

  it('normalises offsets to UTC', () => {
    expect(parseIso('2024-05-02T10:00:00+02:00')?.ms).toBe(Date.UTC(2024, 4, 2, 8));
    expect(parseIso('yesterday')).toBeUndefined();
  });

  it('shifts by whole milliseconds without losing sub-millisecond digits', () => {
    expect(shiftIso('2024-01-01T00:00:00.1234567Z', 86_400_000)).toBe('2024-01-02T00:00:00.1234567Z');
    expect(shiftIso('not a date', 5)).toBe('not a date');
  });

  it('orders paging keys as .NET ticks', () => {
    expect(ticksKey('0001-01-01T00:00:00Z')).toBe('0000000000000000000');
    expect(ticksKey('2024-01-01T00:00:00Z')).toBe('0638396640000000000');
    expect(ticksKey('2024-01-01T00:00:00.0000001Z') > ticksKey('2024-01-01T00:00:00Z')).toBe(true);
  });
});

describe('DateTime.Parse as the query binder uses it', () => {
  it('reads dates without an offset as UTC and rejects impossible dates', () => {
    expect(parseDotnetDate('2019-05-01')).toBe(Date.UTC(2019, 4, 1));
    expect(parseDotnetDate('2019-05-01T10:30:00')).toBe(Date.UTC(2019, 4, 1, 10, 30));
    expect(parseDotnetDate('2019-05-01T10:30:00+01:00')).toBe(Date.UTC(2019, 4, 1, 9, 30));
    expect(parseDotnetDate('2021-02-30')).toBeUndefined();
    expect(parseDotnetDate('soon')).toBeUndefined();
  });
});
