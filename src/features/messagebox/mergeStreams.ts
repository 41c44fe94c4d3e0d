import type { InstanceSummary } from '../../api/storage';
import type { SortOrder } from './urlState';

export interface StreamState {
  id: string;
  /** Every instance loaded so far, in Storage's order. */
  items: readonly InstanceSummary[];
  /** Path of the next page, or null once the stream is exhausted. */
  nextPath: string | null;
}

function time(instance: InstanceSummary): number {
  return instance.lastChanged ? Date.parse(instance.lastChanged) : 0;
}

/**
 * Merges several Storage queries into one list in lastChanged order, without duplicates (an
 * instance can match both the text search and a title match). Only rows up to the "frontier"
 * are shown: the last loaded row of a stream that still has pages bounds what is known to be in
 * order, since its next page may hold rows that sort before anything later. So rows never jump
 * around as more pages arrive; they only append. A single stream shows everything it loaded.
 */
export function mergeStreams(streams: readonly StreamState[], order: SortOrder): InstanceSummary[] {
  const sign = order === 'newest' ? -1 : 1;
  let frontier: number | null = null;
  for (const stream of streams) {
    if (stream.nextPath === null || streams.length === 1) continue;
    const last = stream.items[stream.items.length - 1];
    // A stream with more pages and nothing yet loaded gives no guarantee at all.
    if (!last) return [];
    const at = time(last);
    frontier = frontier === null ? at : sign < 0 ? Math.max(frontier, at) : Math.min(frontier, at);
  }
  const seen = new Set<string>();
  const merged: InstanceSummary[] = [];
  for (const stream of streams) {
    for (const item of stream.items) {
      if (seen.has(item.id)) continue;
      if (frontier !== null && (sign < 0 ? time(item) < frontier : time(item) > frontier)) continue;
      seen.add(item.id);
      merged.push(item);
    }
  }
  if (streams.length > 1) merged.sort((a, b) => sign * (time(a) - time(b)) || a.id.localeCompare(b.id));
  return merged;
}
