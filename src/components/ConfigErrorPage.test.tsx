import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { renderWithProviders } from '../test/renderWithProviders';
import { ConfigErrorPage } from './ConfigErrorPage';

describe('ConfigErrorPage', () => {
  afterEach(() => window.localStorage.clear());

  it('names every bad field, in bokmål by default', () => {
    renderWithProviders(
      <ConfigErrorPage
        failure={{
          kind: 'invalid',
          problems: [
            { field: 'oidc.authority', kind: 'missing' },
            { field: 'session.idleMinutes', kind: 'invalid' },
          ],
        }}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Innboks kan ikke starte' })).toBeInTheDocument();
    expect(screen.getByText('Feltet «oidc.authority» mangler.')).toBeInTheDocument();
    expect(screen.getByText('Feltet «session.idleMinutes» har en ugyldig verdi.')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nb');
  });

  it('says when the file is missing, and follows the language picker', async () => {
    renderWithProviders(<ConfigErrorPage failure={{ kind: 'http', status: 404 }} />);
    expect(screen.getByText('Fant ikke filen /config.json (HTTP-status 404).')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    // English loads as its own chunk; the page switches once its texts are there.
    expect(
      await screen.findByText('The file /config.json was not found (HTTP status 404).'),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('innboks.pref.language')).toBe('en');
  });

  it('says when the file is not JSON', () => {
    renderWithProviders(<ConfigErrorPage failure={{ kind: 'not-json' }} />);
    expect(screen.getByText('Filen /config.json er ikke gyldig JSON.')).toBeInTheDocument();
  });
});
