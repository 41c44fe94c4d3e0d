import { useSyncExternalStore } from 'react';

import {
  getSessionSnapshot,
  subscribeSession,
  type SessionIdentity,
  type SessionSnapshot,
} from './sessionStore';

export function useSession(): SessionSnapshot {
  return useSyncExternalStore(subscribeSession, getSessionSnapshot);
}

/** The signed-in identity; only for components rendered under the protected layout. */
export function useIdentity(): SessionIdentity {
  const session = useSession();
  if (session.status !== 'active') throw new Error('useIdentity needs an active session');
  return session.identity;
}
