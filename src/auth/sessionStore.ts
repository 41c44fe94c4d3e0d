import type { AcrValue } from '../config/runtimeConfig';

/** Who is signed in, from the Altinn token and the ID token. Held in memory only. */
export interface SessionIdentity {
  userId: number;
  /** The person's own party. */
  partyId: number;
  /** 3 = substantial, 4 = high (urn:altinn:authlevel). */
  authLevel: number;
  acr: AcrValue;
  /** Display name from the ID token, when ID-porten gives one (the real one does not). */
  name: string | null;
  /** National identity number from the ID token: only ever shown masked. */
  pid: string | null;
}

export type SessionSnapshot =
  | { status: 'anonymous' }
  | {
      status: 'active';
      identity: SessionIdentity;
      /** local ms of the ID-porten sign-in */ startedAt: number;
    }
  | { status: 'redirecting' }
  | { status: 'ending' };

let snapshot: SessionSnapshot = { status: 'anonymous' };
const listeners = new Set<() => void>();

export function getSessionSnapshot(): SessionSnapshot {
  return snapshot;
}

export function setSessionSnapshot(next: SessionSnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
