/**
 * Shows a national identity number the way Altinn does: the six birth-date digits, then five
 * stars. The full number is never rendered (it is personal data that shoulder-surfers and
 * screenshots should not get). Anything that is not 11 digits is fully masked.
 */
export function maskIdentityNumber(value: string): string {
  const digits = value.trim();
  if (!/^\d{11}$/.test(digits)) return '*'.repeat(Math.min(Math.max(digits.length, 5), 11));
  return `${digits.slice(0, 6)}*****`;
}
