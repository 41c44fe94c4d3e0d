import { useSyncExternalStore } from 'react';

import { readPreference, writePreference } from './preferences';

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

let current: ThemePreference = readPreference('theme', THEME_PREFERENCES) ?? 'system';
const listeners = new Set<() => void>();

export function getThemePreference(): ThemePreference {
  return current;
}

/** A choice made in the UI; remembered across visits. */
export function setThemePreference(value: ThemePreference): void {
  current = value;
  writePreference('theme', value);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribe, getThemePreference);
}

const mediaSubscriptions = new Map<string, (onChange: () => void) => () => void>();

/**
 * Whether a media query matches now, following changes: read during the first render, so the
 * first paint already has the system's colour scheme and motion setting. (MUI's useMediaQuery does
 * the same with `noSsr`, but would put its module on the first page for these two queries.)
 */
export function useSystemMedia(query: string): boolean {
  let subscribe = mediaSubscriptions.get(query);
  if (!subscribe) {
    subscribe = (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    };
    mediaSubscriptions.set(query, subscribe);
  }
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
