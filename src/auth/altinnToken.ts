/**
 * The Altinn token, held in module memory only. Not in localStorage or sessionStorage: any script
 * that runs on the origin (an injected one included) can read Web Storage, and the token is a
 * bearer credential for every Altinn API until it expires (Altinn tokens are not audience-bound).
 * Memory dies with the page, which is why a reload does a silent ID-porten round trip.
 *
 * This module has no imports so that the API client can read the token without importing the
 * session logic (which itself calls the API): the session registers a renewer here instead.
 */
export interface Renewer {
  /** Gets a fresh Altinn token; resolves false when the platform refused. */
  renew(): Promise<boolean>;
  /** Starts a new sign-in that returns to the current URL; the page navigates away. */
  reauthenticate(): Promise<never>;
}

let token: string | null = null;
let renewer: Renewer | null = null;
let inFlight: Promise<boolean> | null = null;

export function getAltinnToken(): string | null {
  return token;
}

export function setAltinnToken(value: string): void {
  token = value;
}

export function clearAltinnToken(): void {
  token = null;
}

export function registerRenewer(value: Renewer | null): void {
  renewer = value;
}

/**
 * One renewal for however many requests got a 401 at the same time: ten parallel queries must
 * not send ten refresh calls (each would mint a new token and race the others).
 */
export function renewAfterUnauthorized(): Promise<boolean> {
  if (!renewer) return Promise.resolve(false);
  if (!inFlight) {
    const current = renewer;
    inFlight = current
      .renew()
      .catch(() => false)
      .finally(() => {
        inFlight = null;
      });
  }
  return inFlight;
}

export function reauthenticate(): Promise<never> {
  if (!renewer) return Promise.reject(new Error('No session to renew'));
  return renewer.reauthenticate();
}
