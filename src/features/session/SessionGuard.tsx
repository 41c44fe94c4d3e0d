import { useEffect } from 'react';

import { setActivityPaused } from '../../auth/activity';
import { extendSession, signOut } from '../../auth/session';
import { IdleWarningDialog } from './IdleWarningDialog';
import { useSessionClock } from './useSessionClock';

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

  return (
    <IdleWarningDialog
      open={warning}
      secondsLeft={clock.kind === 'warning' ? clock.secondsLeft : 0}
      onStay={() => {
        setActivityPaused(false);
        void extendSession();
      }}
      onSignOut={() => void signOut('user')}
    />
  );
}
