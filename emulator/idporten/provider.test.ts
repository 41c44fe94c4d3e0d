import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createLocalJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { freshSettings, type EmulatorSettings } from '../settings.ts';

import { createIdPorten } from './provider.ts';
import { TestBrowser, decodeJwtPart, newPkce, randomValue, type Pkce } from './test-browser.ts';
import type { IdPorten, TestPerson } from './types.ts';

const CLIENT_ID = 'innboks';
const APP = 'http://127.0.0.1:5173';
const OTHER_APP = 'http://127.0.0.1:4173';
const REDIRECT_URI = `${APP}/auth/callback`;
const SCOPE = 'openid profile altinn:instances.read altinn:instances.write';
const PERSONS: TestPerson[] = [
  { pid: '01017012345', name: 'Sofie Salt' },
  { pid: '02028098765', name: '<img src=x onerror=alert(1)> "Hostile" & Co' },
];

let server: Server;
let base: string;
let idporten: IdPorten;
const settings: EmulatorSettings = freshSettings();

beforeAll(async () => {
  server = createServer((req, res) => idporten.handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  idporten = await createIdPorten({
    issuer: base,
    appOrigins: [APP, OTHER_APP],
    clientId: CLIENT_ID,
    settings,
    persons: () => PERSONS,
  });
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

beforeEach(async () => {
  Object.assign(settings, freshSettings());
  await idporten.reset();
});

interface AuthorizeOptions {
  pkce?: Pkce | 'none' | 'plain';
  prompt?: string;
  acrValues?: string;
  uiLocales?: string;
  redirectUri?: string;
  scope?: string;
}

interface StartedFlow {
  pkce: Pkce;
  state: string;
  nonce: string;
  /** The provider's last response before leaving (the login page) or undefined when it went straight back. */
  page?: Response;
  /** Where the provider sent the browser back to the app. */
  callback?: URL;
}

async function authorize(browser: TestBrowser, options: AuthorizeOptions = {}): Promise<StartedFlow> {
  const pkce = typeof options.pkce === 'object' ? options.pkce : newPkce();
  const state = randomValue();
  const nonce = randomValue();
  const params = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: options.redirectUri ?? REDIRECT_URI,
    response_type: 'code',
    scope: options.scope ?? SCOPE,
    state,
    nonce,
  });
  if (options.pkce === 'plain') {
    params.set('code_challenge', pkce.verifier);
    params.set('code_challenge_method', 'plain');
  } else if (options.pkce !== 'none') {
    params.set('code_challenge', pkce.challenge);
    params.set('code_challenge_method', 'S256');
  }
  if (options.prompt) params.set('prompt', options.prompt);
  if (options.acrValues) params.set('acr_values', options.acrValues);
  if (options.uiLocales) params.set('ui_locales', options.uiLocales);
  const { response, leftTo } = await browser.follow(await browser.request(`/authorize?${params}`));
  return leftTo ? { pkce, state, nonce, callback: leftTo } : { pkce, state, nonce, page: response };
}

function interactionPath(page: Response | undefined): string {
  const path = page ? new URL(page.url).pathname : '';
  if (!/^\/interaction\/[^/]+$/.test(path)) throw new Error(`not on the login page: ${path}`);
  return path;
}

async function submitLogin(
  browser: TestBrowser,
  flow: StartedFlow,
  form: Record<string, string>,
): Promise<StartedFlow> {
  const response = await browser.postForm(`${interactionPath(flow.page)}/login`, form);
  const { response: last, leftTo } = await browser.follow(response);
  return leftTo ? { ...flow, page: undefined, callback: leftTo } : { ...flow, page: last };
}

interface TokenResponse {
  access_token: string;
  id_token: string;
  token_type: string;
  expires_in: number;
  scope?: string;
  refresh_token?: string;
}

async function redeem(browser: TestBrowser, flow: StartedFlow, origin = APP): Promise<TokenResponse> {
  const code = flow.callback?.searchParams.get('code');
  if (!code) throw new Error(`no code in ${flow.callback?.search}`);
  const response = await browser.postForm(
    '/token',
    {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: CLIENT_ID,
      code_verifier: flow.pkce.verifier,
    },
    { Origin: origin },
  );
  expect(response.status).toBe(200);
  return (await response.json()) as TokenResponse;
}

async function logIn(
  browser: TestBrowser,
  options: { acr?: string; person?: string; acrValues?: string } = {},
): Promise<{ flow: StartedFlow; tokens: TokenResponse }> {
  const started = await authorize(browser, options.acrValues ? { acrValues: options.acrValues } : {});
  const flow = await submitLogin(browser, started, {
    acr: options.acr ?? 'idporten-loa-substantial',
    person: options.person ?? PERSONS[0]!.pid,
    lang: 'nb',
  });
  return { flow, tokens: await redeem(browser, flow) };
}

/** Runs RP-initiated logout the way the browser does: the logout page, then its self-submitting form. */
async function logOut(browser: TestBrowser, idToken: string): Promise<void> {
  const page = await browser.request(`/logout?${new URLSearchParams({ id_token_hint: idToken })}`);
  const html = await page.text();
  const action = /<form id="logout-form" method="post" action="([^"]+)">/.exec(html)?.[1] ?? '';
  const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  await browser.follow(await browser.postForm(new URL(action, base), { xsrf, logout: 'yes' }));
}

