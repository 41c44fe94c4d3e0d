import { describe, expect, it } from 'vitest';

import {
  changeActorSource,
  describeActor,
  sourceOfChangedBy,
  sourceOfPerformedBy,
  sourceOfPlatformUser,
  type ActorContext,
} from './actors';

const context: ActorContext = {
  userId: 1337,
  pid: '01039012345',
  orgName: (code) => ({ skd: 'Skatteetaten' })[code] ?? null,
  orgNameByNumber: (number) => ({ '974761076': 'Skatteetaten' })[number] ?? null,
};

const user = {
  userId: null,
  orgId: null,
  nationalIdentityNumber: null,
  systemUserOwnerOrgNo: null,
  systemUserName: null,
};

describe('actor naming', () => {
  it('calls the signed-in user "you" by user id or by identity number', () => {
    expect(describeActor(sourceOfPlatformUser({ ...user, userId: 1337 }), context)).toEqual({ kind: 'you' });
    expect(describeActor(sourceOfPerformedBy('01039012345'), context)).toEqual({ kind: 'you' });
    expect(describeActor(sourceOfChangedBy('1337'), context)).toEqual({ kind: 'you' });
  });

  it('names a service owner from its org code, falling back to the code', () => {
    expect(describeActor(sourceOfPlatformUser({ ...user, orgId: 'skd' }), context)).toEqual({
      kind: 'org',
      name: 'Skatteetaten',
    });
    expect(describeActor(sourceOfPerformedBy('nav'), context)).toEqual({ kind: 'org', name: 'nav' });
  });

  it('names an organisation number only when known, else "another user"', () => {
    expect(describeActor(sourceOfChangedBy('974761076'), context)).toEqual({
      kind: 'org',
      name: 'Skatteetaten',
    });
    expect(describeActor(sourceOfChangedBy('310000001'), context)).toEqual({ kind: 'other' });
  });

  it('never exposes another person: other user ids and identity numbers become "another user"', () => {
    const other = describeActor(
      sourceOfPlatformUser({ ...user, userId: 20004, nationalIdentityNumber: '01017512345' }),
      context,
    );
    expect(other).toEqual({ kind: 'other' });
    expect(JSON.stringify(describeActor(sourceOfPerformedBy('01017512345'), context))).not.toContain(
      '0101751',
    );
    expect(describeActor(sourceOfChangedBy('12345'), context)).toEqual({ kind: 'other' });
  });

  it('treats empty or unknown identifiers as "another user"', () => {
    expect(describeActor(sourceOfPerformedBy(''), context)).toEqual({ kind: 'other' });
    expect(describeActor(sourceOfChangedBy(null), context)).toEqual({ kind: 'other' });
    expect(describeActor(sourceOfChangedBy('3f2b1c4e-0000-4000-8000-000000000000'), context)).toEqual({
      kind: 'other',
    });
  });

  it('does not call someone "you" when the session has no identity number', () => {
    expect(describeActor(sourceOfPerformedBy('01039012345'), { ...context, pid: null })).toEqual({
      kind: 'other',
    });
  });
});

describe('who changed the instance', () => {
  const event = {
    id: 'e',
    created: '2026-11-04T12:00:00.400Z',
    eventType: 'SubstatusUpdated',
    dataId: null,
    user: { ...user, orgId: 'skd' },
    taskElementId: null,
    taskName: null,
  };

  it('prefers the event written at the same moment (an org code names the service owner)', () => {
    const source = changeActorSource('2026-11-04T12:00:00Z', '974761076', [event]);
    expect(describeActor(source, { ...context, orgNameByNumber: () => null })).toEqual({
      kind: 'org',
      name: 'Skatteetaten',
    });
  });

  it('falls back to the changedBy id when no event matches', () => {
    expect(changeActorSource('2026-11-05T12:00:00Z', '1337', [event])).toMatchObject({ userId: 1337 });
    expect(changeActorSource(null, '1337', [event])).toMatchObject({ userId: 1337 });
  });
});
