/**
 * The only place the app touches localStorage. It holds UI preferences (language, theme) and,
 * per user id, which parties they marked as favourites or used last: party ids only. Never a
 * token, an identity number or a name, because localStorage outlives the session and is
 * readable by any script on the origin.
 */
const PREFIX = 'innboks.pref.';

export type PreferenceKey = 'language' | 'theme';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled (privacy settings, sandboxed frames); preferences then last one page.
    return null;
  }
}

/** Reads a preference, returning null unless the stored value is one of `allowed`. */
export function readPreference<T extends string>(key: PreferenceKey, allowed: readonly T[]): T | null {
  const value = storage()?.getItem(PREFIX + key);
  return allowed.find((candidate) => candidate === value) ?? null;
}

export function writePreference(key: PreferenceKey, value: string): void {
  try {
    storage()?.setItem(PREFIX + key, value);
  } catch {
    // Quota or privacy mode: the choice still applies for this page.
  }
}

/** Preferences kept per Altinn user id, so two people sharing a browser do not share them. */
export type UserPreferenceKey = 'parties';

function userKey(userId: number, key: UserPreferenceKey): string {
  return `${PREFIX}user.${userId}.${key}`;
}

export function readUserPreference(userId: number, key: UserPreferenceKey): string | null {
  try {
    return storage()?.getItem(userKey(userId, key)) ?? null;
  } catch {
    return null;
  }
}

export function writeUserPreference(userId: number, key: UserPreferenceKey, value: string): void {
  try {
    storage()?.setItem(userKey(userId, key), value);
  } catch {
    // Quota or privacy mode: the choice still applies for this page.
  }
}
