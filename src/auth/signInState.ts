import { ACR_VALUES, type AcrValue } from '../config/runtimeConfig';
import { safeReturnPath } from '../lib/returnPath';

/**
 * What travels through ID-porten in the sign-in request's state (kept by oidc-client-ts in
 * sessionStorage together with the PKCE verifier, never in the URL): where to return, which level
 * was asked for, and whether this was a silent (prompt=none) attempt.
 */
export interface SignInState {
  returnTo: string;
  requiredAcr: AcrValue;
  silent: boolean;
}

export function parseSignInState(value: unknown, fallbackAcr: AcrValue): SignInState {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const acr = ACR_VALUES.find((a) => a === record.requiredAcr) ?? fallbackAcr;
  return { returnTo: safeReturnPath(record.returnTo), requiredAcr: acr, silent: record.silent === true };
}
