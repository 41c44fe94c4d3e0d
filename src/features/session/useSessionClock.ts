import { useEffect, useState } from 'react';

import { getLastActivityAt } from '../../auth/activity';
import { getSessionLimits } from '../../auth/session';
import { evaluateSessionClock, type SessionClockState } from '../../auth/sessionClock';
import { useSession } from '../../auth/useSession';

function sameState(a: SessionClockState, b: SessionClockState): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'warning' && b.kind === 'warning') return a.secondsLeft === b.secondsLeft;
  if (a.kind === 'expired' && b.kind === 'expired') return a.reason === b.reason;
  return true;
}

/**
 * Re-evaluates the idle and absolute limits once a second. The state only changes (and the
 * component only re-renders) when it moves between active, a new countdown second, and expired.
 */
export function useSessionClock(): SessionClockState {
  const session = useSession();
  const startedAt = session.status === 'active' ? session.startedAt : null;
  const [state, setState] = useState<SessionClockState>({ kind: 'active', nextChangeInMs: 0 });

  useEffect(() => {
    if (startedAt === null) return;
    const tick = () => {
      const next = evaluateSessionClock(
        Date.now(),
        { startedAt, lastActivityAt: getLastActivityAt() },
        getSessionLimits(),
      );
      setState((current) => (sameState(current, next) ? current : next));
    };
    tick();
    const interval = setInterval(tick, 1000);
    return () => clearInterval(interval);
  }, [startedAt]);

  return state;
}
