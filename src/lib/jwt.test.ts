import { describe, expect, it } from 'vitest';

import { decodeJwtPayload } from './jwt';

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function jwt(payload: unknown): string {
  return `${base64url('{"alg":"RS256","typ":"JWT"}')}.${base64url(JSON.stringify(payload))}.c2ln`;
}

describe('decodeJwtPayload', () => {
  it('decodes an Altinn token payload', () => {
    const payload = decodeJwtPayload(
      jwt({ 'urn:altinn:userid': '1337', 'urn:altinn:partyid': 501337, 'urn:altinn:authlevel': 3 }),
    );
    expect(payload['urn:altinn:userid']).toBe('1337');
    expect(payload['urn:altinn:partyid']).toBe(501337);
  });

  it('decodes UTF-8 and base64url characters', () => {
    const payload = decodeJwtPayload(jwt({ name: 'Åse Ødegård ~~~???>>>' }));
    expect(payload.name).toBe('Åse Ødegård ~~~???>>>');
  });

  it.each([
    ['not a jwt', 'abc'],
    ['two parts', 'a.b'],
    ['empty payload', 'a..c'],
    ['garbage payload', 'a.!!!.c'],
    ['non-JSON payload', `a.${base64url('hello')}.c`],
    ['array payload', `a.${base64url('[1,2]')}.c`],
    ['null payload', `a.${base64url('null')}.c`],
  ])('rejects %s', (_name, token) => {
    expect(() => decodeJwtPayload(token)).toThrow();
  });
});
