import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../test/renderWithProviders';
import { ExportArchiveButton } from './ExportArchiveButton';

async function openChooser() {
  renderWithProviders(<ExportArchiveButton partyId={501337} partyName="DDG Fitness AS" />);
  await userEvent.click(screen.getByRole('button', { name: 'Eksporter arkiv' }));
  return screen.getByRole('dialog', { name: 'Eksporter arkivet' });
}

describe('ExportArchiveButton', () => {
  it('takes days typed as dd.mm.åååå, whatever the browser locale', async () => {
    const dialog = await openChooser();
    const from = within(dialog).getByRole('textbox', { name: 'Fra og med dato' });
    expect(from).toHaveValue(`01.01.${new Date().getFullYear()}`);
    await userEvent.clear(from);
    await userEvent.type(from, '02.01.2024');
    await userEvent.tab();
    expect(from).toHaveValue('02.01.2024');
    expect(within(dialog).getByRole('button', { name: 'Start eksport' })).toBeEnabled();
  });

  it('will not start while a typed day cannot be read, and says how to write it', async () => {
    const dialog = await openChooser();
    const to = within(dialog).getByRole('textbox', { name: 'Til og med dato' });
    await userEvent.clear(to);
    await userEvent.type(to, '32.13.2024');
    await userEvent.tab();
    expect(to).toHaveValue('32.13.2024');
    expect(to).toHaveAccessibleDescription('Skriv datoen som dd.mm.åååå, for eksempel 31.01.2025.');
    expect(within(dialog).getByRole('button', { name: 'Start eksport' })).toBeDisabled();
    // Its own message, not the "from before to" one.
    expect(within(dialog).queryByText('Fra-datoen må være før til-datoen.')).toBeNull();

    await userEvent.clear(to);
    await userEvent.type(to, `31.12.${new Date().getFullYear()}`);
    await userEvent.tab();
    expect(within(dialog).getByRole('button', { name: 'Start eksport' })).toBeEnabled();
  });
});
