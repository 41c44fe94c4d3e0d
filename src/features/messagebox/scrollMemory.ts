/**
 * Scroll offsets of lists per URL, in sessionStorage (per tab, gone when the tab closes; holds
 * only numbers and list keys, nothing personal beyond the party id already in the URL). The back
 * button restores a list only once its rows are there, which the browser alone cannot do for
 * a list that loads after navigation.
 */
const PREFIX = 'innboks.scroll.';
const MAX_ENTRIES = 50;

function store(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function saveScroll(key: string, offset: number): void {
  const storage = store();
  if (!storage) return;
  try {
    storage.setItem(PREFIX + key, String(Math.max(0, Math.round(offset))));
    // Keep the store small: forget the oldest keys beyond a bound.
    const keys = Object.keys(storage).filter((k) => k.startsWith(PREFIX));
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) storage.removeItem(old);
  } catch {
    // Quota: scroll memory is a convenience.
  }
}

export function readScroll(key: string): number | null {
  const value = store()?.getItem(PREFIX + key);
  if (value === null || value === undefined) return null;
  const offset = Number(value);
  return Number.isFinite(offset) && offset >= 0 ? offset : null;
}
