/**
 * Stops a re-sign-in loop (a platform that answers 401 to every fresh token would otherwise send
 * the browser through ID-porten forever). Keeps only timestamps in sessionStorage.
 */
const KEY = 'innboks.auth.reauth';
const WINDOW_MS = 2 * 60_000;
const MAX_ATTEMPTS = 3;

export function allowedAttempts(previous: number[], now: number): number[] {
  return previous.filter((t) => now - t < WINDOW_MS);
}

export function isLooping(previous: number[], now: number): boolean {
  return allowedAttempts(previous, now).length >= MAX_ATTEMPTS;
}

function read(): number[] {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((t): t is number => typeof t === 'number') : [];
  } catch {
    return [];
  }
}

/** Records an automatic re-sign-in; returns false when there have been too many just now. */
export function recordReauthentication(now: number): boolean {
  const recent = allowedAttempts(read(), now);
  if (recent.length >= MAX_ATTEMPTS) return false;
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify([...recent, now]));
  } catch {
    // Without storage the guard cannot count; the redirect still happens.
  }
  return true;
}

export function clearReauthentications(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
}
