import { describe, expect, it } from 'vitest';

import { mergeParties, partiesToFetch, type MergeAccessors, type PartyStream } from './mergeParties';

interface Row {
  id: string;
  t: number;
}

const accessors: MergeAccessors<Row> = { time: (r) => r.t, id: (r) => r.id };

function stream(partyId: number, times: number[], extra: Partial<PartyStream<Row>> = {}): PartyStream<Row> {
  return {
    key: String(partyId),
    partyId,
    items: times.map((t) => ({ id: `${partyId}/${t}`, t })),
    state: 'loaded',
    done: false,
    ...extra,
  };
}

const ids = (rows: Row[]) => rows.map((r) => r.id);

describe('mergeParties (newest first)', () => {
  it('shows nothing while a party has no page yet', () => {
    const merged = mergeParties(
      [stream(1, [90, 80]), stream(2, [], { state: 'loading' })],
      accessors,
      'newest',
    );
    expect(merged.settled).toEqual([]);
    expect(merged.heldBack).toBe(2);
    expect(merged.complete).toBe(false);
  });

  it('settles only what sorts strictly before every unfinished party’s last loaded item', () => {
    const merged = mergeParties([stream(1, [90, 70, 50]), stream(2, [85, 60])], accessors, 'newest');
    // Party 1 may still send something just below 50, party 2 below 60: only items above 60 are certain.
    expect(ids(merged.settled)).toEqual(['1/90', '2/85', '1/70']);
    expect(merged.heldBack).toBe(2);
  });

  it('a finished party does not hold anything back', () => {
    const merged = mergeParties(
      [stream(1, [90, 70, 50], { done: true }), stream(2, [85, 60], { done: true })],
      accessors,
      'newest',
    );
    expect(ids(merged.settled)).toEqual(['1/90', '2/85', '1/70', '2/60', '1/50']);
    expect(merged.complete).toBe(true);
  });

  it('never blanks the list for a failed party, and shows what it had loaded', () => {
    const merged = mergeParties(
      [
        stream(1, [90, 40], { done: true }),
        stream(2, [], { state: 'failed' }),
        stream(3, [70], { state: 'failed' }),
      ],
      accessors,
      'newest',
    );
    expect(ids(merged.settled)).toEqual(['1/90', '3/70', '1/40']);
    expect(merged.complete).toBe(true);
  });

  it('only ever appends as more pages arrive (rows never jump)', () => {
    const first = mergeParties([stream(1, [90, 70]), stream(2, [80, 60])], accessors, 'newest');
    const second = mergeParties([stream(1, [90, 70, 65, 30]), stream(2, [80, 60, 55])], accessors, 'newest');
    const third = mergeParties(
      [stream(1, [90, 70, 65, 30], { done: true }), stream(2, [80, 60, 55], { done: true })],
      accessors,
      'newest',
    );
    expect(ids(second.settled).slice(0, first.settled.length)).toEqual(ids(first.settled));
    expect(ids(third.settled).slice(0, second.settled.length)).toEqual(ids(second.settled));
    expect(ids(third.settled)).toEqual(['1/90', '2/80', '1/70', '1/65', '2/60', '2/55', '1/30']);
  });

  it('breaks ties by party and id, and holds back ties with an unfinished party', () => {
    const merged = mergeParties([stream(2, [50], { done: true }), stream(1, [50])], accessors, 'newest');
    expect(merged.settled).toEqual([]);
    const done = mergeParties(
      [stream(2, [50], { done: true }), stream(1, [50], { done: true })],
      accessors,
      'newest',
    );
    expect(ids(done.settled)).toEqual(['1/50', '2/50']);
  });

  it('shows an instance once even if two streams carry it', () => {
    const a = stream(1, [90], { done: true });
    const merged = mergeParties([a, { ...a }], accessors, 'newest');
    expect(ids(merged.settled)).toEqual(['1/90']);
  });
});

describe('mergeParties (oldest first)', () => {
  it('mirrors the rule for ascending lists', () => {
    const merged = mergeParties([stream(1, [10, 30, 50]), stream(2, [20, 40])], accessors, 'oldest');
    expect(ids(merged.settled)).toEqual(['1/10', '2/20', '1/30']);
  });
});

describe('partiesToFetch', () => {
  it('asks every party without a page first, within the free slots', () => {
    const streams = [
      stream(1, [90, 20]),
      stream(2, [], { state: 'waiting' }),
      stream(3, [], { state: 'waiting' }),
      stream(4, [], { state: 'loading' }),
      stream(5, [10], { done: true }),
      stream(6, [], { state: 'failed' }),
      stream(7, [], { state: 'waiting' }),
    ];
    expect(partiesToFetch(streams, accessors, 'newest', 2)).toEqual(['2', '3']);
    expect(partiesToFetch(streams, accessors, 'newest', 10)).toEqual(['2', '3', '7']);
    expect(partiesToFetch(streams, accessors, 'newest', 0)).toEqual([]);
  });

  it('then only the party whose last loaded row holds the list back', () => {
    const streams = [stream(1, [90, 20]), stream(3, [80, 60]), stream(5, [10], { done: true })];
    expect(partiesToFetch(streams, accessors, 'newest', 4)).toEqual(['3']);
    expect(
      partiesToFetch(
        [stream(1, [90, 20]), stream(3, [80, 60], { state: 'loading' })],
        accessors,
        'newest',
        4,
      ),
    ).toEqual([]);
  });
});
