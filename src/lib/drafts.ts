import { useEffect, useRef, useState } from 'react';

/**
 * Keeps text a person has typed across a full-page re-sign-in (a refused token refresh sends the
 * browser through ID-porten and back). Only non-sensitive UI text belongs here (a search box, a
 * filter): the store is sessionStorage, which survives the redirect but not the tab. Every draft
 * is removed as soon as it is restored, and all drafts are dropped on sign-out.
 */
const PREFIX = 'innboks.draft.';

type Collector = () => string;
const collectors = new Map<string, Collector>();

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Writes every mounted draft field to sessionStorage; called right before a sign-in redirect. */
export function saveDrafts(): void {
  const store = storage();
  if (!store) return;
  for (const [id, collect] of collectors) {
    const value = collect();
    if (value) store.setItem(PREFIX + id, value);
    else store.removeItem(PREFIX + id);
  }
}

/** Returns a saved draft and forgets it, so a restored value is never restored twice. */
export function takeDraft(id: string): string | null {
  const store = storage();
  if (!store) return null;
  const value = store.getItem(PREFIX + id);
  store.removeItem(PREFIX + id);
  return value;
}

export function clearDrafts(): void {
  const store = storage();
  if (!store) return;
  for (let i = store.length - 1; i >= 0; i--) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) store.removeItem(key);
  }
}

/**
 * `useState` for a text field whose value should survive a re-sign-in. `id` must be stable and
 * unique per field (e.g. "inbox.search").
 */
export function useDraftState(id: string, initial = ''): [string, (value: string) => void] {
  const [value, setValue] = useState(() => takeDraft(id) ?? initial);
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);
  useEffect(() => {
    collectors.set(id, () => latest.current);
    return () => {
      collectors.delete(id);
    };
  }, [id]);
  return [value, setValue];
}
