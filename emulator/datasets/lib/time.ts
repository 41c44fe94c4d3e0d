export const hour = 3_600_000;
export const day = 24 * hour;

// The generator formats millions of timestamps: cache the date part per day and build the time
// part by hand, which is several times faster than Date#toISOString plus a regex.
const datePrefixes = new Map<number, string>();

/** ISO-8601 UTC the way Storage (Newtonsoft) writes it: trailing zeros of the fraction trimmed. */
export function isoTime(ms: number): string {
  const dayNumber = Math.floor(ms / day);
  let prefix = datePrefixes.get(dayNumber);
  if (prefix === undefined) {
    prefix = new Date(dayNumber * day).toISOString().slice(0, 11);
    if (datePrefixes.size > 20_000) datePrefixes.clear();
    datePrefixes.set(dayNumber, prefix);
  }
  const inDay = ms - dayNumber * day;
  const h = Math.floor(inDay / hour);
  const m = Math.floor((inDay % hour) / 60_000);
  const s = Math.floor((inDay % 60_000) / 1000);
  const f = Math.floor(inDay % 1000);
  // One flat string from char codes (see prng.ts guid for why).
  const codes = timeCodes;
  codes.length = 0;
  for (let i = 0; i < prefix.length; i++) codes.push(prefix.charCodeAt(i));
  codes.push(48 + Math.floor(h / 10), 48 + (h % 10), 58, 48 + Math.floor(m / 10), 48 + (m % 10), 58);
  codes.push(48 + Math.floor(s / 10), 48 + (s % 10));
  if (f !== 0) {
    const digits = [Math.floor(f / 100), Math.floor(f / 10) % 10, f % 10];
    let last = 2;
    while (digits[last] === 0) last--;
    codes.push(46);
    for (let i = 0; i <= last; i++) codes.push(48 + (digits[i] ?? 0));
  }
  codes.push(90);
  return String.fromCharCode.apply(null, codes);
}

const timeCodes: number[] = [];
