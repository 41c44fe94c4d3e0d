import { createBoundedScheduler, type BoundedScheduler } from './boundedScheduler';
import {
  mergeParties,
  partiesToFetch,
  type MergeAccessors,
  type MergedList,
  type PartyLoadState,
  type PartyStream,
  type SortDirection,
} from './mergeParties';

/** One page of one party's list, as the fetcher returns it. */
export interface PartyPage<T> {
  items: T[];
  /** The server's `next` link, or null when the list is complete. */
  next: string | null;
}

export type FetchPartyPage<T> = (
  partyId: number,
  next: string | null,
  signal: AbortSignal,
) => Promise<PartyPage<T>>;

export interface PartyProgress {
  partyId: number;
  state: PartyLoadState;
  done: boolean;
  /** The last error of a failed party (shown in plain words by the view, never logged). */
  error: unknown;
}

export interface AllPartiesSnapshot<T> {
  merged: MergedList<T>;
  parties: PartyProgress[];
  /** How many settled rows the view asked for. */
  wanted: number;
}

export interface AllPartiesLoaderOptions<T> {
  partyIds: readonly number[];
  fetchPage: FetchPartyPage<T>;
  accessors: MergeAccessors<T>;
  direction: SortDirection;
  /** Requests in flight at most (the bound: a handful). */
  concurrency?: number;
  /** Settled rows to load before stopping; `loadMore` raises it. */
  initialWant?: number;
}

interface PartyEntry<T> extends PartyStream<T> {
  next: string | null;
  error: unknown;
}

export const DEFAULT_CONCURRENCY = 4;

/**
 * Loads many parties' lists through a bounded scheduler and keeps the merged result. Fetches
 * only what is needed to settle `wanted` rows: first pages of every party first (they all hold
 * the list back), then next pages of whichever party holds it back. Framework-free, so the
 * view reads it through `useSyncExternalStore` and tests drive it with fake fetchers.
 */
export class AllPartiesLoader<T> {
  private readonly entries = new Map<number, PartyEntry<T>>();
  private readonly scheduler: BoundedScheduler;
  private readonly listeners = new Set<() => void>();
  private readonly concurrency: number;
  private wanted: number;
  private snapshot: AllPartiesSnapshot<T> | null = null;
  private disposed = false;

  constructor(private readonly options: AllPartiesLoaderOptions<T>) {
    this.concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    this.scheduler = createBoundedScheduler(this.concurrency);
    this.wanted = options.initialWant ?? 50;
    for (const partyId of new Set(options.partyIds)) {
      this.entries.set(partyId, {
        partyId,
        items: [],
        state: 'waiting',
        done: false,
        next: null,
        error: null,
      });
    }
  }

  /** Starts loading; call once after subscribing. */
  start(): void {
    this.pump();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AllPartiesSnapshot<T> => {
    if (!this.snapshot) {
      const streams = [...this.entries.values()];
      this.snapshot = {
        merged: mergeParties(streams, this.options.accessors, this.options.direction),
        parties: streams.map(({ partyId, state, done, error }) => ({ partyId, state, done, error })),
        wanted: this.wanted,
      };
    }
    return this.snapshot;
  };

  /** Asks for `count` more settled rows. */
  loadMore(count: number): void {
    this.wanted = Math.max(this.wanted, this.getSnapshot().merged.settled.length) + count;
    this.changed();
    this.pump();
  }

  /** Tries a failed party again from where it stopped. */
  retry(partyId: number): void {
    const entry = this.entries.get(partyId);
    if (!entry || entry.state !== 'failed') return;
    entry.state = 'waiting';
    entry.error = null;
    this.changed();
    this.pump();
  }

  /** Applies a local change (after a bulk action) to every loaded copy of an instance. */
  update(predicate: (item: T) => boolean, change: (item: T) => T | null): void {
    for (const entry of this.entries.values()) {
      const items: T[] = [];
      for (const item of entry.items) {
        const changed = predicate(item) ? change(item) : item;
        if (changed !== null) items.push(changed);
      }
      entry.items = items;
    }
    this.changed();
  }

  dispose(): void {
    this.disposed = true;
    this.scheduler.dispose();
    this.listeners.clear();
  }

  private changed(): void {
    this.snapshot = null;
    for (const listener of this.listeners) listener();
  }

  private pump(): void {
    if (this.disposed) return;
    const streams = [...this.entries.values()];
    const settled = mergeParties(streams, this.options.accessors, this.options.direction).settled.length;
    if (settled >= this.wanted) return;
    const loading = streams.filter((s) => s.state === 'loading').length;
    const ids = partiesToFetch(
      streams,
      this.options.accessors,
      this.options.direction,
      this.concurrency - loading,
    );
    for (const partyId of ids) this.fetch(partyId);
  }

  private fetch(partyId: number): void {
    const entry = this.entries.get(partyId);
    if (!entry) return;
    entry.state = 'loading';
    this.changed();
    const next = entry.next;
    this.scheduler
      .run((signal) => this.options.fetchPage(partyId, next, signal))
      .then(
        (page) => {
          if (this.disposed) return;
          entry.items = [...entry.items, ...page.items];
          entry.next = page.next;
          entry.done = page.next === null;
          entry.state = 'loaded';
          entry.error = null;
        },
        (error: unknown) => {
          if (this.disposed) return;
          entry.state = 'failed';
          entry.error = error;
        },
      )
      .finally(() => {
        if (this.disposed) return;
        this.changed();
        this.pump();
      });
  }
}
