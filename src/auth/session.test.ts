import { ErrorResponse } from 'oidc-client-ts';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { configureApiClient } from '../api/client';
import type { RuntimeConfig } from '../config/runtimeConfig';
import { getAltinnToken } from './altinnToken';
import { completeSignIn, initAuth, onSessionEnd, signOut } from './session';
import { getSessionSnapshot, setSessionSnapshot } from './sessionStore';
import { SignInError } from './signInError';

const manager = {
  signinRedirect: vi.fn(async (_args: unknown) => {}),
  signinRedirectCallback: vi.fn(),
  removeUser: vi.fn(async () => {}),
  getUser: vi.fn(),
  revokeTokens: vi.fn(async (_types: unknown) => {}),
  clearStaleState: vi.fn(async () => {}),
  endSessionEndpoint: vi.fn(async () => 'http://127.0.0.1:5102/logout'),
};

vi.mock('./userManager', () => ({ createUserManager: () => manager }));

const config: RuntimeConfig = {
  oidc: {
    authority: 'http://127.0.0.1:5102',
    clientId: 'innboks',
    scopes: 'openid profile altinn:instances.read',
    acrValues: 'idporten-loa-substantial',
  },
  platform: { basePath: '/platform' },
  appLinkPattern: 'https://{org}.apps.altinn.no/{org}/{app}/#/instance/{instanceOwnerPartyId}/{instanceGuid}',
  session: { idleMinutes: 30, absoluteMinutes: 120, idleWarningSeconds: 60 },
};

