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