async function verify(token: string): Promise<Record<string, unknown>> {
  const { payload } = await jwtVerify(token, createLocalJWKSet(idporten.publicJwks()), { issuer: base });
  return payload;
}

describe('discovery and keys', () => {
  it('publishes ID-porten-shaped metadata with the actual issuer', async () => {
    const response = await fetch(`${base}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const meta = (await response.json()) as Record<string, unknown>;
    expect(meta).toMatchObject({
      issuer: base,
      authorization_endpoint: `${base}/authorize`,
      token_endpoint: `${base}/token`,
      jwks_uri: `${base}/jwks.json`,
      end_session_endpoint: `${base}/logout`,
      revocation_endpoint: `${base}/revoke`,
      code_challenge_methods_supported: ['S256'],
      acr_values_supported: ['idporten-loa-substantial', 'idporten-loa-high'],
      response_types_supported: ['code'],
      authorization_response_iss_parameter_supported: true,
    });
    expect(meta.claims_supported).toEqual(
      expect.arrayContaining(['sub', 'pid', 'acr', 'amr', 'sid', 'auth_time']),
    );
  });

  it('serves exactly the public keys that publicJwks() gives the platform', async () => {
    const jwks = (await (await fetch(`${base}/jwks.json`)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({
      kty: 'RSA',
      alg: 'RS256',
      use: 'sig',
      kid: idporten.publicJwks().keys[0]?.kid,
    });
    expect(jwks.keys[0]).not.toHaveProperty('d');
    expect(idporten.publicJwks().keys[0]).not.toHaveProperty('d');
  });
});

describe('authorization request rules', () => {
  it('refuses a request without PKCE', async () => {
    const flow = await authorize(new TestBrowser(base), { pkce: 'none' });
    expect(flow.callback?.searchParams.get('error')).toBe('invalid_request');
    expect(flow.callback?.searchParams.get('error_description')).toMatch(/PKCE/);
    expect(flow.callback?.searchParams.get('state')).toBe(flow.state);
  });

  it('refuses the plain PKCE method', async () => {
    const flow = await authorize(new TestBrowser(base), { pkce: 'plain' });
    expect(flow.callback?.searchParams.get('error')).toBe('invalid_request');
    expect(flow.callback?.searchParams.get('error_description')).toMatch(/code_challenge_method/);
  });

  it('requires state and nonce, as ID-porten does', async () => {
    const browser = new TestBrowser(base);
    const pkce = newPkce();
    const params = new URLSearchParams({
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: SCOPE,
      state: 'only-state',
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256',
    });
    const noNonce = await browser.request(`/authorize?${params}`);
    expect(noNonce.status).toBe(303);
    const back = new URL(noNonce.headers.get('location') ?? '');
    expect(back.origin + back.pathname).toBe(REDIRECT_URI);
    expect(back.searchParams.get('error')).toBe('invalid_request');
    expect(back.searchParams.get('error_description')).toContain('nonce');
    expect(back.searchParams.get('state')).toBe('only-state');

    params.delete('state');
    params.set('nonce', 'n');
    params.set('redirect_uri', 'http://evil.test/cb');
    const noStateBadRedirect = await browser.request(`/authorize?${params}`);
    expect(noStateBadRedirect.status).toBe(400);
    expect(await noStateBadRedirect.text()).toContain('state');
  });

  it('refuses an unregistered redirect_uri with an error page instead of a redirect', async () => {
    const flow = await authorize(new TestBrowser(base), {
      redirectUri: 'http://127.0.0.1:9999/auth/callback',
    });
    expect(flow.callback).toBeUndefined();
    expect(flow.page?.status).toBe(400);
    const html = (await flow.page?.text()) ?? '';
    expect(html).toContain('redirect_uri');
    expect(html).toContain('<h1>');
  });
});

describe('login page', () => {
  it('is Norwegian by default, with the fixed accessible names, escaped names and no inline script', async () => {
    const flow = await authorize(new TestBrowser(base));
    expect(flow.page?.status).toBe(200);
    expect(flow.page?.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const html = (await flow.page?.text()) ?? '';
    expect(html).toContain('<html lang="nb">');
    expect(html).toMatch(/<h1>Logg inn med TestID<\/h1>/);
    expect(html).toContain('<legend>Sikkerhetsnivå</legend>');
    expect(html).toMatch(
      /checked><label for="acr-substantial">Betydelig \(idporten-loa-substantial\)<\/label>/,
    );
    expect(html).toContain('<label for="acr-high">Høyt (idporten-loa-high)</label>');
    expect(html).toContain('<label for="pid">Fødselsnummer</label>');
    expect(html).toContain('>Logg inn med fødselsnummer</button>');
    expect(html).toContain('>Logg inn som Sofie Salt</button>');
    expect(html).toContain('Logg inn som &lt;img src=x onerror=alert(1)&gt; &quot;Hostile&quot; &amp; Co');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });

  it('is English with ui_locales=en and preselects high when acr_values asks for it', async () => {
    const flow = await authorize(new TestBrowser(base), { uiLocales: 'en', acrValues: 'idporten-loa-high' });
    const html = (await flow.page?.text()) ?? '';
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<legend>Security level</legend>');
    expect(html).toMatch(/checked><label for="acr-high">High \(idporten-loa-high\)<\/label>/);
    expect(html).toContain('>Log in as Sofie Salt</button>');
    expect(html).toContain('<label for="pid">National identity number</label>');
    expect(html).toMatch(/<a href="\/interaction\/[^"?]+\?lang=nb" lang="nb"/);
  });

  it('answers a malformed national identity number with a 400 page, and keeps serving', async () => {
    const browser = new TestBrowser(base);
    const flow = await authorize(browser);
    const response = await browser.postForm(`${interactionPath(flow.page)}/login`, {
      acr: 'idporten-loa-substantial',
      pid: '12345',
      lang: 'nb',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('Fødselsnummeret må være nøyaktig 11 siffer.');
    expect(html).toContain('aria-invalid="true"');

    expect((await fetch(`${base}/.well-known/openid-configuration`)).status).toBe(200);
    const retried = await submitLogin(browser, flow, { acr: 'idporten-loa-substantial', pid: '31129912345' });
    const tokens = await redeem(browser, retried);
    expect((await verify(tokens.id_token)).pid).toBe('31129912345');
  });

  it('records the page language as the ID token locale', async () => {
    const browser = new TestBrowser(base);
    const started = await authorize(browser, { uiLocales: 'en' });
    const flow = await submitLogin(browser, started, {
      acr: 'idporten-loa-substantial',
      person: PERSONS[0]!.pid,
      lang: 'en',
    });
    const tokens = await redeem(browser, flow);
    expect((await verify(tokens.id_token)).locale).toBe('en');
  });

  it('answers an unknown interaction and an oversized form with error pages', async () => {
    const browser = new TestBrowser(base);
    const unknown = await browser.request('/interaction/doesnotexist');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('session_not_found');

    const flow = await authorize(browser);
    const huge = await browser.postForm(`${interactionPath(flow.page)}/login`, { pid: '1'.repeat(20_000) });
    expect(huge.status).toBe(413);
    expect((await browser.request(interactionPath(flow.page))).status).toBe(200);
  });

  it('refuses a person who is not in the dataset', async () => {
    const browser = new TestBrowser(base);
    const flow = await authorize(browser);
    const response = await browser.postForm(`${interactionPath(flow.page)}/login`, {
      acr: 'idporten-loa-substantial',
      person: '99999999999',
    });
    expect(response.status).toBe(400);
  });
});

describe('code flow and tokens', () => {
  it('issues ID-porten-shaped access and ID tokens', async () => {
    const browser = new TestBrowser(base);
    const { flow, tokens } = await logIn(browser);
    expect(flow.callback?.searchParams.get('state')).toBe(flow.state);
    expect(flow.callback?.searchParams.get('iss')).toBe(base);
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.expires_in).toBe(120);
    expect(tokens.refresh_token).toBeUndefined();
    expect(tokens.scope?.split(' ').sort()).toEqual(SCOPE.split(' ').sort());

    expect(decodeJwtPart(tokens.access_token, 0)).toMatchObject({
      alg: 'RS256',
      kid: idporten.publicJwks().keys[0]?.kid,
    });
    const at = await verify(tokens.access_token);
    expect(at).toMatchObject({
      pid: PERSONS[0]!.pid,
      acr: 'idporten-loa-substantial',
      amr: ['TestID'],
      client_id: CLIENT_ID,
      client_amr: 'none',
      token_type: 'Bearer',
      aud: 'unspecified',
      iss: base,
    });
    expect(String(at.scope).split(' ').sort()).toEqual(SCOPE.split(' ').sort());
    expect(Number(at.exp) - Number(at.iat)).toBe(120);
    expect(typeof at.jti).toBe('string');
    expect(typeof at.sub).toBe('string');
    expect(at.sub).not.toBe(PERSONS[0]!.pid);

    const id = await verify(tokens.id_token);
    expect(id).toMatchObject({
      pid: PERSONS[0]!.pid,
      acr: 'idporten-loa-substantial',
      amr: ['TestID'],
      nonce: flow.nonce,
      aud: CLIENT_ID,
      sub: at.sub,
      locale: 'nb',
    });
    expect(typeof id.sid).toBe('string');
    expect(typeof id.auth_time).toBe('number');
  });

  it('gives the same pseudonymous sub for the same person in a new browser', async () => {
    const first = await logIn(new TestBrowser(base));
    const second = await logIn(new TestBrowser(base));
    const other = await logIn(new TestBrowser(base), { person: PERSONS[1]!.pid });
    const sub = (await verify(first.tokens.id_token)).sub;
    expect((await verify(second.tokens.id_token)).sub).toBe(sub);
    expect((await verify(other.tokens.id_token)).sub).not.toBe(sub);
  });

  it('reads the access token lifetime from settings for every new token', async () => {
    settings.idportenAccessTokenTtl = 30;
    const { tokens } = await logIn(new TestBrowser(base));
    const at = await verify(tokens.access_token);
    expect(tokens.expires_in).toBe(30);
    expect(Number(at.exp) - Number(at.iat)).toBe(30);
  });

  it('gives refresh tokens only when switched on', async () => {
    settings.idportenRefreshTokens = true;
    const browser = new TestBrowser(base);
    const { tokens } = await logIn(browser, { acr: 'idporten-loa-high' });
    expect(typeof tokens.refresh_token).toBe('string');
    const refreshed = await browser.postForm(
      '/token',
      { grant_type: 'refresh_token', refresh_token: tokens.refresh_token ?? '', client_id: CLIENT_ID },
      { Origin: APP },
    );
    expect(refreshed.status).toBe(200);
    const body = (await refreshed.json()) as TokenResponse;
    expect(await verify(body.access_token)).toMatchObject({ acr: 'idporten-loa-high', pid: PERSONS[0]!.pid });
  });
});

describe('CORS on the token endpoint', () => {
  it('answers preflights from app origins and refuses others', async () => {
    const preflight = (origin: string): Promise<Response> =>
      fetch(`${base}/token`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      });
    const allowed = await preflight(OTHER_APP);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(OTHER_APP);
    const refused = await preflight('http://evil.test');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the token POST from an app origin only', async () => {
    const browser = new TestBrowser(base);
    const started = await authorize(browser);
    const flow = await submitLogin(browser, started, {
      acr: 'idporten-loa-substantial',
      person: PERSONS[0]!.pid,
    });
    const form = {
      grant_type: 'authorization_code',
      code: flow.callback?.searchParams.get('code') ?? '',
      redirect_uri: REDIRECT_URI,
      client_id: CLIENT_ID,
      code_verifier: flow.pkce.verifier,
    };
    const foreign = await browser.postForm('/token', form, { Origin: 'http://evil.test' });
    expect(foreign.status).toBe(400);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await foreign.json()) as { error: string }).error).toBe('invalid_request');

    const allowed = await browser.postForm('/token', form, { Origin: APP });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP);
  });
});

describe('revocation', () => {
  it('accepts the JWT access token and revokes the grant behind it', async () => {
    settings.idportenRefreshTokens = true;
    const browser = new TestBrowser(base);
    const { tokens } = await logIn(browser);
    const revoked = await browser.postForm(
      '/revoke',
      { token: tokens.access_token, token_type_hint: 'access_token', client_id: CLIENT_ID },
      { Origin: APP },
    );
    expect(revoked.status).toBe(200);
    expect(revoked.headers.get('access-control-allow-origin')).toBe(APP);
    const refresh = await browser.postForm(
      '/token',
      { grant_type: 'refresh_token', refresh_token: tokens.refresh_token ?? '', client_id: CLIENT_ID },
      { Origin: APP },
    );
    expect(refresh.status).toBe(400);
    expect(((await refresh.json()) as { error: string }).error).toBe('invalid_grant');
  });

  it('accepts a refresh token', async () => {
    settings.idportenRefreshTokens = true;
    const browser = new TestBrowser(base);
    const { tokens } = await logIn(browser);
    const revoked = await browser.postForm('/revoke', {
      token: tokens.refresh_token ?? '',
      client_id: CLIENT_ID,
    });
    expect(revoked.status).toBe(200);
    const refresh = await browser.postForm('/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
      client_id: CLIENT_ID,
    });
    expect(refresh.status).toBe(400);
  });
});

describe('single sign-on, step-up and logout', () => {
  it('re-authenticates silently with prompt=none while the session lives', async () => {
    const browser = new TestBrowser(base);
    const first = await logIn(browser);
    const silent = await authorize(browser, { prompt: 'none' });
    expect(silent.page).toBeUndefined();
    const tokens = await redeem(browser, silent);
    const id = await verify(tokens.id_token);
    expect(id.nonce).toBe(silent.nonce);
    expect(id.sid).toBe((await verify(first.tokens.id_token)).sid);
  });

  it('answers login_required to prompt=none without a session', async () => {
    const silent = await authorize(new TestBrowser(base), { prompt: 'none' });
    expect(silent.callback?.searchParams.get('error')).toBe('login_required');
  });

  it('forces a new login when high is asked of a substantial session', async () => {
    const browser = new TestBrowser(base);
    await logIn(browser);
    const silent = await authorize(browser, { prompt: 'none', acrValues: 'idporten-loa-high' });
    expect(silent.callback?.searchParams.get('error')).toBe('login_required');

    const stepUp = await authorize(browser, { acrValues: 'idporten-loa-high' });
    expect(stepUp.page?.status).toBe(200);
    expect(await stepUp.page?.text()).toMatch(/checked><label for="acr-high">/);
    const done = await submitLogin(browser, stepUp, { acr: 'idporten-loa-high', person: PERSONS[0]!.pid });
    const tokens = await redeem(browser, done);
    expect((await verify(tokens.id_token)).acr).toBe('idporten-loa-high');
    expect((await verify(tokens.access_token)).acr).toBe('idporten-loa-high');

    // A high session satisfies a substantial request without a new login.
    const lower = await authorize(browser, { prompt: 'none', acrValues: 'idporten-loa-substantial' });
    expect(lower.callback?.searchParams.get('code')).toBeTruthy();
  });

  it('ends the session at the registered post_logout_redirect_uri', async () => {
    const browser = new TestBrowser(base);
    const { tokens } = await logIn(browser);
    const logoutState = randomValue();
    const params = new URLSearchParams({
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: `${APP}/signed-out`,
      state: logoutState,
    });
    const page = await browser.request(`/logout?${params}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<script defer src="/assets/idporten-logout.js"></script>');
    const action = /<form id="logout-form" method="post" action="([^"]+)">/.exec(html)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    expect(action && xsrf).toBeTruthy();
    const script = await browser.request('/assets/idporten-logout.js');
    expect(await script.text()).toContain('logout-form');

    const confirmed = await browser.postForm(new URL(action ?? '', base), {
      xsrf: xsrf ?? '',
      logout: 'yes',
    });
    const { leftTo } = await browser.follow(confirmed);
    expect(leftTo?.origin + (leftTo?.pathname ?? '')).toBe(`${APP}/signed-out`);
    expect(leftTo?.searchParams.get('state')).toBe(logoutState);

    const silent = await authorize(browser, { prompt: 'none' });
    expect(silent.callback?.searchParams.get('error')).toBe('login_required');
  });

  it('takes RP-initiated logout as a form POST, keeping id_token_hint out of the URL', async () => {
    const browser = new TestBrowser(base);
    const { tokens } = await logIn(browser);
    const logoutState = randomValue();
    const page = await browser.postForm('/logout', {
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: `${APP}/signed-out`,
      state: logoutState,
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    const action = /<form id="logout-form" method="post" action="([^"]+)">/.exec(html)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    expect(action && xsrf).toBeTruthy();
    const confirmed = await browser.postForm(new URL(action ?? '', base), {
      xsrf: xsrf ?? '',
      logout: 'yes',
    });
    const { leftTo } = await browser.follow(confirmed);
    expect(leftTo?.origin + (leftTo?.pathname ?? '')).toBe(`${APP}/signed-out`);
    expect(leftTo?.searchParams.get('state')).toBe(logoutState);
    expect((await authorize(browser, { prompt: 'none' })).callback?.searchParams.get('error')).toBe(
      'login_required',
    );
  });

  it('keeps a refresh token with an altinn: scope valid after logout, as ID-porten does', async () => {
    settings.idportenRefreshTokens = true;
    const browser = new TestBrowser(base);
    const { tokens } = await logIn(browser);
    await logOut(browser, tokens.id_token);
    expect((await authorize(browser, { prompt: 'none' })).callback?.searchParams.get('error')).toBe(
      'login_required',
    );
    const refreshed = await browser.postForm('/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
      client_id: CLIENT_ID,
    });
    expect(refreshed.status).toBe(200);
  });

  it('ends openid/profile-only tokens with the session', async () => {
    settings.idportenRefreshTokens = true;
    const browser = new TestBrowser(base);
    const started = await authorize(browser, { scope: 'openid profile' });
    const flow = await submitLogin(browser, started, {
      acr: 'idporten-loa-substantial',
      person: PERSONS[0]!.pid,
    });
    const tokens = await redeem(browser, flow);
    await logOut(browser, tokens.id_token);
    const refreshed = await browser.postForm('/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
      client_id: CLIENT_ID,
    });
    expect(refreshed.status).toBe(400);
  });

  it('refuses an unregistered post_logout_redirect_uri', async () => {
    const browser = new TestBrowser(base);
    const { tokens } = await logIn(browser);
    const params = new URLSearchParams({
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: 'http://evil.test/',
    });
    const response = await browser.request(`/logout?${params}`);
    expect(response.status).toBe(400);
  });

  it('expires the session after settings.idportenSessionTtl', async () => {
    settings.idportenSessionTtl = 1;
    const browser = new TestBrowser(base);
    await logIn(browser);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const silent = await authorize(browser, { prompt: 'none' });
    expect(silent.callback?.searchParams.get('error')).toBe('login_required');
  });

  it('forgets sessions on reset()', async () => {
    const browser = new TestBrowser(base);
    await logIn(browser);
    await idporten.reset();
    const silent = await authorize(browser, { prompt: 'none' });
    expect(silent.callback?.searchParams.get('error')).toBe('login_required');
  });
});

