import { readJson, requestWithSession } from './client';

/**
 * Writes on one instance that src/api/instanceActions.ts (read status, to bin, restore) does not
 * have: permanent deletion from the bin. Same sbl controller as the bin pair, so the three share
 * one authorization path and one deletion-prevention rule (a 403 with a text body while the app's
 * `preventInstanceDeletionForDays` runs; altinn-api.md §7.3).
 */

const SBL_PATH = '/storage/api/v1/sbl/instances/{p}/{g}';

function isTrue(data: unknown): true {
  if (data !== true) throw new Error('expected true');
  return true;
}

/** `DELETE sbl/instances/{p}/{g}?hard=true`: gone for good; answers `true`. */
export async function deletePermanently(partyId: number, instanceGuid: string): Promise<void> {
  const path = `/storage/api/v1/sbl/instances/${encodeURIComponent(String(partyId))}/${encodeURIComponent(instanceGuid)}?hard=true`;
  await readJson(await requestWithSession(path, { method: 'DELETE' }), SBL_PATH, isTrue);
}
