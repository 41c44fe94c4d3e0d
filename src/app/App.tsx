import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { createBrowserRouter } from 'react-router';
// From react-router/dom: that provider carries ReactDOM.flushSync, so `navigate(to, { flushSync })`
// commits in the same task as the URL change (the party switch relies on it: no frame may show
// the old party's rows under the new party's URL).
import { RouterProvider } from 'react-router/dom';

import { onSessionEnd } from '../auth/session';
import { I18nProvider } from '../i18n/I18nProvider';
import { AppThemeProvider } from './AppThemeProvider';

interface Props {
  queryClient: QueryClient;
  /** Created once outside React: StrictMode would build two routers and run the callback loader twice. */
  router: ReturnType<typeof createBrowserRouter>;
}

export function App({ queryClient, router }: Props) {
  // Sign-out must leave no server data behind in memory.
  useEffect(() => onSessionEnd(() => queryClient.clear()), [queryClient]);
  return (
    <I18nProvider>
      <AppThemeProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AppThemeProvider>
    </I18nProvider>
  );
}
