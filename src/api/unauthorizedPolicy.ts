/**
 * What to do when the platform answers 401 (RFC 6750: the token is invalid or expired). One
 * refresh and one retry; if the retry still gets 401, or the refresh itself is refused, the Altinn
 * session is gone and only a new sign-in helps (silent while the ID-porten session lives).
 */
export type UnauthorizedStep = 'renew-then-retry' | 'reauthenticate';

export function stepAfterUnauthorized(alreadyRetried: boolean): UnauthorizedStep {
  return alreadyRetried ? 'reauthenticate' : 'renew-then-retry';
}

export function stepAfterRenewal(renewed: boolean): 'retry' | 'reauthenticate' {
  return renewed ? 'retry' : 'reauthenticate';
}
