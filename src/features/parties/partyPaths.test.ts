import { describe, expect, it } from 'vitest';

import {
  folderFromPath,
  HOME_REDIRECT_STATE,
  isHomeRedirect,
  partyBoxPath,
  partyIdFromPath,
} from './partyPaths';

describe('party paths', () => {
  it('reads the party from party routes only', () => {
    expect(partyIdFromPath('/parties/500001/archive')).toBe(500001);
    expect(partyIdFromPath('/parties/500001/inbox/0d5c7a4e-0000-4000-8000-000000000000')).toBe(500001);
    expect(partyIdFromPath('/all/inbox')).toBeNull();
    expect(partyIdFromPath('/parties/abc/inbox')).toBeNull();
    expect(partyIdFromPath('/parties/0123/inbox')).toBeNull();
    expect(partyIdFromPath('/')).toBeNull();
  });

  it('keeps the folder when switching party, inbox otherwise', () => {
    expect(folderFromPath('/parties/1/bin/abc')).toBe('bin');
    expect(folderFromPath('/all/archive')).toBe('archive');
    expect(folderFromPath('/parties/1/elsewhere')).toBe('inbox');
    expect(folderFromPath('/')).toBe('inbox');
    expect(partyBoxPath(500002, 'archive')).toBe('/parties/500002/archive');
  });

  it('tells the / redirect apart from other history state', () => {
    expect(isHomeRedirect(HOME_REDIRECT_STATE)).toBe(true);
    expect(isHomeRedirect(null)).toBe(false);
    expect(isHomeRedirect({ homeRedirect: 'yes' })).toBe(false);
  });
});
