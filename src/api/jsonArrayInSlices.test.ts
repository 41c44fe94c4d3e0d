import { describe, expect, it } from 'vitest';

import { parseJsonArrayInSlices } from './jsonArrayInSlices';

const noYield = () => Promise.resolve();

describe('parseJsonArrayInSlices', () => {
  const values = Array.from({ length: 500 }, (_, i) => ({
    id: i,
    name: `Navn, "sitert" [${i}] {x} \\ æøå`,
    children: i % 7 === 0 ? [{ id: i * 10, tags: ['a,b', ']'] }] : null,
  }));
  const text = JSON.stringify(values);

  it('gives the same elements as JSON.parse, cut into many chunks', async () => {
    let yields = 0;
    const parsed = await parseJsonArrayInSlices(text, (v) => v, {
      chunkChars: 100,
      budgetMs: 0,
      yieldFn: () => {
        yields += 1;
        return Promise.resolve();
      },
    });
    expect(parsed).toEqual(values);
    expect(yields).toBeGreaterThan(20);
  });

  it('maps every element', async () => {
    const ids = await parseJsonArrayInSlices(text, (v) => (v as { id: number }).id, { yieldFn: noYield });
    expect(ids).toEqual(values.map((v) => v.id));
  });

  it('never cuts inside a string or a nested array, even where "},{" occurs there', async () => {
    const tricky = Array.from({ length: 300 }, (_, i) => ({
      id: i,
      name: `a},{"id":${i}} b`,
      children: [{ id: 1 }, { id: 2 }, { id: 3 }],
    }));
    const parsed = await parseJsonArrayInSlices(JSON.stringify(tricky), (v) => v, {
      chunkChars: 10,
      yieldFn: noYield,
    });
    expect(parsed).toEqual(tricky);
  });

  it('handles empty arrays and whitespace', async () => {
    expect(await parseJsonArrayInSlices(' [ ] \n', (v) => v, { yieldFn: noYield })).toEqual([]);
    expect(
      await parseJsonArrayInSlices('\n[1, 2 ,3]\n', (v) => v, { chunkChars: 1, yieldFn: noYield }),
    ).toEqual([1, 2, 3]);
  });

  it('throws on malformed or non-array bodies', async () => {
    await expect(parseJsonArrayInSlices('{"a":1}', (v) => v, { yieldFn: noYield })).rejects.toThrow();
    await expect(parseJsonArrayInSlices('[1, 2', (v) => v, { yieldFn: noYield })).rejects.toThrow();
    await expect(parseJsonArrayInSlices('[1, 2] x', (v) => v, { yieldFn: noYield })).rejects.toThrow();
    await expect(
      parseJsonArrayInSlices('[1,, 2]', (v) => v, { chunkChars: 1, yieldFn: noYield }),
    ).rejects.toThrow();
    await expect(parseJsonArrayInSlices('', (v) => v, { yieldFn: noYield })).rejects.toThrow();
  });
});
