/**
 * Timestamps as Storage writes them: Newtonsoft round-trip ISO-8601 in UTC with `Z`, up to seven
 * fractional digits with trailing zeros trimmed. Sub-millisecond digits from a dataset are kept so
 * that `lastChanged` ticks (the paging key) survive a date shift exactly.
 */
const isoPattern = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)?$/;

/** .NET ticks at the Unix epoch (100 ns units since 0001-01-01). */
const epochTicks = 621355968000000000n;

/** Date.UTC maps years 0–99 to 1900–1999; .NET does not. */
function utc(year: number, month: number, day: number, h: number, m: number, s: number, ms: number): number {
  if (year >= 100) return Date.UTC(year, month, day, h, m, s, ms);
  const date = new Date(Date.UTC(2000, month, day, h, m, s, ms));
  date.setUTCFullYear(year);
  return date.getTime();
}

export interface ParsedIso {
  /** Milliseconds since the epoch (whole ms). */
  ms: number;
  /** The fraction beyond milliseconds, as 100 ns units (0..9999). */
  subMsTicks: number;
}

export function parseIso(value: string): ParsedIso | undefined {
  const m = isoPattern.exec(value);
  if (!m) return undefined;
  const fraction = (m[7] ?? '').padEnd(7, '0').slice(0, 7);
  const base = utc(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6]),
    Number(fraction.slice(0, 3)),
  );
  if (Number.isNaN(base)) return undefined;
  const zone = m[8];
  let offsetMs = 0;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    offsetMs = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  }
  return { ms: base - offsetMs, subMsTicks: Number(fraction.slice(3)) };
}

export function formatIso(ms: number, subMsTicks = 0): string {
  const iso = new Date(ms).toISOString();
  const fraction = `${iso.slice(20, 23)}${String(subMsTicks).padStart(4, '0')}`.replace(/0+$/, '');
  return `${iso.slice(0, 19)}${fraction ? `.${fraction}` : ''}Z`;
}

export function nowIso(): string {
  return formatIso(Date.now());
}

/** Moves an ISO timestamp by a whole number of milliseconds; non-dates come back unchanged. */
export function shiftIso(value: string, deltaMs: number): string {
  const parsed = parseIso(value);
  return parsed ? formatIso(parsed.ms + deltaMs, parsed.subMsTicks) : value;
}

export function toTicks(parsed: ParsedIso): bigint {
  return epochTicks + BigInt(parsed.ms) * 10000n + BigInt(parsed.subMsTicks);
}

/** The paging key of a whole-millisecond time. */
export function ticksKeyOfMs(ms: number): string {
  return toTicks({ ms, subMsTicks: 0 }).toString().padStart(19, '0');
}

/** The paging key: ticks as a fixed-width string so plain string order is time order. */
export function ticksKey(value: string | undefined): string {
  const parsed = value === undefined ? undefined : parseIso(value);
  return (parsed ? toTicks(parsed) : 0n).toString().padStart(19, '0');
}

/**
 * .NET `DateTime.Parse(s, Invariant, AssumeUniversal | AdjustToUniversal)` as far as clients use it:
 * ISO dates with or without time and offset; no offset means UTC.
 */
export function parseDotnetDate(value: string): number | undefined {
  const trimmed = value.trim();
  const m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d\d)(?::(\d\d)(?:\.(\d+))?)?)?\s*(Z|[+-]\d\d:?\d\d)?$/i.exec(
      trimmed,
    );
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = utc(
    year,
    month - 1,
    day,
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
    Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3)),
  );
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || Number(m[4] ?? 0) > 23) {
    return undefined;
  }
  const zone = m[8];
  if (!zone || zone.toUpperCase() === 'Z') return ms;
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return ms - sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * 60_000;
}
