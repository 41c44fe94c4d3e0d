import { describe, expect, it } from 'vitest';

import { buildAppLink } from './appLink';

const values = {
  appId: 'skd/skattemelding',
  partyId: 501337,
  instanceGuid: '5137079a-fe1c-47fe-8bcb-fadf27a9993f',
};

describe('app link building', () => {
  it('fills every placeholder', () => {
    expect(
      buildAppLink(
        'https://{org}.apps.altinn.no/{org}/{app}/#/instance/{instanceOwnerPartyId}/{instanceGuid}',
        values,
      ),
    ).toBe(
      'https://skd.apps.altinn.no/skd/skattemelding/#/instance/501337/5137079a-fe1c-47fe-8bcb-fadf27a9993f',
    );
  });

  it('accepts http for local hosts the config allows', () => {
    expect(
      buildAppLink(
        'http://local.altinn.cloud/{org}/{app}/#/instance/{instanceOwnerPartyId}/{instanceGuid}',
        values,
      ),
    ).toBe(
      'http://local.altinn.cloud/skd/skattemelding/#/instance/501337/5137079a-fe1c-47fe-8bcb-fadf27a9993f',
    );
  });

  it('rejects non-http schemes', () => {
    expect(
      buildAppLink('javascript:alert({instanceGuid})//{org}{app}{instanceOwnerPartyId}', values),
    ).toBeNull();
    expect(buildAppLink('data:text/html,{org}{app}{instanceOwnerPartyId}{instanceGuid}', values)).toBeNull();
    expect(
      buildAppLink('ftp://example.com/{org}/{app}/{instanceOwnerPartyId}/{instanceGuid}', values),
    ).toBeNull();
  });

  it('encodes values so none can add a query, a fragment or a host', () => {
    const pattern = 'https://{org}.apps.altinn.no/{org}/{app}/{instanceOwnerPartyId}/{instanceGuid}';
    const link = buildAppLink(pattern, { ...values, appId: 'skd/a?b#c', instanceGuid: '../../x' });
    const url = new URL(link ?? 'about:blank');
    expect(url.hostname).toBe('skd.apps.altinn.no');
    expect(url.search).toBe('');
    expect(url.hash).toBe('');
    expect(url.pathname).toBe('/skd/a%3Fb%23c/501337/..%2F..%2Fx');
    // An org that would smuggle in a host makes the URL invalid, so no link at all.
    expect(buildAppLink(pattern, { ...values, appId: 'evil.example@x/app' })).toBeNull();
  });

  it('gives null for an app id that is not org/app', () => {
    expect(
      buildAppLink('https://{org}.apps.altinn.no/{org}/{app}/{instanceOwnerPartyId}/{instanceGuid}', {
        ...values,
        appId: 'skd',
      }),
    ).toBeNull();
    expect(
      buildAppLink('https://{org}.apps.altinn.no/{org}/{app}/{instanceOwnerPartyId}/{instanceGuid}', {
        ...values,
        appId: 'a/b/c',
      }),
    ).toBeNull();
  });
});
