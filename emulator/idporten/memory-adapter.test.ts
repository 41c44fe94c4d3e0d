import { describe, expect, it } from 'vitest';

import { rememberBounded } from './configuration.ts';
import { MemoryStore } from './memory-adapter.ts';

describe('MemoryStore', () => {
  it('keeps models apart, honours lifetimes and finds sessions by uid', async () => {
    const store = new MemoryStore();
    const sessions = store.factory('Session');
    const grants = store.factory('Grant');
    await sessions.upsert('s1', { uid: 'u1', accountId: 'a' }, 60);
    await grants.upsert('s1', { accountId: 'b' }, 60);
    await sessions.upsert('gone', { uid: 'u2' }, 0);
    expect((await sessions.find('s1'))?.accountId).toBe('a');
    expect((await grants.find('s1'))?.accountId).toBe('b');
    expect((await sessions.findByUid('u1'))?.accountId).toBe('a');
    expect(await sessions.find('gone')).toBeUndefined();
    await sessions.destroy('s1');
    expect(await sessions.findByUid('u1')).toBeUndefined();
  });

  it('revokes every token of a grant and nothing else', async () => {
    const store = new MemoryStore();
    const accessTokens = store.factory('AccessToken');
    const refreshTokens = store.factory('RefreshToken');
    await accessTokens.upsert('at1', { grantId: 'g1' }, 60);
    await refreshTokens.upsert('rt1', { grantId: 'g1' }, 60);
    await refreshTokens.upsert('rt2', { grantId: 'g2' }, 60);
    await accessTokens.revokeByGrantId('g1');
    expect(await accessTokens.find('at1')).toBeUndefined();
    expect(await refreshTokens.find('rt1')).toBeUndefined();
    expect(await refreshTokens.find('rt2')).toBeDefined();
  });

  it('forgets everything on clear()', async () => {
    const store = new MemoryStore();
    const codes = store.factory('AuthorizationCode');
    await codes.upsert('c1', { grantId: 'g' }, 60);
    await codes.consume('c1');
    expect((await codes.find('c1'))?.consumed).toEqual(expect.any(Number));
    store.clear();
    expect(await codes.find('c1')).toBeUndefined();
  });

  it('drops expired entries it is never asked for again while many are written', async () => {
    const store = new MemoryStore();
    const tokens = store.factory('AccessToken');
    for (let i = 0; i < 1200; i += 1) await tokens.upsert(`t${i}`, { grantId: `g${i}` }, i < 600 ? 0 : 60);
    expect(store.storedEntries).toBeLessThan(1200);
    expect(store.storedEntries).toBeGreaterThanOrEqual(600);
    expect(await tokens.find('t1199')).toBeDefined();
  });
});

describe('rememberBounded', () => {
  it('keeps the newest entries only', () => {
    const map = new Map<string, number>();
    for (let i = 0; i < 5; i += 1) rememberBounded(map, `k${i}`, i, 3);
    expect([...map.keys()]).toEqual(['k2', 'k3', 'k4']);
    rememberBounded(map, 'k2', 20, 3);
    rememberBounded(map, 'k5', 5, 3);
    expect([...map.entries()]).toEqual([
      ['k4', 4],
      ['k2', 20],
      ['k5', 5],
    ]);
  });
});
