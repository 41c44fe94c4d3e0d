import { isApiError } from './errors';

/**
 * When a failed platform call is tried again, and after how long. One schedule for every query,
 * so the person sees the same behaviour on every screen:
 *
 * - 500, 502, 503, 504 and a lost connection: three attempts in all. The waits double from a
 *   1 s base with "equal jitter" (half the wait fixed, half random), so the first retry comes
 *   after 0.5–1 s and the second after 1–2 s; the cap (8 s) only matters if attempts are raised.
 *   The jitter spreads many browsers' retries out after a platform hiccup instead of having
 *   them all hit the recovering server at the same instant.
 * - 429 (and a 503 that says so): wait what `Retry-After` asks (seconds or an HTTP date), at most
 *   30 s; the same three attempts.
 * - 4xx: never (the answer will not change). A 401 is handled earlier, in the API client: one
 *   token refresh and one retry.
 * - A body that does not parse: never (the same body would come back).
 * - A timeout: never automatically. The person has already waited the whole timeout; two more
 *   rounds of silence would be worse than a message with a "Try again" button.
 */
export const MAX_ATTEMPTS = 3;
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 8_000;
export const RETRY_AFTER_CAP_MS = 30_000;

/** The wait before retry number `retryIndex + 1` (0-based), with `random` in [0, 1). */
export function backoffDelayMs(retryIndex: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, retryIndex));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

const HTTP_DATE_LIKE = /[a-z]/i;

/**
 * `Retry-After` (RFC 9110 §10.2.3) as milliseconds from `nowMs`: delta-seconds or an HTTP date.
 * A date in the past means "now" (0); anything else unreadable is null (then back off as usual).
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1_000;
  if (!HTTP_DATE_LIKE.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}

/** Whether an error is worth trying again automatically (see the schedule above). */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.kind === 'network') return true;
  return error.kind === 'http' && (error.status === 429 || error.status >= 500);
}

/** React Query's `retry`: `failureCount` is the number of failures so far minus one (0 first). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_ATTEMPTS - 1 && isRetryable(error);
}

/** React Query's `retryDelay`, called with the same `failureCount` as `shouldRetry`. */
export function retryDelayMs(
  failureCount: number,
  error: unknown,
  random: () => number = Math.random,
): number {
  const asked = isApiError(error) ? error.retryAfterMs : null;
  if (asked !== null) return Math.min(asked, RETRY_AFTER_CAP_MS);
  return backoffDelayMs(failureCount, random);
}
