import { describe, expect, it } from 'vitest';

import { ApiError } from '../api/errors';
import { shouldRetry } from './queryClient';

describe('shouldRetry', () => {
  it('retries network failures, 429 and 5xx at most twice', () => {
    expect(shouldRetry(0, new ApiError('network', 0, '/x'))).toBe(true);
    expect(shouldRetry(1, new ApiError('http', 503, '/x'))).toBe(true);
    expect(shouldRetry(0, new ApiError('http', 429, '/x'))).toBe(true);
    expect(shouldRetry(2, new ApiError('http', 503, '/x'))).toBe(false);
  });

  it('never retries client errors or bad bodies', () => {
    for (const status of [400, 401, 403, 404])
      expect(shouldRetry(0, new ApiError('http', status, '/x'))).toBe(false);
    expect(shouldRetry(0, new ApiError('invalid-response', 200, '/x'))).toBe(false);
    expect(shouldRetry(0, new Error('boom'))).toBe(false);
  });
});
