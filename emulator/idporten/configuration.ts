import type { JWK } from 'jose';
import {
  interactionPolicy,
  type AccessToken,
  type Account,
  type ClientCredentials,
  type Configuration,
  type KoaContextWithOIDC,
  type ResourceServer,
} from 'oidc-provider';

import { ACR_SUBSTANTIAL, SUPPORTED_ACRS, TEST_AMR, requiredAcr, satisfies } from './acr.ts';
import type { MemoryStore } from './memory-adapter.ts';
import { errorPage, logoutPage, signedOutPage } from './pages.ts';
import type { SubjectRegistry } from './subjects.ts';
import { pickLanguage, type PageLanguage } from './texts.ts';
import type { IdPortenOptions } from './types.ts';

/**
 * The one resource server behind every access token. The SPA sends no `resource` parameter, and
 * ID-porten then issues a JWT that is not audience-bound: its `aud` is the literal "unspecified"
 * (documented for ID-porten and Maskinporten self-contained tokens). The identifier never leaves
 * the provider; only the audience below appears in tokens.
 */
export const ALTINN_RESOURCE = 'urn:innboks-emulator:altinn-platform';
export const UNSPECIFIED_AUDIENCE = 'unspecified';

export const OIDC_SCOPES = ['openid', 'profile'] as const;
export const ALTINN_SCOPES = [
  'altinn:instances.meta',
  'altinn:instances.read',
  'altinn:instances.write',
  'altinn:reportees',
  'altinn:lookup',
  'altinn:portal/enduser',
] as const;
/** Every scope the client may get. `openid`/`profile` are listed with the resource on purpose: ID-porten's
 *  access token `scope` claim carries them too (e.g. "altinn:instances.read openid profile"). */
export const ALL_SCOPES: readonly string[] = [...OIDC_SCOPES, ...ALTINN_SCOPES];

/** ID-porten's authorization lifetime (absolute limit of a login and of an SSO session), 7200 s. */
export const AUTHORIZATION_LIFETIME = 7200;

/** ID-porten reports the organisation behind the client here; ours is the documentation's demo client owner. */
export const CONSUMER = { authority: 'iso6523-actorid-upis', ID: '0192:991825827' } as const;

export interface LoginFacts {
  acr: string;
  amr: string[];
}

/** What the token hooks need to know that oidc-provider does not carry itself. */
export interface TokenFacts {
  /** Language of the login page at the time of each login, keyed by `${sub}:${auth_time}`. */
  readonly loginLocales: Map<string, PageLanguage>;
  /** acr/amr for access tokens minted through the control API (no authorization code behind them). */
  readonly minted: WeakMap<AccessToken, LoginFacts>;
  /** The grant behind each JWT access token, by `jti`, so that /revoke can find it (JWTs are not stored). */
  readonly grantByJti: Map<string, string>;
}

export interface ConfigurationInput {
  options: IdPortenOptions;
  store: MemoryStore;
  subjects: SubjectRegistry;
  facts: TokenFacts;
  signingKey: JWK;
  cookieKeys: string[];
}

/** Remembers a value in an insertion-ordered map, dropping the oldest entries beyond `max`. Login
 *  locales and token grants are only needed for minutes; this keeps a long run from growing without end. */
export function rememberBounded<K, V>(map: Map<K, V>, key: K, value: V, max = 20_000): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) {
    const oldest = map.keys().next();
    if (oldest.done) break;
    map.delete(oldest.value);
  }
}

/** The client's registered redirect URIs: `{appOrigin}/auth/callback` for every app origin. */
export function redirectUrisFor(appOrigins: readonly string[]): string[] {
  return appOrigins.map((origin) => `${origin}/auth/callback`);
}

