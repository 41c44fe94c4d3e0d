import type { Query } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

import { ApiError } from '../../api/errors';
import { RETRY_AFTER_CAP_MS } from '../../api/retryPolicy';
import { rateLimitedUntil, secondsLeft } from './rateLimitWait';

function query(fetchStatus: 'fetching' | 'idle' | 'paused', reason: unknown): Pick<Query, 'state'> {
  return { state: { fetchStatus, fetchFailureReason: reason } as Query['state'] };
}

describe('rateLimitedUntil', () => {
  it('is when the latest 429 retry is due', () => {
    const a = new ApiError('http', 429, '/a', 2_000);
    const b = new ApiError('http', 429, '/b', 5_000);
    expect(rateLimitedUntil([query('fetching', a), query('fetching', b)])).toBe(
      Math.max(a.at + 2_000, b.at + 5_000),
    );
  });

  it('caps a long Retry-After as the retry does', () => {
    const a = new ApiError('http', 429, '/a', 3_600_000);
    expect(rateLimitedUntil([query('fetching', a)])).toBe(a.at + RETRY_AFTER_CAP_MS);
  });

  it('ignores settled queries, other failures and a 429 that named no wait', () => {
    expect(
      rateLimitedUntil([
        query('idle', new ApiError('http', 429, '/a', 2_000)),
        query('fetching', new ApiError('http', 503, '/b', 1_000)),
        query('fetching', new ApiError('http', 429, '/c')),
        query('fetching', null),
      ]),
    ).toBe(0);
  });
});

describe('secondsLeft', () => {
  it('rounds up and stops at zero once due', () => {
    expect(secondsLeft(10_000, 8_000)).toBe(2);
    expect(secondsLeft(10_000, 7_001)).toBe(3);
    expect(secondsLeft(10_000, 9_999)).toBe(1);
    expect(secondsLeft(10_000, 10_000)).toBe(0);
  });
});
