import type { Acr } from './types.ts';

export const ACR_SUBSTANTIAL: Acr = 'idporten-loa-substantial';
export const ACR_HIGH: Acr = 'idporten-loa-high';
export const SUPPORTED_ACRS: readonly Acr[] = [ACR_SUBSTANTIAL, ACR_HIGH];

/** TestID is the only eID here; ID-porten reports it as `amr: ["TestID"]` in test environments. */
export const TEST_AMR: readonly string[] = ['TestID'];

const RANK: Readonly<Record<Acr, number>> = { 'idporten-loa-substantial': 3, 'idporten-loa-high': 4 };

export function isAcr(value: unknown): value is Acr {
  return value === ACR_SUBSTANTIAL || value === ACR_HIGH;
}

/**
 * The lowest level the client will accept. `acr_values` lists acceptable levels; ID-porten treats
 * them as a minimum, so a higher existing session satisfies a lower request. Unknown values are
 * ignored, and no known value means substantial, ID-porten's default.
 */
export function requiredAcr(acrValues: unknown): Acr {
  if (typeof acrValues !== 'string') return ACR_SUBSTANTIAL;
  const known = acrValues.split(' ').filter(isAcr);
  if (known.length === 0) return ACR_SUBSTANTIAL;
  return known.reduce((low, acr) => (RANK[acr] < RANK[low] ? acr : low));
}

/** Whether a session at `have` satisfies a request for at least `need`. */
export function satisfies(have: unknown, need: Acr): boolean {
  return isAcr(have) && RANK[have] >= RANK[need];
}
