import { describe, expect, it } from 'vitest';

import { parseSignInState } from './signInState';

describe('parseSignInState', () => {
  it('reads a state written by the app', () => {
    expect(
      parseSignInState(
        { returnTo: '/x?y=1', requiredAcr: 'idporten-loa-high', silent: true },
        'idporten-loa-substantial',
      ),
    ).toEqual({ returnTo: '/x?y=1', requiredAcr: 'idporten-loa-high', silent: true });
  });

  it('never trusts a return path to another origin', () => {
    expect(parseSignInState({ returnTo: '//evil.example' }, 'idporten-loa-substantial').returnTo).toBe('/');
  });

  it('falls back to the configured level and an interactive sign-in', () => {
    expect(parseSignInState(undefined, 'idporten-loa-substantial')).toEqual({
      returnTo: '/',
      requiredAcr: 'idporten-loa-substantial',
      silent: false,
    });
    expect(parseSignInState({ requiredAcr: 'Level4', silent: 'yes' }, 'idporten-loa-high')).toMatchObject({
      requiredAcr: 'idporten-loa-high',
      silent: false,
    });
  });
});
