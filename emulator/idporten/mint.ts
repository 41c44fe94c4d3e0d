import { randomBytes } from 'node:crypto';

import type Provider from 'oidc-provider';

import { ACR_SUBSTANTIAL, TEST_AMR, isAcr } from './acr.ts';
import {
  ALTINN_RESOURCE,
  OIDC_SCOPES,
  UNSPECIFIED_AUDIENCE,
  loginLocaleKey,
  rememberBounded,
  type TokenFacts,
} from './configuration.ts';
import { isPid, type SubjectRegistry } from './subjects.ts';
import type { IdPortenOptions, MintRequest, MintedTokens } from './types.ts';

/** The scope a real login by the Innboks client gets. */
export const DEFAULT_MINT_SCOPE = 'openid profile altinn:instances.read altinn:instances.write';

/** RFC 6749 scope-token characters; anything else is a caller error, not a scope. */
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

export class MintError extends Error {}

export interface MintDeps {
  provider: Provider;
  options: IdPortenOptions;
  subjects: SubjectRegistry;
  facts: TokenFacts;
}

/**
 * Mints tokens for the control API with oidc-provider's own token classes: a saved Grant, an
 * AccessToken bound to the same resource server as a real login (so the same key, format, `aud`
 * and claim hook apply), and an IdToken signed the same way. Only the authorization code and the
 * browser session are skipped. Scopes are taken as given, so tests can also mint a token without
 * any `altinn:` scope.
 */
export async function mintTokens(deps: MintDeps, request: MintRequest): Promise<MintedTokens> {
  const { provider, options, subjects, facts } = deps;
  if (!isPid(request.pid)) throw new MintError('pid must be a string of exactly 11 digits');
  const acr = request.acr ?? ACR_SUBSTANTIAL;
  if (!isAcr(acr)) throw new MintError('acr must be idporten-loa-substantial or idporten-loa-high');
  const scope = (request.scope ?? DEFAULT_MINT_SCOPE).split(' ').filter(Boolean);
  if (scope.length === 0 || !scope.every((s) => SCOPE_TOKEN.test(s)))
    throw new MintError('scope is not valid');
  const expiresIn = request.expiresIn ?? options.settings.idportenAccessTokenTtl;
  if (!Number.isSafeInteger(expiresIn) || expiresIn <= 0)
    throw new MintError('expiresIn must be a positive integer');

  const client = await provider.Client.find(options.clientId);
  if (!client) throw new Error(`client ${options.clientId} is not registered`);

  const accountId = subjects.subjectFor(request.pid);
  const authTime = Math.floor(Date.now() / 1000);
  const amr = [...TEST_AMR];
  rememberBounded(facts.loginLocales, loginLocaleKey(accountId, authTime), 'nb');

  const grant = new provider.Grant({ clientId: client.clientId, accountId });
  grant.addOIDCScope(scope.filter((s) => (OIDC_SCOPES as readonly string[]).includes(s)));
  grant.addResourceScope(ALTINN_RESOURCE, scope);
  const grantId = await grant.save();

  const accessToken = new provider.AccessToken({
    client,
    accountId,
    grantId,
    gty: 'authorization_code',
    scope: scope.join(' '),
    expiresIn,
    resourceServer: new provider.ResourceServer(ALTINN_RESOURCE, {
      scope: scope.join(' '),
      audience: UNSPECIFIED_AUDIENCE,
      accessTokenTTL: expiresIn,
      accessTokenFormat: 'jwt',
      jwt: { sign: { alg: 'RS256' } },
    }),
  });
  facts.minted.set(accessToken, { acr, amr });
  const access_token = await accessToken.save();

  const idToken = new provider.IdToken({}, { client });
  idToken.set('sub', accountId);
  idToken.set('pid', request.pid);
  idToken.set('locale', 'nb');
  idToken.set('acr', acr);
  idToken.set('amr', amr);
  idToken.set('auth_time', authTime);
  idToken.set('sid', randomBytes(24).toString('base64url'));
  const id_token = await idToken.issue({ use: 'idtoken' });

  return { access_token, id_token, expires_in: expiresIn };
}
