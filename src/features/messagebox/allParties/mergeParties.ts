/**
 * Merging many parties' lists into one, newest (or oldest) first, while their pages are still
 * arriving.
 *
 * The choice: show an instance only once its position is certain. Each party's list arrives in
 * Storage's order (by last changed), so whatever a party has not sent yet sorts after its last
 * loaded item. An instance is certain when it sorts strictly before the last loaded item of
 * every party that still has more to send (a party with no page yet could send anything, so it
 * holds everything back). The settled list therefore only ever grows at the end: rows never
 * jump, focus and scroll position stay put, and a screen reader's place in the list stays
 * valid. The price is that the first row waits for every party's first page; the loader asks
 * for first pages before any second page to keep that short.
 *
 * Failed parties do not hold the others back (one failing party must never blank the list).
 * The one exception to "only grows at the end" is a retry of a failed party that then
 * succeeds: its instances are inserted where they belong, and the view announces it.
 */

export type SortDirection = 'newest' | 'oldest';

export type PartyLoadState = 'waiting' | 'loading' | 'loaded' | 'failed';

/**
 * One Storage query chain: one party's list, or (when a search or several filters need several
 * queries) one of that party's queries. `key` is unique across all of them.
 */
export interface PartyStream<T> {
  key: string;
  partyId: number;
  /** In the server's order for the chosen direction. */
  items: readonly T[];
  state: PartyLoadState;
  /** True when the server said there is nothing more (`next: null`). */
  done: boolean;
}

export interface MergeAccessors<T> {
  /** Milliseconds since the epoch of the sort key (last changed). */
  time: (item: T) => number;
  /** Unique per instance across parties, e.g. `{partyId}/{guid}`. */
  id: (item: T) => string;
}

export interface MergedList<T> {
  /** Instances whose place is certain, in display order. */
  settled: T[];
  /** Instances loaded but held back until the parties still loading have caught up. */
  heldBack: number;
  /** True when every party is done or failed: nothing more can arrive without a retry. */
  complete: boolean;
}

/** +1 when larger times come first (newest), -1 for oldest first. */
function sign(direction: SortDirection): number {
  return direction === 'newest' ? 1 : -1;
}

/**
 * Where a party's unsent items can start, as a "rank" (bigger = earlier in the list), or
 * null when the party can send nothing more. A party without any item yet is +Infinity.
 */
export function partyBound<T>(
  stream: PartyStream<T>,
  accessors: MergeAccessors<T>,
  direction: SortDirection,
): number | null {
  if (stream.done || stream.state === 'failed') return null;
  const last = stream.items[stream.items.length - 1];
  return last === undefined ? Number.POSITIVE_INFINITY : sign(direction) * accessors.time(last);
}

export function compareForDisplay<T>(
  a: { item: T; partyId: number },
  b: { item: T; partyId: number },
  accessors: MergeAccessors<T>,
  direction: SortDirection,
): number {
  const byTime = sign(direction) * (accessors.time(b.item) - accessors.time(a.item));
  if (byTime !== 0) return byTime;
  // Equal times across parties: a fixed tie-break so the order never depends on arrival.
  if (a.partyId !== b.partyId) return a.partyId - b.partyId;
  const idA = accessors.id(a.item);
  const idB = accessors.id(b.item);
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

export function mergeParties<T>(
  streams: readonly PartyStream<T>[],
  accessors: MergeAccessors<T>,
  direction: SortDirection,
): MergedList<T> {
  let threshold = Number.NEGATIVE_INFINITY;
  for (const stream of streams) {
    const bound = partyBound(stream, accessors, direction);
    if (bound !== null && bound > threshold) threshold = bound;
  }
  const seen = new Set<string>();
  const candidates: { item: T; partyId: number }[] = [];
  let heldBack = 0;
  for (const stream of streams) {
    for (const item of stream.items) {
      const id = accessors.id(item);
      if (seen.has(id)) continue;
      seen.add(id);
      // Strictly before the threshold: an equal time could still be preceded by a tie.
      if (sign(direction) * accessors.time(item) > threshold)
        candidates.push({ item, partyId: stream.partyId });
      else heldBack += 1;
    }
  }
  candidates.sort((a, b) => compareForDisplay(a, b, accessors, direction));
  return {
    settled: candidates.map((c) => c.item),
    heldBack,
    complete: threshold === Number.NEGATIVE_INFINITY,
  };
}

/**
 * Which parties to ask for their next page so that the settled list grows: only those whose
 * bound is the one holding the list back (at first, every party without a page). Fetching
 * anyone else would load rows that cannot be shown yet. Parties already loading, done or
 * failed are skipped; at most `slots` are returned.
 */
export function partiesToFetch<T>(
  streams: readonly PartyStream<T>[],
  accessors: MergeAccessors<T>,
  direction: SortDirection,
  slots: number,
): string[] {
  if (slots <= 0) return [];
  const bounds = streams
    .map((s) => ({ stream: s, bound: partyBound(s, accessors, direction) }))
    .filter((s): s is { stream: PartyStream<T>; bound: number } => s.bound !== null);
  const threshold = Math.max(Number.NEGATIVE_INFINITY, ...bounds.map((b) => b.bound));
  return bounds
    .filter((b) => b.bound === threshold && b.stream.state !== 'loading')
    .map((b) => b.stream)
    .sort((a, b) => a.partyId - b.partyId || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, slots)
    .map((s) => s.key);
}
