import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../test/renderWithProviders';
import { MultiFilter } from './MultiFilter';

const choices = [
  { value: 'nav', label: 'NAV' },
  { value: 'skd', label: 'Skatteetaten' },
];

/** The URL's part, as a parent holding the values. */
function Holder({ initial = [] as string[] }) {
  const [values, setValues] = useState<string[]>(initial);
  return (
    <>
      <MultiFilter
        label="Tjenesteeier"
        allLabel="Alle"
        choices={choices}
        values={values}
        onChange={setValues}
      />
      <output>{values.join(',')}</output>
    </>
  );
}

describe('MultiFilter', () => {
  it('opens a group of checkboxes and reports several values', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Holder />);
    const button = screen.getByRole('button', { name: 'Tjenesteeier: Alle' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('group', { name: 'Tjenesteeier' });
    await user.click(screen.getByRole('checkbox', { name: 'Skatteetaten' }));
    await user.click(screen.getByRole('checkbox', { name: 'NAV' }));
    expect(document.querySelector('output')?.textContent).toBe('skd,nav');
    expect(screen.getByRole('checkbox', { name: 'NAV' })).toBeChecked();
    expect(button).toHaveAccessibleName('Tjenesteeier: NAV, Skatteetaten');
    expect(group).toBeVisible();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('lists a value from the URL that is not among the choices by its code', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Holder initial={['xyz']} />);
    await user.click(screen.getByRole('button', { name: 'Tjenesteeier: xyz' }));
    expect(screen.getByRole('checkbox', { name: 'xyz' })).toBeChecked();
  });
});
