import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/renderWithProviders';
import { LoadProgress } from './LoadProgress';

const names: Record<number, string> = { 1: 'Sophie Salt', 2: 'DDG Fitness Oslo', 3: 'EAS Health Consulting' };

describe('LoadProgress', () => {
  it('says how many parties are still loading', () => {
    renderWithProviders(
      <LoadProgress
        parties={[
          { partyId: 1, state: 'loaded', done: true, error: null },
          { partyId: 2, state: 'loading', done: false, error: null },
          { partyId: 3, state: 'waiting', done: false, error: null },
        ]}
        nameOf={(id) => names[id] ?? ''}
        onRetry={() => {}}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Henter meldinger fra 2 av 3 parter …');
  });

  it('names each failed party with its own retry, and counts only the others as shown', async () => {
    const onRetry = vi.fn();
    renderWithProviders(
      <LoadProgress
        parties={[
          { partyId: 1, state: 'loaded', done: true, error: null },
          { partyId: 2, state: 'failed', done: false, error: new Error('503') },
          { partyId: 3, state: 'failed', done: false, error: new Error('503') },
        ]}
        nameOf={(id) => names[id] ?? ''}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Viser meldinger fra 1 parter.');
    expect(screen.getByText('Vi fikk ikke hentet meldingene til 2 parter:')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Prøv igjen for EAS Health Consulting' }));
    expect(onRetry).toHaveBeenCalledWith(3);
  });
});
