import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { useFeatureI18n, type FeatureTexts } from './featureTexts';
import { useInstanceT } from './features/instance/useInstanceT';
import { I18nProvider } from './I18nProvider';

const demoTexts: FeatureTexts<'demo.greeting'> = {
  nb: { 'demo.greeting': 'Hei, {name}' },
  nn: { 'demo.greeting': 'Hei på deg, {name}' },
  en: { 'demo.greeting': 'Hello, {name}' },
};

function Probe() {
  const { t, language, setLanguage } = useFeatureI18n(demoTexts);
  return (
    <>
      <p data-testid="feature">{t('demo.greeting', { name: 'Kari' })}</p>
      <p data-testid="core">{t('header.signOut')}</p>
      <p data-testid="language">{language}</p>
      <button onClick={() => setLanguage('en')}>choose en</button>
      <button onClick={() => setLanguage('nn')}>choose nn</button>
    </>
  );
}

function InstanceProbe() {
  const t = useInstanceT();
  return <p>{t('instance.backToList')}</p>;
}

describe('feature texts', () => {
  afterEach(() => window.localStorage.clear());

  it('reads the feature table and falls back to the core one', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('feature')).toHaveTextContent('Hei, Kari');
    expect(screen.getByTestId('core')).toHaveTextContent('Logg ut');
  });

  it('follows a language switch in the same render as the core texts: never keys, never mixed', async () => {
    const seen: string[] = [];
    function Recorder() {
      const { t, language } = useFeatureI18n(demoTexts);
      seen.push(`${language}|${t('demo.greeting', { name: 'Kari' })}|${t('header.signOut')}`);
      return null;
    }
    render(
      <I18nProvider>
        <Probe />
        <Recorder />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'choose en' }));
    expect(await screen.findByText('Hello, Kari')).toBeInTheDocument();
    expect(screen.getByTestId('core')).toHaveTextContent('Sign out');
    await userEvent.click(screen.getByRole('button', { name: 'choose nn' }));
    expect(await screen.findByText('Hei på deg, Kari')).toBeInTheDocument();
    expect(new Set(seen)).toEqual(
      new Set(['nb|Hei, Kari|Logg ut', 'en|Hello, Kari|Sign out', 'nn|Hei på deg, Kari|Logg ut']),
    );
  });

  it("a feature's own hook knows its keys in every language", async () => {
    window.localStorage.setItem('innboks.pref.language', 'en');
    render(
      <I18nProvider>
        <InstanceProbe />
      </I18nProvider>,
    );
    expect(await screen.findByText('Back to the list')).toBeInTheDocument();
  });

  it('a key the feature and the core do not have is a compile error', () => {
    function Wrong() {
      const { t } = useFeatureI18n(demoTexts);
      // @ts-expect-error: not a core key, not a key of this feature
      return <p>{t('demo.greting')}</p>;
    }
    function OtherFeature() {
      const t = useInstanceT();
      // @ts-expect-error: the downloads' texts are not the instance view's
      return <p>{t('downloads.download')}</p>;
    }
    expect([Wrong, OtherFeature]).toHaveLength(2);
  });
});
