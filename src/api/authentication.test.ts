import { afterEach, describe, expect, it, vi } from 'vitest';

import { configureApiClient } from './client';
import { exchangeIdPortenToken, parseBareToken } from './authentication';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';

describe('parseBareToken', () => {
  it('accepts a plain-text token', () => {
    expect(parseBareToken(TOKEN)).toBe(TOKEN);
    expect(parseBareToken(` ${TOKEN}\n`)).toBe(TOKEN);
  });

  it('strips the quotes of a JSON string literal', () => {
    expect(parseBareToken(`"${TOKEN}"`)).toBe(TOKEN);
  });

  it.each(['', '""', 'Unauthorized', '{"token":"x"}', 'a.b', '<html></html>'])('rejects %j', (body) => {
    expect(parseBareToken(body)).toBeNull();
  });
});

describe('exchangeIdPortenToken', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the ID-porten token as bearer and returns the Altinn token', async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => new Response(`"${TOKEN}"`));
    vi.stubGlobal('fetch', fetchMock);
    configureApiClient({ basePath: '/platform' });
    await expect(exchangeIdPortenToken('idporten-at')).resolves.toBe(TOKEN);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/platform/authentication/api/v1/exchange/id-porten');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer idporten-at');
  });

  it('fails with the status when the platform refuses', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 403 }));
    await expect(exchangeIdPortenToken('idporten-at')).rejects.toMatchObject({ kind: 'http', status: 403 });
  });

  it('fails when the body is not a token', async () => {
    vi.stubGlobal('fetch', async () => new Response('Welcome'));
    await expect(exchangeIdPortenToken('idporten-at')).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});