describe('mint()', () => {
  it('mints tokens that verify against publicJwks() and carry the request', async () => {
    const minted = await idporten.mint({ pid: '31129912345', acr: 'idporten-loa-high', expiresIn: 45 });
    expect(minted.expires_in).toBe(45);
    const at = await verify(minted.access_token);
    expect(at).toMatchObject({
      pid: '31129912345',
      acr: 'idporten-loa-high',
      amr: ['TestID'],
      client_id: CLIENT_ID,
      client_amr: 'none',
      token_type: 'Bearer',
      aud: 'unspecified',
      scope: SCOPE,
    });
    expect(Number(at.exp) - Number(at.iat)).toBe(45);
    const id = await verify(minted.id_token);
    expect(id).toMatchObject({ pid: '31129912345', acr: 'idporten-loa-high', aud: CLIENT_ID, sub: at.sub });
  });

  it('defaults to substantial, the settings lifetime, and takes any scope as given', async () => {
    settings.idportenAccessTokenTtl = 77;
    const minted = await idporten.mint({ pid: '01017012345', scope: 'openid profile' });
    const at = await verify(minted.access_token);
    expect(at).toMatchObject({ acr: 'idporten-loa-substantial', scope: 'openid profile' });
    expect(minted.expires_in).toBe(77);
  });

  it('refuses a malformed pid', async () => {
    await expect(idporten.mint({ pid: '123' })).rejects.toThrow(/11 digits/);
  });
});
