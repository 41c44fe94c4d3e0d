import { onlineManager } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { ApiError } from '../../api/errors';
import { renderWithProviders } from '../../test/renderWithProviders';
import { ConnectivityBanner } from './ConnectivityBanner';

describe('ConnectivityBanner', () => {
  afterEach(() => {
    act(() => onlineManager.setOnline(true));
  });

  it('is an empty live region while all is well', () => {
    renderWithProviders(<ConnectivityBanner />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('says the app is offline, and clears itself when the connection is back', () => {
    renderWithProviders(<ConnectivityBanner />);
    act(() => onlineManager.setOnline(false));
    expect(screen.getByRole('status')).toHaveTextContent('Du er uten nettforbindelse.');
    act(() => onlineManager.setOnline(true));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('counts down while a query waits out a 429', async () => {
    const { queryClient } = renderWithProviders(<ConnectivityBanner />);
    let calls = 0;
    const fetching = queryClient.fetchQuery({
      queryKey: ['limited'],
      queryFn: () => {
        calls += 1;
        if (calls === 1) throw new ApiError('http', 429, '/x', 3_000);
        return 'ok';
      },
      retry: 1,
      retryDelay: 50,
    });
    expect(await screen.findByText(/Vi prøver igjen om [23] s\./)).toBeInTheDocument();
    await act(() => fetching);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
