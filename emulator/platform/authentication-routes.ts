import { randomUUID } from 'node:crypto';

import type { JWTPayload } from 'jose';

import type { RequestContext } from './context.ts';
import { authenticate } from './context.ts';
import { sendEmpty, sendJson, sendText } from './http.ts';
import type { Route } from './router.ts';
import { route } from './router.ts';
import { altinnJwks, signAltinnToken, verifyIdPortenToken } from './tokens.ts';

const trustedProviders = ['id-porten', 'maskinporten', 'altinnstudio'];
/** ID-porten claims the exchange does not carry over. */
const droppedClaims = new Set(['aud', 'iss', 'at_hash', 'sid', 'sub', 'nbf', 'iat', 'exp']);

export function altinnIssuer(ctx: RequestContext): string {
  return `${ctx.env.origin()}/authentication/api/v1/openid/`;
}

/** `idporten-loa-substantial` → 3, `-high` → 4, `-low` → 0, legacy `Level3` → its last digit. */
export function authLevelFromAcr(acr: string): number {
  if (acr === 'idporten-loa-low') return 0;
  if (acr === 'idporten-loa-substantial') return 3;
  if (acr === 'idporten-loa-high') return 4;
  const last = Number(acr.slice(-1));
  return Number.isInteger(last) ? last : 0;
}

/**
 * `Ok(string)` without `[Produces]`: ASP.NET's string formatter answers text/plain unless the
 * client asks for JSON only (a wildcard in Accept makes it ignore the header).
 */
function sendToken(ctx: RequestContext, token: string): void {
  const accept = (ctx.req.headers.accept ?? '').toLowerCase();
  const wantsJson =
    !accept.includes('*/*') && /(application|text)\/json/.test(accept) && !accept.includes('text/plain');
  if (wantsJson) sendJson(ctx.res, 200, token);
  else sendText(ctx.res, 200, token);
}

async function exchange(ctx: RequestContext, [provider = '']: string[]): Promise<void> {
  const name = provider.toLowerCase();
  if (!trustedProviders.includes(name)) {
    sendText(
      ctx.res,
      400,
      `Invalid token provider: ${provider}. Trusted token providers are 'Maskinporten', 'Id-porten' and 'AltinnStudio'.`,
    );
    return;
  }
  const header = ctx.req.headers.authorization ?? '';
  // Only ID-porten is emulated; Maskinporten and Studio tokens can never validate here.
  if (name !== 'id-porten' || !/^bearer\s+/i.test(header)) return sendEmpty(ctx.res, 401);
  const idToken = await verifyIdPortenToken(ctx.env.idportenJwks(), header.replace(/^bearer\s+/i, '').trim());
  if (!idToken) return sendEmpty(ctx.res, 401);
  const pid = idToken['pid'];
  const acr = idToken['acr'];
  if (typeof pid !== 'string' || typeof acr !== 'string') return sendEmpty(ctx.res, 401);
  const scopes = typeof idToken['scope'] === 'string' ? idToken['scope'].split(/\s+/) : [];
  if (!scopes.some((scope) => scope.startsWith('altinn:'))) return sendEmpty(ctx.res, 403);
  const user = ctx.env.store.userByPid(pid);
  if (!user || !user.partyUuid) return sendEmpty(ctx.res, 401);

  const amr = idToken['amr'];
  const method = Array.isArray(amr) ? amr[0] : amr;
  const now = Math.floor(Date.now() / 1000);
  const claims: JWTPayload = {
    nameid: String(user.userId),
    'urn:altinn:userid': String(user.userId),
    'urn:altinn:username': user.userName,
    'urn:altinn:partyid': user.partyId,
    'urn:altinn:party:uuid': user.partyUuid,
    'urn:altinn:authenticatemethod': typeof method === 'string' && method ? method : 'NotDefined',
    'urn:altinn:authlevel': authLevelFromAcr(acr),
  };
  for (const extra of user.extraClaims) claims[extra.type] = extra.value;
  for (const [key, value] of Object.entries(idToken)) {
    if (!droppedClaims.has(key)) claims[key] = value;
  }
  claims['exp'] = idToken.exp;
  claims['iat'] = now;
  claims['iss'] = altinnIssuer(ctx);
  claims['sid'] = randomUUID();
  claims['nbf'] = now;
  sendToken(ctx, await signAltinnToken(ctx.env.keys, claims));
}

async function refresh(ctx: RequestContext): Promise<void> {
  const principal = await authenticate(ctx);
  if (!principal) return sendEmpty(ctx.res, 401);
  const now = Math.floor(Date.now() / 1000);
  const claims: JWTPayload = { ...principal.claims };
  if (ctx.query.get('enrichPid')?.toLowerCase() === 'true' && claims['pid'] === undefined) {
    const user = principal.userId === undefined ? undefined : ctx.env.store.user(principal.userId);
    if (user?.pid) claims['pid'] = user.pid;
  }
  claims['iat'] = now;
  claims['nbf'] = now;
  claims['exp'] = now + ctx.env.settings.altinnRefreshTokenTtl;
  sendToken(ctx, await signAltinnToken(ctx.env.keys, claims));
}

function discovery(ctx: RequestContext): void {
  const issuer = altinnIssuer(ctx);
  const base = `${ctx.env.origin()}/authentication/api/v1`;
  sendJson(ctx.res, 200, {
    issuer,
    authorization_endpoint: `${base}/authentication`,
    token_endpoint: `${base}/exchange/id-porten`,
    jwks_uri: `${issuer}.well-known/openid-configuration/jwks`,
    response_types_supported: ['token'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    end_session_endpoint: `${base}/logout`,
  });
}

export const authenticationRoutes: Route[] = [
  route('GET', '/authentication/api/v1/exchange/{str}', exchange),
  route('GET', '/authentication/api/v1/refresh', refresh),
  route('GET', '/authentication/api/v1/openid/.well-known/openid-configuration', discovery),
  route('GET', '/authentication/api/v1/openid/.well-known/openid-configuration/jwks', (ctx) =>
    sendJson(ctx.res, 200, altinnJwks(ctx.env.keys)),
  ),
];
