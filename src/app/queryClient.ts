import { QueryClient } from '@tanstack/react-query';

import { retryDelayMs, shouldRetry } from '../api/retryPolicy';

/**
 * React Query retries every error three times by default, 401/403/404 included, 1-2-4 s apart
 * with no jitter. Ours follows src/api/retryPolicy.ts instead: only lost connections, 429 and 5xx,
 * three attempts in all, exponential backoff with jitter, and `Retry-After` when the platform
 * sends one. Mutations are not retried: a write that may have landed is not repeated blindly
 * (bulk actions report each failed item instead).
 *
 * Queries and mutations use the default network mode `online`: while the browser is offline they
 * pause (React Query's onlineManager follows the window's online/offline events) and continue on
 * their own once it is back, so nobody has to reload.
 */
export { shouldRetry };

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: (failureCount, error) => retryDelayMs(failureCount, error),
        staleTime: 60_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
