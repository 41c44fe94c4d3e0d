import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { I18nProvider } from './I18nProvider';
import { useI18n } from './useT';

function Probe() {
  const { t, language, setLanguage, suggestLanguage } = useI18n();
  return (
    <>
      <p>{t('header.signOut')}</p>
      <p data-testid="language">{language}</p>
      <button onClick={() => suggestLanguage('en')}>suggest en</button>
      <button onClick={() => suggestLanguage('nn')}>suggest nn</button>
      <button onClick={() => setLanguage('nn')}>choose nn</button>
    </>
  );
}

function renderProbe() {
  render(
    <I18nProvider>
      <Probe />
    </I18nProvider>,
  );
}

describe('I18nProvider', () => {
  afterEach(() => window.localStorage.clear());

  it('defaults to bokmål and sets <html lang>', () => {
    renderProbe();
    expect(screen.getByText('Logg ut')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nb');
  });

  it('lets a profile suggestion apply until the person chooses', async () => {
    renderProbe();
    await userEvent.click(screen.getByRole('button', { name: 'suggest en' }));
    // English is its own chunk: it shows once loaded, never as keys in between.
    expect(await screen.findByText('Sign out')).toBeInTheDocument();
    expect(window.localStorage.getItem('innboks.pref.language')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'choose nn' }));
    await userEvent.click(screen.getByRole('button', { name: 'suggest en' }));
    await waitFor(() => expect(screen.getByTestId('language')).toHaveTextContent('nn'));
    expect(document.documentElement.lang).toBe('nn');
  });

  it('a remembered choice beats the profile', async () => {
    window.localStorage.setItem('innboks.pref.language', 'en');
    renderProbe();
    await userEvent.click(await screen.findByRole('button', { name: 'suggest nn' }));
    expect(await screen.findByText('Sign out')).toBeInTheDocument();
    expect(screen.getByTestId('language')).toHaveTextContent('en');
  });

  it('switches to a chosen language once its texts have loaded', async () => {
    renderProbe();
    await userEvent.click(screen.getByRole('button', { name: 'choose nn' }));
    await waitFor(() => expect(screen.getByTestId('language')).toHaveTextContent('nn'));
    expect(screen.getByText('Logg ut')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nn');
  });
});
