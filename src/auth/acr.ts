import type { AcrValue } from '../config/runtimeConfig';

const RANK: Record<AcrValue, number> = { 'idporten-loa-substantial': 3, 'idporten-loa-high': 4 };

/** Whether an `acr` from ID-porten is at least the level asked for (ID-porten may give more). */
export function meetsAcr(actual: unknown, required: AcrValue): boolean {
  if (actual !== 'idporten-loa-substantial' && actual !== 'idporten-loa-high') return false;
  return RANK[actual] >= RANK[required];
}
