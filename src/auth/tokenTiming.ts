/**
 * When to refresh the Altinn token, in the browser's clock. Storage validates `exp` with zero
 * clock skew, and the device clock may be minutes off, so the expiry is not read from `exp`
 * directly: the token's lifetime (exp − iat, both in the platform's clock) is added to the local
 * time the request was *sent* (a token cannot be older than the request that produced it, so this
 * errs on the early side).
 */
export interface TokenTiming {
  /** Local epoch ms when the request that returned the token was sent. */
  receivedAt: number;
  /** Local epoch ms when the platform will consider the token expired (at the latest). */
  expiresAt: number;
  /** Local epoch ms when the app should get a new one. */
  refreshAt: number;
}

const MIN_MARGIN_MS = 5_000;
const MAX_MARGIN_MS = 5 * 60_000;

/** Refresh margin: a fifth of the lifetime, at least 5 s and at most 5 min, never more than half. */
export function refreshMarginMs(lifetimeMs: number): number {
  const margin = Math.min(Math.max(lifetimeMs / 5, MIN_MARGIN_MS), MAX_MARGIN_MS);
  return Math.min(margin, lifetimeMs / 2);
}

export function tokenTiming(claims: { issuedAt: number; expiresAt: number }, sentAtMs: number): TokenTiming {
  const lifetimeMs = Math.max(0, (claims.expiresAt - claims.issuedAt) * 1000);
  const expiresAt = sentAtMs + lifetimeMs;
  return { receivedAt: sentAtMs, expiresAt, refreshAt: expiresAt - refreshMarginMs(lifetimeMs) };
}

/** Milliseconds until the refresh is due (0 when overdue). */
export function msUntilRefresh(timing: TokenTiming, nowMs: number): number {
  return Math.max(0, timing.refreshAt - nowMs);
}

export function isExpired(timing: TokenTiming, nowMs: number): boolean {
  return nowMs >= timing.expiresAt;
}

/**
 * Convert the ID token's `auth_time` into local time the same way: the ID-porten session began
 * (iat − auth_time) seconds before the token was issued.
 */
export function localAuthTime(claims: { iat?: unknown; auth_time?: unknown }, receivedAtMs: number): number {
  const { iat, auth_time: authTime } = claims;
  if (typeof iat !== 'number' || typeof authTime !== 'number' || authTime > iat) return receivedAtMs;
  return receivedAtMs - (iat - authTime) * 1000;
}
