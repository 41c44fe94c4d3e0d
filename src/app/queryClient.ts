import { QueryClient } from '@tanstack/react-query';

import { isApiError } from '../api/errors';

/**
 * React Query retries every error three times by default, 401/403/404 included. Client errors
 * will not change on retry (and 401 is already handled by the API client), so only network
 * failures, 429 and 5xx are retried, twice.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return false;
  if (error.kind === 'network') return true;
  return error.kind === 'http' && (error.status === 429 || error.status >= 500);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 60_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
