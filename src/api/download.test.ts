import { afterEach, describe, expect, it, vi } from 'vitest';

import { clearAltinnToken, registerRenewer, setAltinnToken } from '../auth/altinnToken';
import { currentAltinnToken, platformBasePath, renewedAltinnToken } from './download';

const CONFIG = {
  oidc: {
    authority: 'http://127.0.0.1:5102',
    clientId: 'innboks',
    scopes: 'openid altinn:instances.read',
    acrValues: 'idporten-loa-substantial',
  },
  platform: { basePath: '/platform' },
  appLinkPattern: 'http://local.altinn.cloud/{org}/{app}/#/instance/{instanceOwnerPartyId}/{instanceGuid}',
  session: { idleMinutes: 30, absoluteMinutes: 120, idleWarningSeconds: 60 },
};

describe('download support', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    registerRenewer(null);
    clearAltinnToken();
  });

  it('reads the platform base path from config.json once', async () => {
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify(CONFIG), { headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await expect(platformBasePath()).resolves.toBe('/platform');
    await expect(platformBasePath()).resolves.toBe('/platform');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('lends the current token and a renewed one, or null when renewal is refused', async () => {
    setAltinnToken('first');
    expect(currentAltinnToken()).toBe('first');
    registerRenewer({
      renew: async () => {
        setAltinnToken('second');
        return true;
      },
      reauthenticate: () => Promise.reject(new Error('no')),
    });
    await expect(renewedAltinnToken()).resolves.toBe('second');
    registerRenewer({ renew: async () => false, reauthenticate: () => Promise.reject(new Error('no')) });
    await expect(renewedAltinnToken()).resolves.toBeNull();
  });
});
