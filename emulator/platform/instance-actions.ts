import { nowIso, parseIso } from '../store/dates.ts';
import { asObject, asString } from '../store/json.ts';
import type { InstanceRecord } from '../store/model.ts';
import type { PlatformStore } from '../store/platform-store.ts';
import type { Principal } from './context.ts';
import { userEvent } from './instance-events.ts';

export const deletionPreventedMessage = 'Instance cannot be deleted yet due to application restrictions.';

/** InstanceHelper.IsPreventedFromDeletion: within `preventInstanceDeletionForDays` of archiving. */
export function isPreventedFromDeletion(
  store: PlatformStore,
  record: InstanceRecord,
  now = Date.now(),
): boolean {
  const days = store.dataset.apps.get(record.appId)?.doc['preventInstanceDeletionForDays'];
  const archived = asString(asObject(record.doc['status'])['archived']);
  const parsed = archived ? parseIso(archived) : undefined;
  if (typeof days !== 'number' || !parsed) return false;
  return now < parsed.ms + days * 86_400_000;
}

function changedBy(principal: Principal): string {
  return principal.userId !== undefined ? String(principal.userId) : (principal.org ?? '');
}

/** Soft or hard delete as Storage does it, with a `Deleted` event. */
export function deleteInstance(
  store: PlatformStore,
  principal: Principal,
  record: InstanceRecord,
  hard: boolean,
): InstanceRecord | undefined {
  return store.update(record.guid, (doc, events) => {
    const now = nowIso();
    const status = { ...asObject(doc['status']) };
    status['isSoftDeleted'] = true;
    status['softDeleted'] = status['softDeleted'] ?? now;
    if (!hard) status['softDeleted'] = now;
    if (hard) {
      status['isHardDeleted'] = true;
      status['hardDeleted'] = now;
    }
    doc['status'] = status;
    doc['lastChanged'] = now;
    doc['lastChangedBy'] = changedBy(principal);
    events.push(userEvent({ ...record, doc }, principal, 'Deleted'));
  });
}

export function undeleteInstance(
  store: PlatformStore,
  principal: Principal,
  record: InstanceRecord,
): InstanceRecord | undefined {
  return store.update(record.guid, (doc, events) => {
    const now = nowIso();
    const status = { ...asObject(doc['status']) };
    status['isSoftDeleted'] = false;
    delete status['softDeleted'];
    doc['status'] = status;
    doc['lastChanged'] = now;
    doc['lastChangedBy'] = changedBy(principal);
    events.push(userEvent({ ...record, doc }, principal, 'Undeleted'));
  });
}
