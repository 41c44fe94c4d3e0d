import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../test/renderWithProviders';
import { SignInError } from '../../auth/signInError';
import { RouteErrorBoundary } from './RouteErrorBoundary';

function Broken({ error }: { error: unknown }): never {
  throw error;
}

function renderAt(path: string, error: unknown) {
  return renderWithProviders(
    <MemoryRouter initialEntries={[path]}>
      <Link to="/fine">elsewhere</Link>
      <RouteErrorBoundary inShell>
        <Routes>
          <Route path="/broken" element={<Broken error={error} />} />
          <Route path="/fine" element={<p>Fine page</p>} />
        </Routes>
      </RouteErrorBoundary>
    </MemoryRouter>,
  );
}

describe('RouteErrorBoundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows a neutral error page without the error text, and clears it on navigation', async () => {
    // React reports caught errors on the console; keep the test output clean.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderAt('/broken', new Error('secret detail from a response'));
    expect(await screen.findByRole('heading', { name: 'Noe gikk galt' })).toBeInTheDocument();
    expect(screen.queryByText(/secret detail/)).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'elsewhere' }));
    expect(await screen.findByText('Fine page')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Noe gikk galt' })).not.toBeInTheDocument();
  });

  it('offers a new sign-in for a failed sign-in', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderAt('/broken', new SignInError('failed'));
    expect(await screen.findByRole('heading', { name: 'Innloggingen mislyktes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Logg inn på nytt' })).toBeInTheDocument();
  });
});
