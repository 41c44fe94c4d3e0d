import type { JSONWebKeySet, JWK, JWTPayload, CryptoKey } from 'jose';
import {
  calculateJwkThumbprint,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
} from 'jose';

/** The platform's own signing key for Altinn tokens (fresh per process; tokens do not survive a restart). */
export interface AltinnKeys {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
  kid: string;
}

export async function createAltinnKeys(): Promise<AltinnKeys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = (await calculateJwkThumbprint(jwk)).toUpperCase();
  return { privateKey, publicKey, kid, publicJwk: { kty: jwk.kty, use: 'sig', kid, e: jwk.e, n: jwk.n } };
}

export function altinnJwks(keys: AltinnKeys): JSONWebKeySet {
  return { keys: [keys.publicJwk] };
}

/** Claims are signed in the order given, so callers control the claim order the real service emits. */
export function signAltinnToken(keys: AltinnKeys, claims: JWTPayload): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: keys.kid, typ: 'JWT' })
    .sign(keys.privateKey);
}

/** JwtCookie validation: signature and lifetime, ClockSkew 0, no issuer or audience check. */
export async function verifyAltinnToken(keys: AltinnKeys, token: string): Promise<JWTPayload | undefined> {
  try {
    const { payload } = await jwtVerify(token, keys.publicKey, {
      algorithms: ['RS256'],
      clockTolerance: 0,
      requiredClaims: ['exp'],
    });
    return payload;
  } catch {
    return undefined;
  }
}

/** The exchange's check of an ID-porten token: ID-porten's JWKS, ClockSkew 10 s, no issuer/audience. */
export async function verifyIdPortenToken(
  jwks: JSONWebKeySet,
  token: string,
): Promise<JWTPayload | undefined> {
  try {
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), {
      clockTolerance: 10,
      requiredClaims: ['exp'],
    });
    return payload;
  } catch {
    return undefined;
  }
}
