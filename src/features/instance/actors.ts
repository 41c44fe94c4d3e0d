import type { InstanceEvent, PlatformUser } from '../../api/instance';

/**
 * Who did something, as the person reading the history should see it: "you", a named
 * organisation, or "another user". Never a national identity number and never another person's
 * user id: Storage gives us ids, not names, and the number is personal data.
 */
export type Actor = { kind: 'you' } | { kind: 'org'; name: string } | { kind: 'other' };

/** The identifiers the platform may give for an actor, whatever field they came from. */
export interface ActorSource {
  userId: number | null;
  /** A service owner code such as `skd` (PlatformUser.orgId). */
  orgCode: string | null;
  /** A nine-digit organisation number (lastChangedBy of a service owner, system user owners). */
  orgNumber: string | null;
  /** Used only to recognise the signed-in person; never rendered. */
  pid: string | null;
}

export interface ActorContext {
  userId: number;
  pid: string | null;
  /** The service owner's name for an org code, when known. */
  orgName: (orgCode: string) => string | null;
  /** An organisation's name for its number, when known. */
  orgNameByNumber: (orgNumber: string) => string | null;
}

const EMPTY: ActorSource = { userId: null, orgCode: null, orgNumber: null, pid: null };

export function sourceOfPlatformUser(user: PlatformUser): ActorSource {
  return {
    userId: user.userId,
    orgCode: user.orgId,
    orgNumber: user.systemUserOwnerOrgNo,
    pid: user.nationalIdentityNumber,
  };
}

/**
 * ProcessHistoryItem.performedBy: the national identity number, else the org id, else the system
 * user's owner org number, else "" (ProcessHelper).
 */
export function sourceOfPerformedBy(performedBy: string): ActorSource {
  const value = performedBy.trim();
  if (value === '') return EMPTY;
  if (/^\d{11}$/.test(value)) return { ...EMPTY, pid: value };
  if (/^\d{9}$/.test(value)) return { ...EMPTY, orgNumber: value };
  return { ...EMPTY, orgCode: value };
}

/**
 * createdBy/lastChangedBy on instances and data elements: a user id, an organisation number
 * (service owner) or a system user id, as a string.
 */
export function sourceOfChangedBy(changedBy: string | null): ActorSource {
  const value = changedBy?.trim() ?? '';
  if (/^\d{9}$/.test(value)) return { ...EMPTY, orgNumber: value };
  if (/^\d{11}$/.test(value)) return { ...EMPTY, pid: value };
  if (/^\d{1,8}$/.test(value)) return { ...EMPTY, userId: Number(value) };
  return EMPTY;
}

export function describeActor(source: ActorSource, context: ActorContext): Actor {
  if (source.userId !== null && source.userId === context.userId) return { kind: 'you' };
  if (source.pid !== null && context.pid !== null && source.pid === context.pid) return { kind: 'you' };
  if (source.orgCode) return { kind: 'org', name: context.orgName(source.orgCode) ?? source.orgCode };
  if (source.orgNumber) {
    const name = context.orgNameByNumber(source.orgNumber);
    if (name) return { kind: 'org', name };
  }
  return { kind: 'other' };
}

/**
 * Who made the change stamped `changedAt`/`changedBy` on an instance. Storage writes an event at
 * the same moment, and its PlatformUser says more than the bare id (a service owner's org code
 * instead of its number), so that is preferred when one matches.
 */
export function changeActorSource(
  changedAt: string | null,
  changedBy: string | null,
  events: readonly InstanceEvent[],
): ActorSource {
  const at = changedAt ? Date.parse(changedAt) : NaN;
  if (!Number.isNaN(at)) {
    const match = events.find((event) => Math.abs(Date.parse(event.created) - at) <= 2000);
    if (match) return sourceOfPlatformUser(match.user);
  }
  return sourceOfChangedBy(changedBy);
}
