/**
 * Where the person was in a list, per list URL, in sessionStorage (per tab, gone when the tab
 * closes; holds only row ids of the form `{partyId}/{guid}` and numbers, nothing beyond what the
 * URLs already show). A place is an anchor row and how far the window's top was below that row's
 * top, not a pixel offset: the virtualizer re-measures rows after a return (estimated heights,
 * or heights lost while the list was hidden on a phone), which moves every pixel offset but
 * never which row was at the top of the screen.
 */
const PREFIX = 'innboks.scroll.';
const MAX_ENTRIES = 50;

export interface ScrollAnchor {
  /** The row at the top of the screen (its `{partyId}/{guid}` id). */
  id: string;
  /** The window's scroll position minus that row's top; negative above the first row. */
  delta: number;
}

function store(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function saveAnchor(key: string, anchor: ScrollAnchor): void {
  const storage = store();
  if (!storage) return;
  try {
    storage.setItem(PREFIX + key, JSON.stringify({ id: anchor.id, delta: Math.round(anchor.delta) }));
    // Keep the store small: forget the oldest keys beyond a bound.
    const keys = Object.keys(storage).filter((k) => k.startsWith(PREFIX));
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) storage.removeItem(old);
  } catch {
    // Quota: scroll memory is a convenience.
  }
}

export function readAnchor(key: string): ScrollAnchor | null {
  const text = store()?.getItem(PREFIX + key);
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { id, delta } = value as Record<string, unknown>;
    if (typeof id !== 'string' || !/^\d+\/[0-9a-f-]{36}$/.test(id)) return null;
    if (typeof delta !== 'number' || !Number.isFinite(delta)) return null;
    return { id, delta };
  } catch {
    return null;
  }
}

/** The anchor for scroll position `y` among rows laid out top to bottom (`start`/`end` in page pixels). */
export function anchorAt(
  y: number,
  rows: readonly { key: string | number | bigint; start: number; end: number }[],
): ScrollAnchor | null {
  // Binary search for the first row whose bottom is below y (10,000 rows: 14 steps).
  let low = 0;
  let high = rows.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const row = rows[mid];
    if (row && row.end > y) {
      found = mid;
      high = mid - 1;
    } else low = mid + 1;
  }
  // Below the last row (the list's footer): measured from the last row.
  const row = rows[found < 0 ? rows.length - 1 : found];
  return row ? { id: String(row.key), delta: y - row.start } : null;
}
