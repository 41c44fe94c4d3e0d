import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { I18nProvider } from '../../../i18n/I18nProvider';
import { useBulkActions } from './useBulkActions';

// The engine's chunk cannot be fetched (offline, or a deploy replaced the files).
vi.mock('./bulkEngine', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

function wrapper({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>
    </I18nProvider>
  );
}

describe('useBulkActions', () => {
  it('says so when the action code cannot be fetched, changes nothing, and is not left busy', async () => {
    const onApplied = vi.fn();
    const { result } = renderHook(() => useBulkActions(onApplied), { wrapper });
    const target = { id: '1/g', partyId: 1, guid: 'g', title: 'Skjema', readStatus: 'Unread' as const };
    await act(() => result.current.run('markRead', [target]));
    expect(result.current.unavailable).toBe(true);
    expect(result.current.busy).toBe(false);
    expect(result.current.offer).toBeNull();
    expect(onApplied).not.toHaveBeenCalled();
  });
});
