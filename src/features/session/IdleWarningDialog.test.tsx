import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../test/renderWithProviders';
import { IdleWarningDialog } from './IdleWarningDialog';

describe('IdleWarningDialog', () => {
  it('shows the countdown and puts focus on "Bli innlogget"', () => {
    renderWithProviders(<IdleWarningDialog open secondsLeft={42} onStay={() => {}} onSignOut={() => {}} />);
    const dialog = screen.getByRole('alertdialog', { name: 'Er du fortsatt der?' });
    expect(dialog).toHaveAccessibleDescription(/logget ut om 42 sekunder/);
    expect(screen.getByRole('button', { name: 'Bli innlogget' })).toHaveFocus();
  });

  it('calls the right handler for each button', async () => {
    const onStay = vi.fn();
    const onSignOut = vi.fn();
    renderWithProviders(<IdleWarningDialog open secondsLeft={5} onStay={onStay} onSignOut={onSignOut} />);
    await userEvent.click(screen.getByRole('button', { name: 'Logg ut nå' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Bli innlogget' }));
    expect(onStay).toHaveBeenCalledTimes(1);
  });

  it('treats Escape as "stay signed in", never as a silent sign-out', async () => {
    const onStay = vi.fn();
    const onSignOut = vi.fn();
    renderWithProviders(<IdleWarningDialog open secondsLeft={5} onStay={onStay} onSignOut={onSignOut} />);
    await userEvent.keyboard('{Escape}');
    expect(onStay).toHaveBeenCalledTimes(1);
    expect(onSignOut).not.toHaveBeenCalled();
  });
});
