import type { Query } from '@tanstack/react-query';

import { isApiError } from '../../api/errors';
import { RETRY_AFTER_CAP_MS } from '../../api/retryPolicy';

/**
 * When the last query held back by a 429 will try again (local epoch ms), or 0 when none is
 * waiting. React Query keeps a query `fetching` through its retry waits, with the last failure
 * as `fetchFailureReason`; the wait is the one retryPolicy.ts chose from `Retry-After`.
 */
export function rateLimitedUntil(queries: readonly Pick<Query, 'state'>[]): number {
  let until = 0;
  for (const { state } of queries) {
    const reason = state.fetchFailureReason;
    if (state.fetchStatus !== 'fetching' || !isApiError(reason)) continue;
    if (reason.kind !== 'http' || reason.status !== 429 || reason.retryAfterMs === null) continue;
    until = Math.max(until, reason.at + Math.min(reason.retryAfterMs, RETRY_AFTER_CAP_MS));
  }
  return until;
}

/** Whole seconds left until `until`, never below 1 while it is still ahead (a "0 s" reads wrong). */
export function secondsLeft(until: number, now: number): number {
  return until > now ? Math.max(1, Math.ceil((until - now) / 1000)) : 0;
}
