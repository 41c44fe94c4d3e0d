import { describe, expect, it } from 'vitest';

import { mapAhead } from './mapAhead';

describe('mapAhead', () => {
  it('keeps at most `limit` tasks running, yields in order and isolates failures', async () => {
    let running = 0;
    let peak = 0;
    const delays = [30, 5, 20, 1, 10, 2, 15];
    const results: string[] = [];
    for await (const r of mapAhead(delays, 3, async (ms, i) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      if (i === 3) throw new Error('boom');
      return `#${i}`;
    })) {
      results.push(r.ok ? r.value : `failed: ${(r.error as Error).message}`);
    }
    expect(results).toEqual(['#0', '#1', '#2', 'failed: boom', '#4', '#5', '#6']);
    expect(peak).toBe(3);
  });

  it('does nothing for no items', async () => {
    const seen: unknown[] = [];
    for await (const r of mapAhead([], 3, async () => 1)) seen.push(r);
    expect(seen).toEqual([]);
  });
});
