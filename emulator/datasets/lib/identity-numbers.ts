/**
 * Synthetic Norwegian identity numbers. Persons follow the convention of Norway's synthetic
 * test population (Tenor): the birth month has 80 added, so a number can never belong to a
 * real person, yet it passes the mod-11 checks that real validators run.
 */

const fnrWeights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const fnrWeights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const orgWeights = [3, 2, 7, 6, 5, 4, 3, 2];

function mod11Check(digits: readonly number[], weights: readonly number[]): number | undefined {
  const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? undefined : check;
}

/** Whether an 11-digit string has valid fødselsnummer check digits. */
export function isValidPersonNumber(pid: string): boolean {
  if (!/^\d{11}$/.test(pid)) return false;
  const digits = [...pid].map(Number);
  const k1 = mod11Check(digits, fnrWeights1);
  if (k1 === undefined || k1 !== digits[9]) return false;
  const k2 = mod11Check(digits, fnrWeights2);
  return k2 !== undefined && k2 === digits[10];
}

/**
 * A synthetic person number born on the given date (1900-1999 births use individual numbers
 * 000-499). Tries individual numbers from `individualStart` until the check digits work out.
 */
export function syntheticPersonNumber(
  day: number,
  month: number,
  year: number,
  individualStart: number,
): string {
  const prefix = `${String(day).padStart(2, '0')}${String(month + 80)}${String(year % 100).padStart(2, '0')}`;
  for (let n = 0; n < 500; n++) {
    const individual = String((individualStart + n) % 500).padStart(3, '0');
    const base = [...`${prefix}${individual}`].map(Number);
    const k1 = mod11Check(base, fnrWeights1);
    if (k1 === undefined) continue;
    const k2 = mod11Check([...base, k1], fnrWeights2);
    if (k2 === undefined) continue;
    return `${prefix}${individual}${k1}${k2}`;
  }
  throw new Error(`no valid synthetic number for ${prefix}`);
}

/** Whether a 9-digit organisation number has a valid mod-11 check digit. */
export function isValidOrgNumber(orgNumber: string): boolean {
  if (!/^\d{9}$/.test(orgNumber)) return false;
  const digits = [...orgNumber].map(Number);
  return mod11Check(digits, orgWeights) === digits[8];
}

/**
 * A valid organisation number for `serial` (0-999999): `3`, the serial in six digits, then a free
 * digit chosen so the mod-11 check digit exists. Real organisation numbers start with 8 or 9, so
 * these can never name a real company; distinct serials give distinct numbers.
 */
export function syntheticOrgNumber(serial: number): string {
  const head = `3${String(serial % 1_000_000).padStart(6, '0')}`;
  for (let free = 0; free < 10; free++) {
    const base = `${head}${free}`;
    const check = mod11Check([...base].map(Number), orgWeights);
    if (check !== undefined) return `${base}${check}`;
  }
  throw new Error(`no valid organisation number for ${serial}`);
}
