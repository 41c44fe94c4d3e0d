import type { ListFilters } from './urlState';

export interface LastChangedBounds {
  /** ISO UTC instant, inclusive. */
  gte: string | null;
  /** ISO UTC instant, exclusive. */
  lt: string | null;
}

function localDay(day: string, addDays = 0): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + addDays);
}

function startOfLocalDay(now: Date, minusDays = 0): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - minusDays);
}

/**
 * The last-changed window as Storage date expressions want it. Days are the person's own
 * calendar days (local midnight), sent as UTC instants: Storage parses `lastChanged` values as
 * timestamps (altinn-api.md §5.1). `to` is inclusive for people, so it becomes `lt` next midnight.
 */
export function lastChangedBounds(
  filters: Pick<ListFilters, 'range' | 'from' | 'to'>,
  now: Date,
): LastChangedBounds {
  switch (filters.range) {
    case 'today':
      return { gte: startOfLocalDay(now).toISOString(), lt: null };
    case '7d':
      return { gte: startOfLocalDay(now, 6).toISOString(), lt: null };
    case '30d':
      return { gte: startOfLocalDay(now, 29).toISOString(), lt: null };
    case 'year':
      return { gte: new Date(now.getFullYear(), 0, 1).toISOString(), lt: null };
    case null:
      return {
        gte: filters.from ? localDay(filters.from).toISOString() : null,
        lt: filters.to ? localDay(filters.to, 1).toISOString() : null,
      };
  }
}

/** Storage query pairs for the window (`lastChanged=gte:…&lastChanged=lt:…`). */
export function lastChangedParams(bounds: LastChangedBounds): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (bounds.gte) pairs.push(['lastChanged', `gte:${bounds.gte}`]);
  if (bounds.lt) pairs.push(['lastChanged', `lt:${bounds.lt}`]);
  return pairs;
}
