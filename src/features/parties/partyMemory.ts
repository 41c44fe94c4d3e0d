import { readUserPreference, writeUserPreference } from '../../lib/preferences';

/** What the browser remembers about a user's parties: party ids only, never names or numbers. */
export interface PartyMemory {
  favourites: readonly number[];
  /** Most recent first. */
  recent: readonly number[];
  last: number | null;
}

export const MAX_RECENT = 5;
const MAX_FAVOURITES = 500;
const EMPTY: PartyMemory = { favourites: [], recent: [], last: null };

function ids(value: unknown, max: number): number[] {
  if (!Array.isArray(value)) return [];
  const out: number[] = [];
  for (const item of value) {
    if (typeof item === 'number' && Number.isSafeInteger(item) && item > 0 && !out.includes(item))
      out.push(item);
    if (out.length >= max) break;
  }
  return out;
}

function parse(text: string | null): PartyMemory {
  if (!text) return EMPTY;
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null) return EMPTY;
    const record = data as Record<string, unknown>;
    const last =
      typeof record.last === 'number' && Number.isSafeInteger(record.last) && record.last > 0
        ? record.last
        : null;
    return {
      favourites: ids(record.favourites, MAX_FAVOURITES),
      recent: ids(record.recent, MAX_RECENT),
      last,
    };
  } catch {
    // Damaged or written by someone else: start over rather than fail the page.
    return EMPTY;
  }
}

const cache = new Map<number, PartyMemory>();
const listeners = new Set<() => void>();

export function readPartyMemory(userId: number): PartyMemory {
  let memory = cache.get(userId);
  if (!memory) {
    memory = parse(readUserPreference(userId, 'parties'));
    cache.set(userId, memory);
  }
  return memory;
}

function save(userId: number, memory: PartyMemory): PartyMemory {
  cache.set(userId, memory);
  writeUserPreference(userId, 'parties', JSON.stringify(memory));
  for (const listener of listeners) listener();
  return memory;
}

/** Marks a party as used now: it becomes the last used (where the next visit starts) and the most recent. */
export function recordPartyUse(userId: number, partyId: number): PartyMemory {
  const memory = readPartyMemory(userId);
  if (memory.last === partyId && memory.recent[0] === partyId) return memory;
  const recent = [partyId, ...memory.recent.filter((id) => id !== partyId)].slice(0, MAX_RECENT);
  return save(userId, { ...memory, recent, last: partyId });
}

export function toggleFavourite(userId: number, partyId: number): PartyMemory {
  const memory = readPartyMemory(userId);
  const favourites = memory.favourites.includes(partyId)
    ? memory.favourites.filter((id) => id !== partyId)
    : [...memory.favourites, partyId].slice(-MAX_FAVOURITES);
  return save(userId, { ...memory, favourites });
}

export function subscribePartyMemory(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets the cached copy (tests; another tab's writes are picked up on the next page load). */
export function resetPartyMemoryCache(): void {
  cache.clear();
}

/**
 * The party the user last acted for, for the `/` redirect: the router sends them to
 * `/parties/{id}/inbox` with it, or to their own party when this is null. The id may be stale
 * (access withdrawn since); the message box then shows the platform's refusal as usual.
 */
export function lastUsedPartyId(userId: number): number | null {
  return readPartyMemory(userId).last;
}
