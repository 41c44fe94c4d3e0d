import { describe, expect, it } from 'vitest';

import { sortInSlices } from './sortInSlices';

describe('sortInSlices', () => {
  it('sorts like Array.prototype.sort, stable, across many blocks, yielding as it goes', async () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const keys = Array.from({ length: 10_000 }, () => `k${Math.floor(random() * 3000)}`);
    let yields = 0;
    const order = await sortInSlices(keys, () => {
      yields += 1;
      return Promise.resolve();
    });
    const expected = keys
      .map((key, i) => ({ key, i }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
    expect([...order]).toEqual(expected.map((e) => e.i));
    expect(yields).toBeGreaterThan(5);
  });

  it('handles tiny and empty inputs', async () => {
    const none = () => Promise.resolve();
    expect([...(await sortInSlices([], none))]).toEqual([]);
    expect([...(await sortInSlices(['b', 'a', 'b'], none))]).toEqual([1, 0, 2]);
  });
});
