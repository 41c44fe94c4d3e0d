import { describe, expect, it } from 'vitest';

import { meetsAcr } from './acr';
import { checkIdTokenClaims } from './idTokenChecks';

const expected = {
  issuer: 'http://127.0.0.1:5102',
  clientId: 'innboks',
  requiredAcr: 'idporten-loa-substantial',
} as const;
const good = { sub: 'abc', iss: 'http://127.0.0.1:5102', aud: 'innboks', acr: 'idporten-loa-substantial' };

describe('meetsAcr', () => {
  it('accepts equal or higher levels', () => {
    expect(meetsAcr('idporten-loa-substantial', 'idporten-loa-substantial')).toBe(true);
    expect(meetsAcr('idporten-loa-high', 'idporten-loa-substantial')).toBe(true);
    expect(meetsAcr('idporten-loa-high', 'idporten-loa-high')).toBe(true);
  });

  it('rejects lower or unknown levels', () => {
    expect(meetsAcr('idporten-loa-substantial', 'idporten-loa-high')).toBe(false);
    expect(meetsAcr('idporten-loa-low', 'idporten-loa-substantial')).toBe(false);
    expect(meetsAcr('Level4', 'idporten-loa-substantial')).toBe(false);
    expect(meetsAcr(undefined, 'idporten-loa-substantial')).toBe(false);
  });
});

describe('checkIdTokenClaims', () => {
  it('accepts a matching token', () => {
    expect(checkIdTokenClaims(good, expected)).toBeNull();
    expect(checkIdTokenClaims({ ...good, aud: ['other', 'innboks'] }, expected)).toBeNull();
  });

  it.each([
    ['subject', { ...good, sub: '' }],
    ['issuer', { ...good, iss: 'http://127.0.0.1:5102/' }],
    ['issuer', { ...good, iss: 'https://evil.example' }],
    ['audience', { ...good, aud: 'someone-else' }],
    ['audience', { ...good, aud: undefined }],
    ['acr', { ...good, acr: 'idporten-loa-low' }],
  ])('reports %s', (problem, claims) => {
    expect(checkIdTokenClaims(claims, expected)).toBe(problem);
  });

  it('requires high after a step-up', () => {
    expect(checkIdTokenClaims(good, { ...expected, requiredAcr: 'idporten-loa-high' })).toBe('acr');
  });
});
