import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../test/renderWithProviders';
import { DayField } from './DayField';

describe('DayField', () => {
  it('applies a typed day on Enter, and keeps a day that does not exist with a message tied to the field', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithProviders(<DayField label="Fra og med" value={null} onChange={onChange} />);
    const field = screen.getByRole('textbox', { name: 'Fra og med' });
    expect(field).toHaveAccessibleDescription('dd.mm.åååå');
    expect(field).not.toBeInvalid();

    await user.type(field, '31.01.2025{Enter}');
    expect(onChange).toHaveBeenCalledWith('2025-01-31');

    await user.clear(field);
    await user.type(field, '32.13.2020{Enter}');
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription('Skriv datoen som dd.mm.åååå, for eksempel 31.01.2025.');
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
