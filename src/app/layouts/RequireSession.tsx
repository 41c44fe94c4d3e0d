import { useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';

import { requireSession } from '../../auth/session';
import { getSessionSnapshot } from '../../auth/sessionStore';
import { useSession } from '../../auth/useSession';

/**
 * Every signed-in page: with no session, a (silent) sign-in starts and comes back to this URL,
 * hash included. Until the session is active the frame below shows a neutral status page.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { pathname, search, hash } = useLocation();
  const anonymous = useSession().status === 'anonymous';
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  useEffect(() => {
    // Read the store, not the render's value: StrictMode runs this twice, and the first run has
    // already moved the session to 'redirecting' (a second redirect would orphan the first state).
    if (!anonymous || getSessionSnapshot().status !== 'anonymous') return;
    requireSession(`${pathname}${search}${hash}`).catch((error: unknown) => setFailure({ error }));
  }, [anonymous, pathname, search, hash]);

  // A failed sign-in (e.g. a redirect loop) goes to the error boundary above, which offers a retry.
  if (failure) throw failure.error;
  return children;
}
