import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { I18nProvider, type I18nContextValue } from './I18nProvider';
import { useI18n } from './useT';

let captured: I18nContextValue | null = null;

function Probe() {
  captured = useI18n();
  return <p>{captured.t('header.signOut')}</p>;
}

describe('I18nProvider', () => {
  afterEach(() => {
    window.localStorage.clear();
    captured = null;
  });

  it('defaults to bokmål and sets <html lang>', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('Logg ut')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nb');
  });

  it('lets a profile suggestion apply until the person chooses', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    act(() => captured?.suggestLanguage('en'));
    expect(screen.getByText('Sign out')).toBeInTheDocument();
    expect(window.localStorage.getItem('innboks.pref.language')).toBeNull();
    act(() => captured?.setLanguage('nn'));
    act(() => captured?.suggestLanguage('en'));
    expect(captured?.language).toBe('nn');
    expect(document.documentElement.lang).toBe('nn');
  });

  it('a remembered choice beats the profile', () => {
    window.localStorage.setItem('innboks.pref.language', 'en');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    act(() => captured?.suggestLanguage('nn'));
    expect(captured?.language).toBe('en');
  });
});