export function loginLocaleKey(sub: string, authTime: number): string {
  return `${sub}:${authTime}`;
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function languageOf(ctx: KoaContextWithOIDC): PageLanguage {
  return pickLanguage(undefined, ctx.oidc?.params?.ui_locales);
}

/** Step-up: a session below the requested level must log in again (and prompt=none gets login_required). */
function stepUpCheck(): interactionPolicy.Check {
  return new interactionPolicy.Check(
    'acr_step_up',
    'the session does not have the requested security level',
    'login_required',
    (ctx) => {
      const need = requiredAcr(ctx.oidc.params?.acr_values);
      if (!ctx.oidc.session?.accountId) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      if (ctx.oidc.result?.login) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      return satisfies(ctx.oidc.session.acr, need)
        ? interactionPolicy.Check.NO_NEED_TO_PROMPT
        : interactionPolicy.Check.REQUEST_PROMPT;
    },
    (ctx) => ({ acr: requiredAcr(ctx.oidc.params?.acr_values) }),
  );
}

function interactionPolicyWithStepUp(): interactionPolicy.DefaultPolicy {
  const policy = interactionPolicy.base();
  const login = policy.get('login');
  if (!login) throw new Error('oidc-provider has no login prompt');
  login.checks.add(stepUpCheck());
  return policy;
}

export function buildConfiguration({
  options,
  store,
  subjects,
  facts,
  signingKey,
  cookieKeys,
}: ConfigurationInput): Configuration {
  const { settings, appOrigins, clientId } = options;

  const resourceServer = (): ResourceServer => ({
    scope: ALL_SCOPES.join(' '),
    audience: UNSPECIFIED_AUDIENCE,
    // Read per token: a settings change applies to the next token.
    accessTokenTTL: settings.idportenAccessTokenTtl,
    accessTokenFormat: 'jwt',
    jwt: { sign: { alg: 'RS256' } },
  });

  const loginFactsFor = (ctx: KoaContextWithOIDC | undefined, token: AccessToken): LoginFacts => {
    const minted = facts.minted.get(token);
    if (minted) return minted;
    const source = ctx?.oidc.entities.AuthorizationCode ?? ctx?.oidc.entities.RefreshToken;
    return { acr: source?.acr ?? ACR_SUBSTANTIAL, amr: source?.amr ?? [...TEST_AMR] };
  };

  return {
    adapter: store.factory,
    clients: [
      {
        client_id: clientId,
        client_name: 'Innboks',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: redirectUrisFor(appOrigins),
        post_logout_redirect_uris: appOrigins.flatMap((origin) => [`${origin}/signed-out`, `${origin}/`]),
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: {
      keys: cookieKeys,
      // The app and the platform share 127.0.0.1 (cookies ignore ports): keep names unmistakable.
      names: {
        session: 'idporten_session',
        interaction: 'idporten_interaction',
        resume: 'idporten_interaction_resume',
      },
    },
    // ID-porten's endpoint paths, so an app configured from discovery sees familiar URLs.
    routes: {
      authorization: '/authorize',
      token: '/token',
      jwks: '/jwks.json',
      revocation: '/revoke',
      end_session: '/logout',
      userinfo: '/userinfo',
    },
    scopes: [...OIDC_SCOPES],
    // ID-porten puts these in every ID token; oidc-provider would add acr/amr/auth_time only on request.
    claims: {
      openid: ['sub', 'pid', 'locale', 'acr', 'amr', 'auth_time', 'sid'],
      profile: ['pid', 'locale'],
    },
    acrValues: [...SUPPORTED_ACRS],
    responseTypes: ['code'],
    pkce: { required: () => true },
    discovery: { ui_locales_supported: ['nb', 'en'] },
    conformIdTokenClaims: false,
    clientBasedCORS: (_ctx, origin) => appOrigins.includes(origin),
    features: {
      devInteractions: { enabled: false },
      revocation: {
        enabled: true,
        // A public client may revoke its own tokens and nobody else's.
        allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId,
      },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx) => {
          const secret = ctx.oidc.session?.state?.secret;
          ctx.type = 'html';
          ctx.body = logoutPage({
            language: languageOf(ctx),
            action: ctx.oidc.urlFor('end_session_confirm'),
            xsrf: typeof secret === 'string' ? secret : '',
          });
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = 'html';
          ctx.body = signedOutPage(languageOf(ctx));
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => ALTINN_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== ALTINN_RESOURCE) throw new Error('unknown resource');
          return resourceServer();
        },
      },
    },
    interactions: {
      policy: interactionPolicyWithStepUp(),
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    findAccount: (ctx, sub, token): Account | undefined => {
      const pid = subjects.pidFor(sub);
      if (pid === undefined) return undefined;
      const authTime = token && 'authTime' in token ? token.authTime : undefined;
      const sessionUid = token && 'sessionUid' in token ? token.sessionUid : undefined;
      return {
        accountId: sub,
        claims: async (use) => ({
          sub,
          pid,
          locale: (authTime !== undefined && facts.loginLocales.get(loginLocaleKey(sub, authTime))) || 'nb',
          // ID-porten always sends sid; oidc-provider only does for clients with back-channel logout.
          sid:
            use === 'id_token' && typeof sessionUid === 'string'
              ? (await ctx.oidc.provider.Session.findByUid(sessionUid))?.sidFor(clientId)
              : undefined,
        }),
      };
    },
    loadExistingGrant: async (ctx) => {
      const session = ctx.oidc.session;
      const client = ctx.oidc.client;
      if (!session?.accountId || !client) return undefined;
      const existingId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      const existing = existingId ? await ctx.oidc.provider.Grant.find(existingId) : undefined;
      // First-party client: everything it asks for (within its registration) is granted without consent.
      const grant =
        existing && existing.accountId === session.accountId
          ? existing
          : new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      const requested = String(ctx.oidc.params?.scope ?? '')
        .split(' ')
        .filter((scope) => ALL_SCOPES.includes(scope));
      grant.addOIDCScope(requested.filter((scope) => (OIDC_SCOPES as readonly string[]).includes(scope)));
      grant.addResourceScope(ALTINN_RESOURCE, requested);
      await grant.save();
      return grant;
    },
    extraTokenClaims: (ctx, token: AccessToken | ClientCredentials) => {
      if (token.kind !== 'AccessToken') return undefined;
      const accessToken = token as AccessToken;
      const { acr, amr } = loginFactsFor(ctx, accessToken);
      if (accessToken.jti && accessToken.grantId)
        rememberBounded(facts.grantByJti, accessToken.jti, accessToken.grantId);
      return {
        pid: subjects.pidFor(accessToken.accountId),
        acr,
        amr,
        client_amr: 'none',
        token_type: 'Bearer',
        consumer: { ...CONSUMER },
      };
    },
    // ID-porten's logout invalidates only tokens whose scopes are just openid/profile; tokens with
    // other scopes (altinn:…) outlive the session and must be revoked by the client.
    expiresWithSession: (_ctx, code) => ![...code.scopes].some((scope) => scope.startsWith('altinn:')),
    issueRefreshToken: (_ctx, client) =>
      settings.idportenRefreshTokens && client.grantTypeAllowed('refresh_token'),
    ttl: {
      AccessToken: () => settings.idportenAccessTokenTtl,
      AuthorizationCode: 60,
      IdToken: () => settings.idportenIdTokenTtl,
      RefreshToken: () => settings.idportenRefreshTokenTtl,
      Interaction: 3600,
      Grant: AUTHORIZATION_LIFETIME,
      // Idle lifetime from settings, sliding on every authorization request, never past the absolute limit.
      Session: (_ctx, session) => {
        const idle = settings.idportenSessionTtl;
        if (typeof session.loginTs !== 'number') return idle;
        return Math.max(1, Math.min(idle, session.loginTs + AUTHORIZATION_LIFETIME - now()));
      },
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(languageOf(ctx), String(out.error), out.error_description);
    },
  };
}
