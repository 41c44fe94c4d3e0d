import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { clearAltinnToken, registerRenewer, setAltinnToken } from '../auth/altinnToken';
import { configureApiClient, readJson, requestWithSession, requestWithToken } from './client';
import { ApiError } from './errors';
import { stepAfterRenewal, stepAfterUnauthorized } from './unauthorizedPolicy';

type FetchArgs = [string, RequestInit];

function respond(status: number, body = ''): Response {
  return new Response(status === 204 ? null : body, { status });
}

describe('the 401 decision', () => {
  it('renews and retries once, then gives up to a new sign-in', () => {
    expect(stepAfterUnauthorized(false)).toBe('renew-then-retry');
    expect(stepAfterUnauthorized(true)).toBe('reauthenticate');
    expect(stepAfterRenewal(true)).toBe('retry');
    expect(stepAfterRenewal(false)).toBe('reauthenticate');
  });
});

describe('requestWithSession', () => {
  const fetchMock = vi.fn<(...args: FetchArgs) => Promise<Response>>();
  const renew = vi.fn<() => Promise<boolean>>();
  const reauthenticate = vi.fn<() => Promise<never>>();

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    configureApiClient({ basePath: '/platform' });
    setAltinnToken('old-token');
    reauthenticate.mockImplementation(() => Promise.reject(new Error('navigating to sign-in')));
    registerRenewer({ renew, reauthenticate });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    fetchMock.mockReset();
    renew.mockReset();
    reauthenticate.mockReset();
    registerRenewer(null);
    clearAltinnToken();
  });

  function authHeaders(): (string | null)[] {
    return fetchMock.mock.calls.map(([, init]) => new Headers(init.headers).get('Authorization'));
  }

  it('sends the Altinn token as bearer under the base path', async () => {
    fetchMock.mockResolvedValueOnce(respond(200, '[]'));
    await requestWithSession('/authorization/api/v1/parties?userId=1337');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/platform/authorization/api/v1/parties?userId=1337');
    expect(authHeaders()).toEqual(['Bearer old-token']);
  });

  it('on 401 refreshes once and retries with the new token', async () => {
    fetchMock.mockResolvedValueOnce(respond(401)).mockResolvedValueOnce(respond(200, '[]'));
    renew.mockImplementation(async () => {
      setAltinnToken('new-token');
      return true;
    });
    const response = await requestWithSession('/x');
    expect(response.status).toBe(200);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(authHeaders()).toEqual(['Bearer old-token', 'Bearer new-token']);
    expect(reauthenticate).not.toHaveBeenCalled();
  });

  it('signs in again when the refresh is refused, without retrying', async () => {
    fetchMock.mockResolvedValueOnce(respond(401));
    renew.mockResolvedValue(false);
    await expect(requestWithSession('/x')).rejects.toThrow('navigating to sign-in');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(reauthenticate).toHaveBeenCalledTimes(1);
  });

  it('signs in again when the retry is also 401', async () => {
    fetchMock.mockResolvedValue(respond(401));
    renew.mockResolvedValue(true);
    await expect(requestWithSession('/x')).rejects.toThrow('navigating to sign-in');
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(reauthenticate).toHaveBeenCalledTimes(1);
  });

  it('shares one refresh between parallel 401s', async () => {
    let calls = 0;
    fetchMock.mockImplementation(async () => (calls++ < 3 ? respond(401) : respond(200, '{}')));
    let release: (value: boolean) => void = () => {};
    renew.mockImplementation(() => new Promise<boolean>((resolve) => (release = resolve)));
    const all = Promise.all([requestWithSession('/a'), requestWithSession('/b'), requestWithSession('/c')]);
    await vi.waitFor(() => expect(renew).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(3));
    release(true);
    const responses = await all;
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('throws a typed ApiError with no body text for other failures', async () => {
    fetchMock.mockResolvedValueOnce(respond(500, 'System.Exception: secret details eyJhbGciOi'));
    const error = await requestWithSession('/storage/api/v1/instances?instanceOwner.partyId=1').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 500, endpoint: '/storage/api/v1/instances' });
    expect(String((error as Error).message)).not.toMatch(/secret|eyJ|partyId/);
  });

  it('turns a network failure into ApiError kind network', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(requestWithSession('/x')).rejects.toMatchObject({ kind: 'network', status: 0 });
  });
});

describe('deadlines and Retry-After', () => {
  const fetchMock = vi.fn<(...args: FetchArgs) => Promise<Response>>();

  /** A server that never answers: the fetch settles only when its signal aborts. */
  function hang(_url: string, init: RequestInit): Promise<Response> {
    return new Promise((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error));
    });
  }

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    setAltinnToken('token');
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    fetchMock.mockReset();
    clearAltinnToken();
    configureApiClient({ basePath: '/platform' });
  });

  it('abandons a request that hangs past the configured deadline as a timeout', async () => {
    configureApiClient({ basePath: '/platform', requestTimeoutMs: 30 });
    fetchMock.mockImplementation(hang);
    await expect(requestWithSession('/storage/api/v1/instances?x=1')).rejects.toMatchObject({
      kind: 'timeout',
      status: 0,
      endpoint: '/storage/api/v1/instances',
    });
  });

  it("keeps the caller's own abort an AbortError (React Query cancelling), not a timeout", async () => {
    configureApiClient({ basePath: '/platform', requestTimeoutMs: 10_000 });
    fetchMock.mockImplementation(hang);
    const controller = new AbortController();
    const pending = requestWithSession('/x', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it("gives a streaming download no overall deadline, only the caller's signal", async () => {
    configureApiClient({ basePath: '/platform', requestTimeoutMs: 1 });
    fetchMock.mockResolvedValueOnce(respond(200, 'bytes'));
    const controller = new AbortController();
    await requestWithSession('/data', { signal: controller.signal, streaming: true });
    expect(fetchMock.mock.calls[0]?.[1].signal).toBe(controller.signal);
  });

  it('carries Retry-After of a 429 or 503 on the error, in ms; other statuses ignore it', async () => {
    fetchMock
      .mockResolvedValueOnce(new Response(null, { status: 429, headers: { 'Retry-After': '2' } }))
      .mockResolvedValueOnce(new Response(null, { status: 503, headers: { 'Retry-After': 'never' } }))
      .mockResolvedValueOnce(new Response(null, { status: 500, headers: { 'Retry-After': '9' } }));
    await expect(requestWithSession('/a')).rejects.toMatchObject({ status: 429, retryAfterMs: 2_000 });
    await expect(requestWithSession('/b')).rejects.toMatchObject({ status: 503, retryAfterMs: null });
    await expect(requestWithSession('/c')).rejects.toMatchObject({ status: 500, retryAfterMs: null });
  });

  it('reports a body cut short as invalid-response, never as a crash', async () => {
    fetchMock.mockResolvedValueOnce(respond(200, '{"instances":[{"id":'));
    const response = await requestWithSession('/list');
    await expect(readJson(response, '/list', (d) => d)).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});

describe('requestWithToken', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('does not try to renew on 401', async () => {
    const fetchMock = vi.fn(async () => respond(401));
    vi.stubGlobal('fetch', fetchMock);
    const renew = vi.fn(async () => true);
    registerRenewer({ renew, reauthenticate: () => Promise.reject(new Error('no')) });
    await expect(requestWithToken('/authentication/api/v1/refresh', 't')).rejects.toMatchObject({
      status: 401,
    });
    expect(renew).not.toHaveBeenCalled();
    registerRenewer(null);
  });
});
