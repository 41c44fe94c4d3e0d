import type { InstanceRecord } from '../store/model.ts';
import type { PlatformStore } from '../store/platform-store.ts';
import type { Principal } from './context.ts';

/**
 * The PDP decision for an end user (§10): the instance's owner is the user's own party or one in
 * their reportee list (subunits included), and the token's level meets the app's policy obligation.
 * Unknown apps have no policy, which the PDP answers with a deny.
 */
export function canRead(store: PlatformStore, principal: Principal, record: InstanceRecord): boolean {
  if (principal.userId === undefined) return false;
  const app = store.dataset.apps.get(record.appId);
  if (!app || principal.authLevel < app.minAuthLevel) return false;
  return store.readableParties(principal.userId).has(record.partyId);
}

export function isHardDeleted(record: InstanceRecord): boolean {
  const status = record.doc['status'];
  return (
    typeof status === 'object' &&
    status !== null &&
    !Array.isArray(status) &&
    status['isHardDeleted'] === true
  );
}
