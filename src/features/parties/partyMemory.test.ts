import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  lastUsedPartyId,
  MAX_RECENT,
  readPartyMemory,
  recordPartyUse,
  resetPartyMemoryCache,
  subscribePartyMemory,
  toggleFavourite,
} from './partyMemory';

afterEach(() => {
  window.localStorage.clear();
  resetPartyMemoryCache();
});

describe('party memory', () => {
  it('starts empty', () => {
    expect(readPartyMemory(1337)).toEqual({ favourites: [], recent: [], last: null });
    expect(lastUsedPartyId(1337)).toBeNull();
  });

  it('records the last used party and keeps a short most-recent-first list', () => {
    for (const id of [1, 2, 3, 2, 4, 5, 6, 7]) recordPartyUse(1337, id);
    const memory = readPartyMemory(1337);
    expect(memory.last).toBe(7);
    expect(memory.recent).toEqual([7, 6, 5, 4, 2]);
    expect(memory.recent).toHaveLength(MAX_RECENT);
    expect(lastUsedPartyId(1337)).toBe(7);
  });

  it('toggles favourites and survives a reload, per user', () => {
    toggleFavourite(1337, 500000);
    toggleFavourite(1337, 500001);
    toggleFavourite(1337, 500000);
    resetPartyMemoryCache();
    expect(readPartyMemory(1337).favourites).toEqual([500001]);
    expect(readPartyMemory(20001).favourites).toEqual([]);
  });

  it('stores party ids only', () => {
    recordPartyUse(1337, 500000);
    toggleFavourite(1337, 500001);
    const stored = Object.values({ ...window.localStorage }).join(' ');
    expect(stored).toBe('{"favourites":[500001],"recent":[500000],"last":500000}');
  });

  it('ignores damaged or foreign data', () => {
    window.localStorage.setItem(
      'innboks.pref.user.1337.parties',
      '{"favourites":["x",3,3,-1],"last":"7","recent":{}}',
    );
    expect(readPartyMemory(1337)).toEqual({ favourites: [3], recent: [], last: null });
    resetPartyMemoryCache();
    window.localStorage.setItem('innboks.pref.user.1337.parties', 'not json');
    expect(readPartyMemory(1337)).toEqual({ favourites: [], recent: [], last: null });
  });

  it('tells subscribers about changes', () => {
    const listener = vi.fn();
    const stop = subscribePartyMemory(listener);
    toggleFavourite(1337, 1);
    recordPartyUse(1337, 1);
    recordPartyUse(1337, 1);
    stop();
    toggleFavourite(1337, 2);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
