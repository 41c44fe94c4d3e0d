import type { IncomingMessage, ServerResponse } from 'node:http';

import { decodeProtectedHeader, jwtVerify, type JWK } from 'jose';
import type Provider from 'oidc-provider';

import { sendJson } from './http-util.ts';

/**
 * oidc-provider refuses to revoke JWT access tokens (`unsupported_token_type`), but ID-porten's
 * /revoke accepts them, and the app revokes its access token at logout. So a JWT sent to /revoke
 * is handled here: verified with our own key, then every token of its grant is revoked (what
 * oidc-provider does for an opaque access token). Other tokens go on to oidc-provider.
 */
export function looksLikeJwt(token: string | null): token is string {
  if (!token) return false;
  try {
    return Boolean(decodeProtectedHeader(token).alg);
  } catch {
    return false;
  }
}

export interface JwtRevocationDeps {
  provider: Provider;
  clientId: string;
  appOrigins: readonly string[];
  publicKey: JWK;
  /** Grant of each JWT access token we issued, by `jti`. */
  grantByJti: Map<string, string>;
}

export async function revokeJwtAccessToken(
  deps: JwtRevocationDeps,
  req: IncomingMessage,
  res: ServerResponse,
  form: URLSearchParams,
  token: string,
): Promise<void> {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    res.setHeader('Vary', 'Origin');
    if (!deps.appOrigins.includes(origin)) {
      return sendJson(res, 400, {
        error: 'invalid_request',
        error_description: `origin ${origin} not allowed for client: ${deps.clientId}`,
      });
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
  }
  if (form.get('client_id') !== deps.clientId) {
    return sendJson(res, 401, { error: 'invalid_client', error_description: 'client authentication failed' });
  }

  try {
    // RFC 7009: an expired or foreign token is simply not revoked, and the answer is still 200.
    const { payload } = await jwtVerify(token, deps.publicKey, {
      issuer: deps.provider.issuer,
      currentDate: new Date(0),
    });
    const grantId = typeof payload.jti === 'string' ? deps.grantByJti.get(payload.jti) : undefined;
    if (payload.client_id === deps.clientId && grantId) {
      await Promise.all([
        deps.provider.AccessToken.revokeByGrantId(grantId),
        deps.provider.RefreshToken.revokeByGrantId(grantId),
        deps.provider.AuthorizationCode.revokeByGrantId(grantId),
      ]);
    }
  } catch {
    // Not ours or not valid: nothing to revoke.
  }
  res.statusCode = 200;
  res.setHeader('Cache-Control', 'no-store');
  res.end();
}
