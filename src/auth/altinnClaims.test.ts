import { describe, expect, it } from 'vitest';

import { readAltinnClaims } from './altinnClaims';

function token(payload: unknown): string {
  const b64 = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${b64('{"alg":"RS256"}')}.${b64(JSON.stringify(payload))}.sig`;
}

describe('readAltinnClaims', () => {
  it('reads the tt02 example token', () => {
    const claims = readAltinnClaims(
      token({
        nameid: '1433953',
        'urn:altinn:userid': '1433953',
        'urn:altinn:partyid': 50593193,
        'urn:altinn:authlevel': 3,
        acr: 'idporten-loa-substantial',
        exp: 1737815746,
        iat: 1737815157,
      }),
    );
    expect(claims).toEqual({
      userId: 1433953,
      partyId: 50593193,
      authLevel: 3,
      issuedAt: 1737815157,
      expiresAt: 1737815746,
    });
  });

  it('accepts a string party id', () => {
    const claims = readAltinnClaims(
      token({
        'urn:altinn:userid': 1337,
        'urn:altinn:partyid': '501337',
        'urn:altinn:authlevel': '4',
        iat: 1,
        exp: 2,
      }),
    );
    expect(claims).toMatchObject({ userId: 1337, partyId: 501337, authLevel: 4 });
  });

  it.each([
    ['no user id', { 'urn:altinn:partyid': 1, 'urn:altinn:authlevel': 3, iat: 1, exp: 2 }],
    ['no exp', { 'urn:altinn:userid': '1', 'urn:altinn:partyid': 1, 'urn:altinn:authlevel': 3, iat: 1 }],
    [
      'exp before iat',
      { 'urn:altinn:userid': '1', 'urn:altinn:partyid': 1, 'urn:altinn:authlevel': 3, iat: 5, exp: 2 },
    ],
    [
      'garbage id',
      { 'urn:altinn:userid': 'x1', 'urn:altinn:partyid': 1, 'urn:altinn:authlevel': 3, iat: 1, exp: 2 },
    ],
  ])('rejects a token with %s', (_name, payload) => {
    expect(() => readAltinnClaims(token(payload))).toThrow();
  });
});
