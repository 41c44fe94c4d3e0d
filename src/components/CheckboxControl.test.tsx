import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../test/renderWithProviders';
import { CheckboxControl, CheckboxLabel } from './CheckboxControl';

function Labelled() {
  const [checked, setChecked] = useState(false);
  return (
    <CheckboxLabel
      label="Bare uleste"
      checked={checked}
      onChange={(event) => setChecked(event.target.checked)}
    />
  );
}

describe('CheckboxControl', () => {
  it('is a native checkbox named by its label, toggled by a click on the text and by Space', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Labelled />);
    const box = screen.getByRole('checkbox', { name: 'Bare uleste' });
    expect(box).not.toBeChecked();
    await user.click(screen.getByText('Bare uleste'));
    expect(box).toBeChecked();
    box.focus();
    await user.keyboard(' ');
    expect(box).not.toBeChecked();
  });

  it('exposes "some of them" as mixed, and a disabled box cannot be ticked', () => {
    renderWithProviders(
      <>
        <CheckboxControl aria-label="Velg alle" checked={false} indeterminate onChange={() => {}} />
        <CheckboxControl aria-label="Ingen" checked={false} disabled onChange={() => {}} />
      </>,
    );
    expect(screen.getByRole('checkbox', { name: 'Velg alle' })).toBePartiallyChecked();
    expect(screen.getByRole('checkbox', { name: 'Ingen' })).toBeDisabled();
  });
});
