export const hour = 3_600_000;
export const day = 24 * hour;

/** ISO-8601 UTC the way Storage (Newtonsoft) writes it: trailing zeros of the fraction trimmed. */
export function isoTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.replace(/\.?0+Z$/, 'Z').replace(/\.Z$/, 'Z');
}
