import { describe, expect, it } from 'vitest';

import { evaluateSessionClock, limitsFromConfig } from './sessionClock';

const limits = limitsFromConfig({ idleMinutes: 10, absoluteMinutes: 60, idleWarningSeconds: 60 });
const start = 1_000_000_000;

describe('evaluateSessionClock', () => {
  it('is active until the warning window', () => {
    expect(evaluateSessionClock(start + 1000, { startedAt: start, lastActivityAt: start }, limits)).toEqual({
      kind: 'active',
      nextChangeInMs: 9 * 60_000 - 1000,
    });
  });

  it('warns with a countdown in the last minute before idle sign-out', () => {
    const state = evaluateSessionClock(
      start + 9 * 60_000 + 500,
      { startedAt: start, lastActivityAt: start },
      limits,
    );
    expect(state).toEqual({ kind: 'warning', secondsLeft: 60 });
    const later = evaluateSessionClock(
      start + 9 * 60_000 + 55_000,
      { startedAt: start, lastActivityAt: start },
      limits,
    );
    expect(later).toEqual({ kind: 'warning', secondsLeft: 5 });
  });

  it('expires on idle', () => {
    expect(
      evaluateSessionClock(start + 10 * 60_000, { startedAt: start, lastActivityAt: start }, limits),
    ).toEqual({
      kind: 'expired',
      reason: 'idle',
    });
  });

  it('activity moves the idle limit', () => {
    const state = evaluateSessionClock(
      start + 15 * 60_000,
      { startedAt: start, lastActivityAt: start + 14 * 60_000 },
      limits,
    );
    expect(state.kind).toBe('active');
  });

  it('expires at the absolute limit however active the person is', () => {
    const now = start + 60 * 60_000;
    expect(evaluateSessionClock(now, { startedAt: start, lastActivityAt: now - 1 }, limits)).toEqual({
      kind: 'expired',
      reason: 'absolute',
    });
  });

  it('schedules the next check at the absolute limit when it comes first', () => {
    const now = start + 55 * 60_000;
    expect(evaluateSessionClock(now, { startedAt: start, lastActivityAt: now }, limits)).toEqual({
      kind: 'active',
      nextChangeInMs: 5 * 60_000,
    });
  });
});
