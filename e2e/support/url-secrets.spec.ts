import { expect, test } from '@playwright/test';

import { findSecretsInUrls } from './url-secrets.ts';

// The detector guards every journey, so it must itself be shown to catch what it claims to.
// Synthetic values only: a made-up JWT-shaped string and localtest's synthetic numbers.
const fakeJwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
const pid = '01039012345';

test.describe('findSecretsInUrls', () => {
  test('passes ordinary app, API and OIDC callback URLs', () => {
    const urls = [
      'http://127.0.0.1:4173/inbox?party=501337',
      'http://127.0.0.1:4173/platform/storage/api/v1/instances?instanceOwner.partyId=501337',
      'http://127.0.0.1:4173/auth/callback?code=abc123&state=xyz&iss=http%3A%2F%2F127.0.0.1%3A5102',
    ];
    expect(findSecretsInUrls(urls, [pid])).toEqual([]);
  });

  test('finds a JWT anywhere in the URL, redacted', () => {
    const hits = findSecretsInUrls([`http://127.0.0.1:5102/session/end?id_token_hint=${fakeJwt}`]);
    expect(hits.map((h) => h.reason)).toEqual(['jwt', 'token-parameter']);
    expect(JSON.stringify(hits)).not.toContain(fakeJwt);
  });

  test('finds token parameters in the query and the fragment', () => {
    const hits = findSecretsInUrls([
      'http://127.0.0.1:4173/#access_token=opaque',
      'http://127.0.0.1:4173/x?refresh_token=opaque',
    ]);
    expect(hits.map((h) => h.reason)).toEqual(['token-parameter', 'token-parameter']);
  });

  test('finds a national identity number, also URL-encoded inside a value, without repeating it', () => {
    const hits = findSecretsInUrls(
      [`http://127.0.0.1:4173/platform/x?q=${encodeURIComponent(`ssn:${pid}`)}`],
      [pid],
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]?.reason).toBe('national-identity-number');
    expect(hits[0]?.url).toContain('[pid]');
    expect(hits[0]?.url).not.toContain(pid);
  });
});
