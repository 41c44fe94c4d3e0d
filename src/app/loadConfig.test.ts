import { afterEach, describe, expect, it, vi } from 'vitest';

import { loadConfig } from './loadConfig';

const valid = {
  oidc: {
    authority: 'http://127.0.0.1:5102',
    clientId: 'innboks',
    scopes: 'openid altinn:instances.read',
    acrValues: 'idporten-loa-substantial',
  },
  platform: { basePath: '/platform' },
  appLinkPattern: 'https://{org}.apps.altinn.no/{org}/{app}/#/instance/{instanceOwnerPartyId}/{instanceGuid}',
  session: { idleMinutes: 30, absoluteMinutes: 120, idleWarningSeconds: 60 },
};

function serve(response: Response | Error) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      if (response instanceof Error) throw response;
      return response;
    }),
  );
}

describe('loadConfig', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('accepts a valid file', async () => {
    serve(Response.json(valid));
    await expect(loadConfig()).resolves.toEqual({ ok: true, config: valid });
  });

  it('reports a 404', async () => {
    serve(new Response('nope', { status: 404 }));
    await expect(loadConfig()).resolves.toEqual({ ok: false, failure: { kind: 'http', status: 404 } });
  });

  it('treats an SPA fallback (index.html) as missing', async () => {
    serve(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }));
    await expect(loadConfig()).resolves.toEqual({ ok: false, failure: { kind: 'http', status: 404 } });
  });

  it('reports broken JSON', async () => {
    serve(new Response('{oops', { headers: { 'content-type': 'application/json' } }));
    await expect(loadConfig()).resolves.toEqual({ ok: false, failure: { kind: 'not-json' } });
  });

  it('reports a network failure', async () => {
    serve(new TypeError('Failed to fetch'));
    await expect(loadConfig()).resolves.toEqual({ ok: false, failure: { kind: 'network' } });
  });

  it('names invalid fields', async () => {
    serve(Response.json({ ...valid, platform: {} }));
    await expect(loadConfig()).resolves.toEqual({
      ok: false,
      failure: { kind: 'invalid', problems: [{ field: 'platform.basePath', kind: 'missing' }] },
    });
  });
});
