export const hour = 3_600_000;
export const day = 24 * hour;

// The generator formats millions of timestamps: cache the date part per day and build the time
// part by hand, which is several times faster than Date#toISOString plus a regex.
const datePrefixes = new Map<number, string>();
const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

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
  let fraction = '';
  if (f !== 0) {
    fraction = f < 10 ? `.00${f}` : f < 100 ? `.0${f}` : `.${f}`;
    while (fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  }
  return `${prefix}${two(h)}:${two(m)}:${two(s)}${fraction}Z`;
}
