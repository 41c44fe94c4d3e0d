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

/** One page of one query chain, as the fetcher returns it. */
export interface PartyPage<T> {
  items: T[];
  /** Where the next page is (the server's `next`), or null when the chain is complete. */
  next: string | null;
}

/** One query chain: a party's list, or one of several queries a search needs for that party. */
export interface PartySource {
  key: string;
  partyId: number;
}

export type FetchPartyPage<T> = (
  source: PartySource,
  next: string | null,
  signal: AbortSignal,
) => Promise<PartyPage<T>>;

export interface PartyProgress {
  partyId: number;
  /** Failed if any of its queries failed, else loading while any is loading or waiting. */
  state: PartyLoadState;
  done: boolean;
  /** The last error of a failed query (shown in plain words by the view, never logged). */
  error: unknown;
}

export interface AllPartiesSnapshot<T> {
  merged: MergedList<T>;
  parties: PartyProgress[];
  /** How many settled rows the view asked for. */
  wanted: number;
}

export interface AllPartiesLoaderOptions<T> {
  sources: readonly PartySource[];
  fetchPage: FetchPartyPage<T>;
  accessors: MergeAccessors<T>;
  direction: SortDirection;
  /** Requests in flight at most (the bound: a handful). */
  concurrency?: number;
  /** Settled rows to load before stopping; `loadMore` raises it. */
  initialWant?: number;
}

interface Entry<T> extends PartyStream<T> {
  source: PartySource;
  next: string | null;
  error: unknown;
}

export const DEFAULT_CONCURRENCY = 4;

function progressOf<T>(partyId: number, entries: readonly Entry<T>[]): PartyProgress {
  const failed = entries.find((e) => e.state === 'failed');
  const busy = entries.some((e) => e.state === 'loading' || e.state === 'waiting');
  return {
    partyId,
    state: failed ? 'failed' : busy ? 'loading' : 'loaded',
    done: entries.every((e) => e.done),
    error: failed?.error ?? null,
  };
}

/**
 * Loads many parties' lists through a bounded scheduler and keeps the merged result. Fetches
 * only what is needed to settle `wanted` rows: first pages of every query first (they all hold
 * the list back), then next pages of whichever query holds it back. Framework-free, so the view
 * reads it through `useSyncExternalStore` and tests drive it with fake fetchers.
 */
export class AllPartiesLoader<T> {
  private readonly entries = new Map<string, Entry<T>>();
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
    for (const source of options.sources) {
      if (this.entries.has(source.key)) continue;
      this.entries.set(source.key, {
        key: source.key,
        partyId: source.partyId,
        source,
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
      const byParty = new Map<number, Entry<T>[]>();
      for (const entry of streams) byParty.set(entry.partyId, [...(byParty.get(entry.partyId) ?? []), entry]);
      this.snapshot = {
        merged: mergeParties(streams, this.options.accessors, this.options.direction),
        parties: [...byParty].map(([partyId, entries]) => progressOf(partyId, entries)),
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

  /** Tries a failed party's queries again from where they stopped. */
  retry(partyId: number): void {
    let any = false;
    for (const entry of this.entries.values()) {
      if (entry.partyId !== partyId || entry.state !== 'failed') continue;
      entry.state = 'waiting';
      entry.error = null;
      any = true;
    }
    if (!any) return;
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

  /**
   * Puts rows back that `update` removed (an Undo): each into its party's list at its place in
   * the order. They were settled before, so their place is certain again.
   */
  insert(items: readonly T[], partyOf: (item: T) => number): void {
    const { time } = this.options.accessors;
    const sign = this.options.direction === 'newest' ? -1 : 1;
    for (const item of items) {
      const entry = [...this.entries.values()].find((e) => e.partyId === partyOf(item));
      if (
        !entry ||
        entry.items.some(
          (existing) => this.options.accessors.id(existing) === this.options.accessors.id(item),
        )
      )
        continue;
      entry.items = [...entry.items, item].sort((a, b) => sign * (time(a) - time(b)));
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
    const keys = partiesToFetch(
      streams,
      this.options.accessors,
      this.options.direction,
      this.concurrency - loading,
    );
    for (const key of keys) this.fetch(key);
  }

  private fetch(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.state = 'loading';
    this.changed();
    const next = entry.next;
    this.scheduler
      .run((signal) => this.options.fetchPage(entry.source, next, signal))
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
