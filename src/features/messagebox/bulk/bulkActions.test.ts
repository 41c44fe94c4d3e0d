import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '../../../api/errors';
import { failureReason, planAction, planUndo, runSteps, type BulkApi, type BulkTarget } from './bulkActions';

const target = (n: number, readStatus: BulkTarget['readStatus'] = 'Unread'): BulkTarget => ({
  id: `50000${n}/g${n}`,
  partyId: 500000 + n,
  guid: `g${n}`,
  title: `Skjema ${n}`,
  readStatus,
});

function fakeApi(failing: Record<string, ApiError> = {}) {
  const calls: string[] = [];
  const outcome = (what: string, guid: string) => {
    calls.push(`${what} ${guid}`);
    const error = failing[guid];
    return error ? Promise.reject(error) : Promise.resolve();
  };
  const api: BulkApi = {
    setReadStatus: vi.fn((_p: number, guid: string, status: string) => outcome(`read=${status}`, guid)),
    moveToBin: vi.fn((_p: number, guid: string) => outcome('bin', guid)),
    restoreFromBin: vi.fn((_p: number, guid: string) => outcome('restore', guid)),
  };
  return { api, calls };
}

describe('failureReason', () => {
  it('names the deletion-prevention 403 on delete, and other refusals plainly', () => {
    const http = (status: number) => new ApiError('http', status, '/x');
    expect(failureReason(http(403), 'toBin')).toBe('notYetDeletable');
    expect(failureReason(http(403), 'readStatus')).toBe('forbidden');
    // Not archived: the deletion-prevention window cannot apply, so it is a plain refusal.
    expect(failureReason(http(403), 'toBin', false)).toBe('deleteForbidden');
    expect(failureReason(http(404), 'restore')).toBe('notFound');
    expect(failureReason(http(429), 'toBin')).toBe('busy');
    expect(failureReason(http(503), 'toBin')).toBe('busy');
    expect(failureReason(http(500), 'toBin')).toBe('serverError');
    expect(failureReason(new ApiError('network', 0, '/x'), 'toBin')).toBe('network');
    expect(failureReason(new Error('boom'), 'toBin')).toBe('unexpected');
  });
});

describe('planAction and planUndo', () => {
  it('skips items that already have the wanted read status', () => {
    const steps = planAction('markRead', [
      target(1, 'Read'),
      target(2, 'Unread'),
      target(3, 'UpdatedSinceLastReview'),
    ]);
    expect(steps.map((s) => s.target.guid)).toEqual(['g2', 'g3']);
  });

  it('undo puts back each item’s own previous read status', () => {
    const undo = planUndo({
      kind: 'markRead',
      succeeded: [target(2, 'Unread'), target(3, 'UpdatedSinceLastReview')],
      failed: [],
    });
    expect(undo).toEqual([
      { call: 'readStatus', target: target(2, 'Unread'), status: 'Unread' },
      { call: 'readStatus', target: target(3, 'UpdatedSinceLastReview'), status: 'UpdatedSinceLastReview' },
    ]);
  });

  it('undo of "to the bin" restores, and undo of restore bins again, only what succeeded', () => {
    const outcome = {
      kind: 'moveToBin' as const,
      succeeded: [target(1)],
      failed: [{ target: target(2), reason: 'notYetDeletable' as const }],
    };
    expect(planUndo(outcome)).toEqual([{ call: 'restore', target: target(1) }]);
    expect(planUndo({ ...outcome, kind: 'restore' })).toEqual([{ call: 'toBin', target: target(1) }]);
  });
});

describe('runSteps', () => {
  it('reports exactly which items failed and why, and runs the rest', async () => {
    const { api, calls } = fakeApi({
      g2: new ApiError('http', 403, '/sbl'),
      g4: new ApiError('network', 0, '/sbl'),
    });
    const targets = [1, 2, 3, 4, 5].map((n) => target(n));
    const outcome = await runSteps('moveToBin', planAction('moveToBin', targets), api, 2);
    expect(outcome.succeeded.map((t) => t.guid)).toEqual(['g1', 'g3', 'g5']);
    expect(outcome.failed).toEqual([
      { target: target(2), reason: 'notYetDeletable' },
      { target: target(4), reason: 'network' },
    ]);
    expect(calls).toHaveLength(5);
  });

  it('never has more than the bound in flight', async () => {
    let active = 0;
    let peak = 0;
    const slow = () => {
      active += 1;
      peak = Math.max(peak, active);
      return new Promise<void>((resolve) =>
        setTimeout(() => {
          active -= 1;
          resolve();
        }, 1),
      );
    };
    const api: BulkApi = { setReadStatus: slow, moveToBin: slow, restoreFromBin: slow };
    const targets = Array.from({ length: 12 }, (_, n) => target(n));
    await runSteps('moveToBin', planAction('moveToBin', targets), api, 4);
    expect(peak).toBe(4);
  });
});
