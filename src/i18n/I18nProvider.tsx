import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';

import { writePreference } from '../lib/preferences';
import { initialLanguage, translate, type Language, type MessageParams } from './languages';
import type { MessageKey } from './messages/nb';

export interface I18nContextValue {
  language: Language;
  /** Whether the person picked the language themselves (then a profile preference must not override it). */
  chosen: boolean;
  /** A choice made in the UI: remembered in localStorage. */
  setLanguage: (language: Language) => void;
  /** A suggestion (e.g. from the Altinn profile): applied only if the person has not chosen. */
  suggestLanguage: (language: Language) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
}

export const I18nContext = createContext<I18nContextValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(initialLanguage);

  useEffect(() => {
    // Screen readers pick their voice from <html lang>; it must follow the UI language.
    document.documentElement.lang = state.language;
  }, [state.language]);

  const setLanguage = useCallback((language: Language) => {
    writePreference('language', language);
    setState({ language, chosen: true });
  }, []);

  const suggestLanguage = useCallback((language: Language) => {
    setState((current) => (current.chosen ? current : { language, chosen: false }));
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({
      language: state.language,
      chosen: state.chosen,
      setLanguage,
      suggestLanguage,
      t: (key, params) => translate(state.language, key, params),
    }),
    [state, setLanguage, suggestLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
