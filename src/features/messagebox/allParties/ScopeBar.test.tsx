import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/renderWithProviders';
import { resolveScope, type ScopeParty } from './partyScope';
import { ScopeBar } from './ScopeBar';

const parties = (count: number, organisations: number): ScopeParty[] =>
  Array.from({ length: count }, (_, i) => ({
    partyId: 1000 + i,
    name: `Klient ${i}`,
    isOrganisation: i < organisations,
    isDeleted: false,
    orgNumber: i < organisations ? String(310000000 + i) : null,
  }));

describe('ScopeBar', () => {
  it('above the cap asks to choose, offering organisations only and favourites when they fit', async () => {
    const readable = parties(150, 40);
    const onChoose = vi.fn();
    renderWithProviders(
      <ScopeBar
        scope={resolveScope(readable, null)}
        readable={readable}
        favourites={[1100, 1101]}
        onChoose={onChoose}
        onShowAll={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Velg hvilke parter du vil se' })).toBeVisible();
    expect(screen.getByText(/Du kan handle på vegne av 150 parter/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Bare virksomheter (40)' }));
    expect(onChoose).toHaveBeenLastCalledWith(readable.slice(0, 40).map((p) => p.partyId));
    await userEvent.click(screen.getByRole('button', { name: 'Favorittene dine (2)' }));
    expect(onChoose).toHaveBeenLastCalledWith([1100, 1101]);
  });

  it('the chooser finds a party by organisation number and shows the choice', async () => {
    const readable = parties(150, 40);
    const onChoose = vi.fn();
    renderWithProviders(
      <ScopeBar
        scope={resolveScope(readable, null)}
        readable={readable}
        favourites={[]}
        onChoose={onChoose}
        onShowAll={() => {}}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Velg parter' }));
    const dialog = screen.getByRole('dialog', { name: 'Velg parter' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Finn part' }), {
      target: { value: '310000007' },
    });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Klient 7' }));
    expect(dialog).toHaveTextContent('1 av høyst 100 valgt');
    await userEvent.click(screen.getByRole('button', { name: 'Vis meldingene' }));
    expect(onChoose).toHaveBeenCalledWith([1007]);
  });
});
