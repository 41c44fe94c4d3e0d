import { describe, expect, it } from 'vitest';

import { AllPartiesLoader, type PartyPage, type PartySource } from './allPartiesLoader';

const sources = (ids: number[]): PartySource[] => ids.map((partyId) => ({ key: `p${partyId}`, partyId }));

interface Row {
  id: string;
  t: number;
}

const accessors = { time: (r: Row) => r.t, id: (r: Row) => r.id };
const flush = async () => {
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** A fake Storage: each party's rows newest first, cut into pages of `size`, `next` = offset. */
function fakeStorage(
  data: Record<number, number[]>,
  size: number,
  failing = new Set<number>(),
  emptyFirstPage = new Set<number>(),
) {
  let active = 0;
  let peak = 0;
  const calls: string[] = [];
  const fetchPage = async ({ partyId }: PartySource, next: string | null): Promise<PartyPage<Row>> => {
    calls.push(`${partyId}:${next ?? 'first'}`);
    active += 1;
    peak = Math.max(peak, active);
    await new Promise((resolve) => setTimeout(resolve, 0));
    active -= 1;
    if (failing.has(partyId)) throw new Error(`party ${partyId} refused`);
    // Storage can answer a short or even empty page that still has `next`.
    if (next === null && emptyFirstPage.has(partyId)) return { items: [], next: '0' };
    const offset = next === null ? 0 : Number(next);
    const rows = (data[partyId] ?? [])
      .slice(offset, offset + size)
      .map((t) => ({ id: `${partyId}/${t}`, t }));
    const end = offset + size;
    return { items: rows, next: end < (data[partyId] ?? []).length ? String(end) : null };
  };
  return { fetchPage, calls, peak: () => peak };
}

describe('AllPartiesLoader', () => {
  it('loads many parties with at most 4 requests in flight and merges them newest first', async () => {
    const data: Record<number, number[]> = {};
    for (let p = 1; p <= 12; p += 1) data[p] = [100 - p, 50 - p];
    const storage = fakeStorage(data, 10);
    const loader = new AllPartiesLoader({
      sources: sources(Object.keys(data).map(Number)),
      fetchPage: storage.fetchPage,
      accessors,
      direction: 'newest',
    });
    loader.start();
    await flush();
    const snapshot = loader.getSnapshot();
    expect(storage.peak()).toBe(4);
    expect(snapshot.merged.complete).toBe(true);
    expect(snapshot.merged.settled.map((r) => r.t)).toEqual([
      99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89, 88, 49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39, 38,
    ]);
    loader.dispose();
  });

  it('keeps going when one party fails, and a retry brings its rows in', async () => {
    const failing = new Set([2]);
    const storage = fakeStorage({ 1: [90, 10], 2: [95, 20], 3: [80] }, 10, failing);
    const loader = new AllPartiesLoader({
      sources: sources([1, 2, 3]),
      fetchPage: storage.fetchPage,
      accessors,
      direction: 'newest',
    });
    loader.start();
    await flush();
    let snapshot = loader.getSnapshot();
    expect(snapshot.parties.find((p) => p.partyId === 2)?.state).toBe('failed');
    expect(snapshot.merged.settled.map((r) => r.id)).toEqual(['1/90', '3/80', '1/10']);
    failing.clear();
    loader.retry(2);
    await flush();
    snapshot = loader.getSnapshot();
    expect(snapshot.parties.every((p) => p.state === 'loaded')).toBe(true);
    expect(snapshot.merged.settled.map((r) => r.id)).toEqual(['2/95', '1/90', '3/80', '2/20', '1/10']);
    loader.dispose();
  });

  it('follows next through empty pages and fetches only what the wanted rows need', async () => {
    const storage = fakeStorage({ 1: [90, 80, 70, 60, 50, 40], 2: [85, 5] }, 2, new Set(), new Set([2]));
    const loader = new AllPartiesLoader({
      sources: sources([1, 2]),
      fetchPage: storage.fetchPage,
      accessors,
      direction: 'newest',
      initialWant: 2,
    });
    loader.start();
    await flush();
    expect(loader.getSnapshot().merged.settled.map((r) => r.t)).toEqual([90, 85]);
    expect(storage.calls).toEqual(['1:first', '2:first', '2:0']);
    loader.loadMore(2);
    await flush();
    expect(loader.getSnapshot().merged.settled.map((r) => r.t)).toEqual([90, 85, 80, 70]);
    expect(storage.calls).toContain('1:2');
    loader.dispose();
  });

  it('applies local changes, drops removed rows and puts them back in place once', async () => {
    const storage = fakeStorage({ 1: [90, 80] }, 10);
    const loader = new AllPartiesLoader({
      sources: sources([1]),
      fetchPage: storage.fetchPage,
      accessors,
      direction: 'newest',
    });
    loader.start();
    await flush();
    loader.update(
      (r) => r.t === 90,
      () => null,
    );
    expect(loader.getSnapshot().merged.settled.map((r) => r.id)).toEqual(['1/80']);
    loader.insert([{ id: '1/90', t: 90 }], () => 1);
    loader.insert([{ id: '1/90', t: 90 }], () => 1);
    expect(loader.getSnapshot().merged.settled.map((r) => r.id)).toEqual(['1/90', '1/80']);
    loader.dispose();
  });

  it('groups several queries of one party: one failing marks the party failed, retry re-runs only it', async () => {
    const calls: string[] = [];
    let refuse = true;
    const loader = new AllPartiesLoader<Row>({
      sources: [
        { key: '1:search', partyId: 1 },
        { key: '1:title', partyId: 1 },
        { key: '2:search', partyId: 2 },
      ],
      fetchPage: async (source) => {
        calls.push(source.key);
        await Promise.resolve();
        if (source.key === '1:title' && refuse) throw new Error('503');
        return { items: [{ id: `${source.key}/1`, t: source.partyId * 10 }], next: null };
      },
      accessors,
      direction: 'newest',
    });
    loader.start();
    await flush();
    expect(loader.getSnapshot().parties).toEqual([
      { partyId: 1, state: 'failed', done: false, error: new Error('503') },
      { partyId: 2, state: 'loaded', done: true, error: null },
    ]);
    refuse = false;
    loader.retry(1);
    await flush();
    expect(calls).toEqual(['1:search', '1:title', '2:search', '1:title']);
    expect(loader.getSnapshot().parties.every((p) => p.state === 'loaded')).toBe(true);
    loader.dispose();
  });
});
