import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';

import { onSessionEnd } from '../auth/session';
import { I18nProvider } from '../i18n/I18nProvider';
import { AppThemeProvider } from './AppThemeProvider';
import { AppRoutes } from './router';

interface Props {
  queryClient: QueryClient;
}

export function App({ queryClient }: Props) {
  // Sign-out must leave no server data behind in memory.
  useEffect(() => onSessionEnd(() => queryClient.clear()), [queryClient]);
  return (
    <I18nProvider>
      <AppThemeProvider>
        <QueryClientProvider client={queryClient}>
          {/* No transitions: a navigation commits in the event that caused it, so no frame shows
              the old party's rows under the new party's URL (e2e/isolation.spec.ts). */}
          <BrowserRouter useTransitions={false}>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </AppThemeProvider>
    </I18nProvider>
  );
}
