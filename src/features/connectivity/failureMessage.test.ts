import { describe, expect, it } from 'vitest';

import { ApiError } from '../../api/errors';
import { failureMessage } from './failureMessage';

describe('failureMessage', () => {
  it('names what went wrong', () => {
    expect(failureMessage(new ApiError('timeout', 0, '/x'))).toEqual({ key: 'fault.timeout' });
    expect(failureMessage(new ApiError('network', 0, '/x'))).toEqual({ key: 'fault.network' });
    expect(failureMessage(new ApiError('invalid-response', 200, '/x'))).toEqual({ key: 'fault.invalid' });
    expect(failureMessage(new ApiError('http', 429, '/x', 2000))).toEqual({ key: 'fault.rateLimited' });
    for (const status of [500, 502, 503, 504])
      expect(failureMessage(new ApiError('http', status, '/x'))).toEqual({ key: 'fault.server' });
  });

  it('gives a refused request its status code, which support can use', () => {
    expect(failureMessage(new ApiError('http', 403, '/x'))).toEqual({ key: 'fault.refused', status: 403 });
  });

  it('treats anything that is not an ApiError as a problem on the platform side', () => {
    expect(failureMessage(new Error('boom'))).toEqual({ key: 'fault.server' });
    expect(failureMessage(undefined)).toEqual({ key: 'fault.server' });
  });
});
