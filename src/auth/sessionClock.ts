/**
 * The idle and absolute limits as a pure function of time, so a background tab that wakes up
 * after an hour (timers are throttled there) is judged by the clock, not by missed ticks.
 */
export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
  warningMs: number;
}

export type SessionClockState =
  | { kind: 'active'; /** ms until the next state change */ nextChangeInMs: number }
  | { kind: 'warning'; secondsLeft: number }
  | { kind: 'expired'; reason: 'idle' | 'absolute' };

export function evaluateSessionClock(
  now: number,
  times: { startedAt: number; lastActivityAt: number },
  limits: SessionLimits,
): SessionClockState {
  const absoluteEnd = times.startedAt + limits.absoluteMs;
  const idleEnd = times.lastActivityAt + limits.idleMs;
  if (now >= absoluteEnd) return { kind: 'expired', reason: 'absolute' };
  if (now >= idleEnd) return { kind: 'expired', reason: 'idle' };
  const warningStart = idleEnd - limits.warningMs;
  if (now >= warningStart) return { kind: 'warning', secondsLeft: Math.ceil((idleEnd - now) / 1000) };
  return { kind: 'active', nextChangeInMs: Math.min(warningStart, absoluteEnd) - now };
}

export function limitsFromConfig(session: {
  idleMinutes: number;
  absoluteMinutes: number;
  idleWarningSeconds: number;
}): SessionLimits {
  return {
    idleMs: session.idleMinutes * 60_000,
    absoluteMs: session.absoluteMinutes * 60_000,
    warningMs: session.idleWarningSeconds * 1000,
  };
}
