import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';

import { AppThemeProvider } from '../app/AppThemeProvider';
import { I18nProvider } from '../i18n/I18nProvider';

/** Renders with the app's providers and a fresh QueryClient that never retries. */
export function renderWithProviders(ui: ReactNode): RenderResult & { queryClient: QueryClient } {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <I18nProvider>
      <AppThemeProvider>
        <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>
      </AppThemeProvider>
    </I18nProvider>,
  );
  return { ...result, queryClient };
}
