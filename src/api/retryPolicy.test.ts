import { describe, expect, it } from 'vitest';

import { ApiError } from './errors';
import {
  backoffDelayMs,
  BACKOFF_CAP_MS,
  isRetryable,
  MAX_ATTEMPTS,
  parseRetryAfter,
  RETRY_AFTER_CAP_MS,
  retryDelayMs,
  shouldRetry,
} from './retryPolicy';

const http = (status: number, retryAfterMs: number | null = null) =>
  new ApiError('http', status, '/storage/api/v1/instances', retryAfterMs);

describe('backoffDelayMs', () => {
  it('doubles from 1 s with half of each wait random', () => {
    expect(backoffDelayMs(0, () => 0)).toBe(500);
    expect(backoffDelayMs(0, () => 0.999_999)).toBe(1_000);
    expect(backoffDelayMs(1, () => 0)).toBe(1_000);
    expect(backoffDelayMs(1, () => 0.5)).toBe(1_500);
    expect(backoffDelayMs(2, () => 0)).toBe(2_000);
  });

  it('never waits longer than the cap, however many retries', () => {
    expect(backoffDelayMs(30, () => 0.999_999)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelayMs(30, () => 0)).toBe(BACKOFF_CAP_MS / 2);
  });

  it('spreads waits out (jitter): different random draws give different waits', () => {
    const waits = new Set([0.1, 0.4, 0.7].map((r) => backoffDelayMs(1, () => r)));
    expect(waits.size).toBe(3);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-28T03:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('2', now)).toBe(2_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
  });

  it('reads an HTTP date, and a date in the past means now', () => {
    expect(parseRetryAfter('Sat, 28 Nov 2026 03:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 02:59:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    for (const value of [null, undefined, '', '-3', '1.5', 'soon', 'Tomorrow']) {
      expect(parseRetryAfter(value, now), String(value)).toBeNull();
    }
  });
});

describe('which errors are retried', () => {
  it('retries lost connections, 429 and every 5xx', () => {
    expect(isRetryable(new ApiError('network', 0, '/x'))).toBe(true);
    for (const status of [429, 500, 502, 503, 504])
      expect(isRetryable(http(status)), String(status)).toBe(true);
  });

  it('never retries client errors, bad bodies, timeouts or foreign errors', () => {
    for (const status of [400, 401, 403, 404, 409, 410, 422])
      expect(isRetryable(http(status)), String(status)).toBe(false);
    expect(isRetryable(new ApiError('invalid-response', 200, '/x'))).toBe(false);
    expect(isRetryable(new ApiError('timeout', 0, '/x'))).toBe(false);
    expect(isRetryable(new Error('boom'))).toBe(false);
  });

  it('makes three attempts in all', () => {
    const attempts = [0, 1, 2, 3].filter((failureCount) => shouldRetry(failureCount, http(503))).length + 1;
    expect(attempts).toBe(MAX_ATTEMPTS);
    expect(MAX_ATTEMPTS).toBe(3);
  });
});

describe('retryDelayMs', () => {
  it('waits what Retry-After asked for, up to the cap', () => {
    expect(retryDelayMs(0, http(429, 2_000), () => 0)).toBe(2_000);
    expect(retryDelayMs(1, http(503, 0), () => 0.9)).toBe(0);
    expect(retryDelayMs(0, http(429, 3_600_000), () => 0)).toBe(RETRY_AFTER_CAP_MS);
  });

  it('backs off when the platform said nothing', () => {
    expect(retryDelayMs(0, http(429), () => 0)).toBe(500);
    expect(retryDelayMs(1, http(502), () => 0)).toBe(1_000);
    expect(retryDelayMs(0, new ApiError('network', 0, '/x'), () => 1)).toBe(1_000);
  });
});