function b64(value: unknown): string {
  return btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function altinnToken(lifetime: number): string {
  const iat = 1_700_000_000;
  return `${b64({ alg: 'RS256' })}.${b64({
    'urn:altinn:userid': '1337',
    'urn:altinn:partyid': 501337,
    'urn:altinn:authlevel': 3,
    iat,
    exp: iat + lifetime,
  })}.sig`;
}

const EXCHANGED = altinnToken(120);
const REFRESHED = altinnToken(1800);

function user(profile: Record<string, unknown>, state: unknown) {
  return {
    access_token: 'idporten-access-token',
    id_token: 'idporten-id-token',
    state,
    profile: {
      sub: 'pseudonym',
      iss: 'http://127.0.0.1:5102',
      aud: 'innboks',
      acr: 'idporten-loa-substantial',
      pid: '01039012345',
      iat: 1_700_000_000,
      auth_time: 1_700_000_000 - 60,
      ...profile,
    },
  };
}

const fetchMock = vi.fn(async (url: string, _init?: RequestInit) => {
  if (url.endsWith('/exchange/id-porten')) return new Response(EXCHANGED);
  if (url.endsWith('/refresh')) return new Response(`"${REFRESHED}"`);
  return new Response('', { status: 404 });
});

describe('session', () => {
  beforeAll(() => {
    initAuth(config);
    configureApiClient({ basePath: '/platform' });
  });

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    setSessionSnapshot({ status: 'anonymous' });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.clearAllMocks();
    window.sessionStorage.clear();
  });

  it('exchanges, then refreshes at once, and returns to the validated path', async () => {
    manager.signinRedirectCallback.mockResolvedValue(
      user({}, { returnTo: '/instances/1?x=1', requiredAcr: 'idporten-loa-substantial', silent: false }),
    );
    await expect(completeSignIn('http://127.0.0.1:5173/auth/callback?code=c&state=s')).resolves.toBe(
      '/instances/1?x=1',
    );
    const calls = fetchMock.mock.calls.map(([url, init]) => [
      url,
      new Headers(init?.headers).get('Authorization'),
    ]);
    expect(calls).toEqual([
      ['/platform/authentication/api/v1/exchange/id-porten', 'Bearer idporten-access-token'],
      ['/platform/authentication/api/v1/refresh', `Bearer ${EXCHANGED}`],
    ]);
    expect(getAltinnToken()).toBe(REFRESHED);
    const snapshot = getSessionSnapshot();
    expect(snapshot.status).toBe('active');
    if (snapshot.status === 'active') {
      expect(snapshot.identity).toMatchObject({
        userId: 1337,
        partyId: 501337,
        authLevel: 3,
        pid: '01039012345',
      });
      // auth_time was 60 s before iat, so the absolute limit counts from a minute ago.
      expect(Date.now() - snapshot.startedAt).toBeGreaterThanOrEqual(59_000);
    }
  });

  it('never returns to another origin', async () => {
    manager.signinRedirectCallback.mockResolvedValue(user({}, { returnTo: '//evil.example/x' }));
    await expect(completeSignIn('http://127.0.0.1:5173/auth/callback?code=c')).resolves.toBe('/');
  });

  it('refuses a lower level than was asked for, before calling the platform', async () => {
    manager.signinRedirectCallback.mockResolvedValue(
      user({ acr: 'idporten-loa-substantial' }, { returnTo: '/a', requiredAcr: 'idporten-loa-high' }),
    );
    const error = await completeSignIn('http://127.0.0.1:5173/auth/callback?code=c').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect(error).toMatchObject({ code: 'acrTooLow', retry: { returnTo: '/a', acr: 'idporten-loa-high' } });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(manager.removeUser).toHaveBeenCalled();
  });

  it('refuses an ID token from another issuer', async () => {
    manager.signinRedirectCallback.mockResolvedValue(user({ iss: 'https://evil.example' }, {}));
    await expect(completeSignIn('http://x/auth/callback?code=c')).rejects.toMatchObject({ code: 'failed' });
  });

  it('reports a person Altinn does not know (exchange 401)', async () => {
    manager.signinRedirectCallback.mockResolvedValue(user({}, {}));
    fetchMock.mockImplementationOnce(async () => new Response('', { status: 401 }));
    await expect(completeSignIn('http://x/auth/callback?code=c')).rejects.toMatchObject({
      code: 'notRegistered',
    });
  });

  it('reports a refused refresh right after the exchange as a failed sign-in, not an unknown person', async () => {
    manager.signinRedirectCallback.mockResolvedValue(user({}, {}));
    // The exchange accepts her, the refresh that follows at once is refused.
    fetchMock
      .mockImplementationOnce(async () => new Response(EXCHANGED))
      .mockImplementationOnce(async () => new Response('', { status: 401 }));
    await expect(completeSignIn('http://x/auth/callback?code=c')).rejects.toMatchObject({ code: 'failed' });
  });

  it('turns a failed silent sign-in into an interactive one with the same state', async () => {
    manager.signinRedirectCallback.mockRejectedValue(
      new ErrorResponse({
        error: 'login_required',
        userState: { returnTo: '/deep?x=1#y', requiredAcr: 'idporten-loa-high', silent: true },
      }),
    );
    void completeSignIn('http://x/auth/callback?error=login_required&state=s');
    await vi.waitFor(() => expect(manager.signinRedirect).toHaveBeenCalledTimes(1));
    expect(manager.signinRedirect.mock.calls[0]?.[0]).toMatchObject({
      state: { returnTo: '/deep?x=1#y', requiredAcr: 'idporten-loa-high', silent: false },
      acr_values: 'idporten-loa-high',
      prompt: undefined,
    });
  });

  it('signs out: revoke, clear, then POST end-session without the token in any URL', async () => {
    manager.signinRedirectCallback.mockResolvedValue(user({}, {}));
    await completeSignIn('http://x/auth/callback?code=c');
    manager.getUser.mockResolvedValue({ id_token: 'idporten-id-token' });
    const submit = vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(() => {});
    const ended = vi.fn();
    const unsubscribe = onSessionEnd(ended);
    window.sessionStorage.setItem('innboks.draft.search', 'typed');

    await signOut('idle');

    expect(manager.revokeTokens).toHaveBeenCalledWith(['access_token', 'refresh_token']);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(getAltinnToken()).toBeNull();
    expect(manager.removeUser).toHaveBeenCalled();
    expect(window.sessionStorage.getItem('innboks.draft.search')).toBeNull();
    expect(getSessionSnapshot().status).toBe('ending');
    const form = submit.mock.contexts[0] as HTMLFormElement;
    expect(form.method).toBe('post');
    expect(form.action).toBe('http://127.0.0.1:5102/logout');
    expect(Object.fromEntries(new FormData(form))).toMatchObject({
      id_token_hint: 'idporten-id-token',
      post_logout_redirect_uri: `${window.location.origin}/signed-out`,
      state: 'idle',
    });
    unsubscribe();
    submit.mockRestore();
  });
});
