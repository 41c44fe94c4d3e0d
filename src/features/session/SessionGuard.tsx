import { lazy, Suspense, useEffect } from 'react';

import { setActivityPaused } from '../../auth/activity';
import { extendSession, signOut } from '../../auth/session';
import { useSessionClock } from './useSessionClock';

// Loaded only when needed: MUI's dialog and modal code would otherwise weigh on every first page.
const IdleWarningDialog = lazy(() =>
  import('./IdleWarningDialog').then((m) => ({ default: m.IdleWarningDialog })),
);

/** Enforces the idle and absolute limits for the signed-in part of the app. */
export function SessionGuard() {
  const clock = useSessionClock();
  const warning = clock.kind === 'warning';

  useEffect(() => {
    setActivityPaused(warning);
  }, [warning]);

  useEffect(() => {
    if (clock.kind === 'expired') void signOut(clock.reason);
  }, [clock]);

  if (clock.kind !== 'warning') return null;
  return (
    <Suspense fallback={null}>
      <IdleWarningDialog
        open
        secondsLeft={clock.secondsLeft}
        onStay={() => {
          setActivityPaused(false);
          void extendSession();
        }}
        onSignOut={() => void signOut('user')}
      />
    </Suspense>
  );
}
