import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';

import { onSessionEnd } from '../auth/session';
import { I18nProvider } from '../i18n/I18nProvider';
import { AppThemeProvider } from './AppThemeProvider';
import { createQueryClient } from './queryClient';
import { createAppRouter } from './router';

export function App() {
  const [queryClient] = useState<QueryClient>(createQueryClient);
  const [router] = useState(createAppRouter);
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
