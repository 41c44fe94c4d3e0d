import { readJson, requestWithSession } from './client';
import type { ReadStatus } from './instance';

/**
 * The person's write actions on instances (altinn-api.md §6, §7.3): read status, move to the
 * bin and restore from it. Each call is one instance; bulk actions run many of these and report
 * per instance (src/features/messagebox/bulk).
 *
 * To the bin goes through the message box ("sbl") DELETE rather than the plain instance DELETE.
 * Both soft-delete with the same rule and the same deletion-prevention 403, but restore exists
 * only as sbl `undelete`, and the sbl pair is what Altinn's own message box calls; using one
 * controller for both directions keeps "to bin" and its Undo under one authorization path.
 */

function segment(partyId: number, instanceGuid: string): string {
  return `${encodeURIComponent(String(partyId))}/${encodeURIComponent(instanceGuid)}`;
}

const READ_STATUS_PATH = '/storage/api/v1/instances/{p}/{g}/readstatus';
const SBL_PATH = '/storage/api/v1/sbl/instances/{p}/{g}';

function isTrue(data: unknown): true {
  if (data !== true) throw new Error('expected true');
  return true;
}

function isObject(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) throw new Error('expected the instance');
  return data;
}

/** `PUT instances/{p}/{g}/readstatus?status=…`; Storage answers with the updated instance. */
export async function setReadStatus(
  partyId: number,
  instanceGuid: string,
  status: ReadStatus,
): Promise<void> {
  const path = `/storage/api/v1/instances/${segment(partyId, instanceGuid)}/readstatus?status=${encodeURIComponent(status)}`;
  await readJson(await requestWithSession(path, { method: 'PUT' }), READ_STATUS_PATH, isObject);
}

/** `DELETE sbl/instances/{p}/{g}?hard=false`: soft delete (recoverable); answers `true`. */
export async function moveToBin(partyId: number, instanceGuid: string): Promise<void> {
  const path = `/storage/api/v1/sbl/instances/${segment(partyId, instanceGuid)}?hard=false`;
  await readJson(await requestWithSession(path, { method: 'DELETE' }), SBL_PATH, isTrue);
}

/** `PUT sbl/instances/{p}/{g}/undelete`: back out of the bin; answers `true`. */
export async function restoreFromBin(partyId: number, instanceGuid: string): Promise<void> {
  const path = `/storage/api/v1/sbl/instances/${segment(partyId, instanceGuid)}/undelete`;
  await readJson(await requestWithSession(path, { method: 'PUT' }), `${SBL_PATH}/undelete`, isTrue);
}
