import { describe, expect, it } from 'vitest';

import type { InstanceEvent, PlatformUser, ProcessHistoryItem } from '../../api/instance';
import { mergeTimeline } from './timeline';

const sophie: PlatformUser = {
  userId: 1337,
  orgId: null,
  nationalIdentityNumber: '01039012345',
  systemUserOwnerOrgNo: null,
  systemUserName: null,
};
const skd: PlatformUser = { ...sophie, userId: null, nationalIdentityNumber: null, orgId: 'skd' };

function event(
  id: string,
  created: string,
  eventType: string,
  extra: Partial<InstanceEvent> = {},
): InstanceEvent {
  return {
    id,
    created,
    eventType,
    dataId: null,
    user: sophie,
    taskElementId: null,
    taskName: null,
    ...extra,
  };
}

const events: InstanceEvent[] = [
  event('1', '2026-11-01T10:00:00Z', 'Created', { taskElementId: 'Task_1' }),
  event('2', '2026-11-01T10:00:00.500Z', 'process_StartEvent'),
  event('3', '2026-11-01T10:00:00.500Z', 'process_StartTask', {
    taskElementId: 'Task_1',
    taskName: 'Utfylling',
  }),
  event('4', '2026-11-01T10:00:01Z', 'Created', { dataId: 'd1' }),
  event('5', '2026-11-02T08:00:00Z', 'Saved', { dataId: 'd1' }),
  event('6', '2026-11-03T08:00:00Z', 'process_EndTask', { taskElementId: 'Task_1' }),
  event('7', '2026-11-03T08:00:00Z', 'process_EndEvent'),
  event('8', '2026-11-03T08:00:00Z', 'Submited'),
  event('9', '2026-11-04T12:00:00Z', 'SubstatusUpdated', { user: skd }),
];

const history: ProcessHistoryItem[] = [
  {
    eventType: 'process_StartEvent',
    elementId: 'StartEvent_1',
    occured: '2026-11-01T10:00:00.500Z',
    started: '2026-11-01T10:00:00.500Z',
    ended: null,
    performedBy: '01039012345',
  },
  {
    eventType: 'process_StartTask',
    elementId: 'Task_1',
    occured: '2026-11-01T10:00:00.500Z',
    started: '2026-11-01T10:00:00.500Z',
    ended: '2026-11-03T08:00:00Z',
    performedBy: '01039012345',
  },
  {
    eventType: 'process_EndEvent',
    elementId: 'EndEvent_1',
    occured: '2026-11-03T08:00:00Z',
    started: null,
    ended: '2026-11-03T08:00:00Z',
    performedBy: '01039012345',
  },
];

describe('timeline merging', () => {
  it('puts events and process steps in one list, newest first, without showing a step twice', () => {
    const merged = mergeTimeline(events, history);
    expect(merged.map((e) => e.what.kind)).toEqual([
      'simple',
      'submitted',
      'completed',
      'taskEnded',
      'saved',
      'dataAdded',
      'taskStarted',
      'created',
    ]);
    expect(merged[0]?.actor.orgCode).toBe('skd');
  });

  it('drops the start event, which only repeats Created', () => {
    const merged = mergeTimeline([event('a', '2026-11-01T10:00:00Z', 'process_StartEvent')], []);
    expect(merged).toEqual([]);
  });

  it('keeps process steps that only the process history knows, with the actor from performedBy', () => {
    const merged = mergeTimeline(
      events.filter((e) => !e.eventType.startsWith('process_')),
      history,
    );
    const steps = merged.filter((e) => ['taskStarted', 'taskEnded', 'completed'].includes(e.what.kind));
    expect(steps.map((e) => [e.what.kind, e.at])).toEqual([
      ['completed', '2026-11-03T08:00:00Z'],
      ['taskEnded', '2026-11-03T08:00:00Z'],
      ['taskStarted', '2026-11-01T10:00:00.500Z'],
    ]);
    expect(steps[2]?.actor.pid).toBe('01039012345');
    expect(steps[2]?.what).toEqual({ kind: 'taskStarted', elementId: 'Task_1', taskName: null });
  });

  it('does not merge the same step at different times (a task visited twice)', () => {
    const again: ProcessHistoryItem = {
      ...history[1]!,
      started: '2026-11-05T10:00:00Z',
      occured: '2026-11-05T10:00:00Z',
      ended: null,
    };
    const merged = mergeTimeline(events, [...history, again]);
    expect(merged.filter((e) => e.what.kind === 'taskStarted').map((e) => e.at)).toEqual([
      '2026-11-05T10:00:00Z',
      '2026-11-01T10:00:00.500Z',
    ]);
  });

  it('names unknown event types as they are and known ones by kind', () => {
    const merged = mergeTimeline(
      [event('x', '2026-11-01T00:00:00Z', 'SomethingNew'), event('y', '2026-11-02T00:00:00Z', 'Undeleted')],
      [],
    );
    expect(merged.map((e) => e.what)).toEqual([
      { kind: 'simple', eventType: 'Undeleted' },
      { kind: 'other', eventType: 'SomethingNew' },
    ]);
  });

  it('keeps recorded order for events at the same moment (newest first means later first)', () => {
    const merged = mergeTimeline(
      [event('a', '2026-11-01T00:00:00Z', 'Saved'), event('b', '2026-11-01T00:00:00Z', 'Submited')],
      [],
    );
    expect(merged.map((e) => e.key)).toEqual(['event-b', 'event-a']);
  });
});
