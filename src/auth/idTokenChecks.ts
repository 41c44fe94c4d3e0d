import type { AcrValue } from '../config/runtimeConfig';
import { meetsAcr } from './acr';

export type IdTokenProblem = 'issuer' | 'audience' | 'acr' | 'subject';

export interface IdTokenExpectations {
  issuer: string;
  clientId: string;
  requiredAcr: AcrValue;
}

/**
 * Checks the ID token claims oidc-client-ts leaves to the application (it checks state, nonce
 * and sub): the issuer must be exactly the configured one (ASVS 10.5.3), the audience must be
 * our client (10.5.4), and the level must be at least what was asked for (Digdir: the client
 * MUST validate acr).
 */
export function checkIdTokenClaims(
  claims: Record<string, unknown>,
  expected: IdTokenExpectations,
): IdTokenProblem | null {
  if (typeof claims.sub !== 'string' || claims.sub === '') return 'subject';
  if (claims.iss !== expected.issuer) return 'issuer';
  const aud = claims.aud;
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (!audiences.includes(expected.clientId)) return 'audience';
  if (!meetsAcr(claims.acr, expected.requiredAcr)) return 'acr';
  return null;
}
