import { createContext, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

import { writePreference } from '../lib/preferences';
import {
  DEFAULT_LANGUAGE,
  formatMessage,
  initialLanguage,
  type Language,
  type MessageParams,
} from './languageCodes';
import { loadedMessages, loadMessages } from './loadMessages';
import { nb, type MessageKey, type Messages } from './messages/nb';

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

interface Wanted {
  language: Language;
  chosen: boolean;
}

interface Shown extends Wanted {
  texts: Messages;
}

function shownIfLoaded(wanted: Wanted): Shown | null {
  const texts = loadedMessages(wanted.language);
  return texts ? { ...wanted, texts } : null;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [initial] = useState(initialLanguage);
  // What the person or profile asked for, updated at once; `shown` follows when its texts are
  // loaded, so the page never shows keys or flips to a language and back.
  const wanted = useRef<Wanted>(initial);
  const [shown, setShown] = useState<Shown | null>(() => shownIfLoaded(initial));

  const show = useCallback((next: Wanted) => {
    wanted.current = next;
    const ready = shownIfLoaded(next);
    if (ready) {
      setShown(ready);
      return;
    }
    loadMessages(next.language).then(
      (texts) => {
        if (wanted.current === next) setShown({ ...next, texts });
      },
      () => {
        // The texts could not be fetched (offline, or a deploy replaced the chunk): stay in the
        // language already shown; on a first render fall back to bokmål rather than a blank page.
        if (wanted.current === next) {
          setShown((current) => current ?? { language: DEFAULT_LANGUAGE, chosen: next.chosen, texts: nb });
        }
      },
    );
  }, []);

  useEffect(() => {
    if (loadedMessages(initial.language)) return;
    let live = true;
    const stillWanted = () => live && wanted.current === initial;
    loadMessages(initial.language).then(
      (texts) => {
        if (stillWanted()) setShown({ ...initial, texts });
      },
      () => {
        if (stillWanted()) setShown({ language: DEFAULT_LANGUAGE, chosen: initial.chosen, texts: nb });
      },
    );
    return () => {
      live = false;
    };
  }, [initial]);

  const language = shown?.language;
  useEffect(() => {
    // Screen readers pick their voice from <html lang>; it must follow the UI language.
    if (language) document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback(
    (next: Language) => {
      writePreference('language', next);
      show({ language: next, chosen: true });
    },
    [show],
  );

  const suggestLanguage = useCallback(
    (next: Language) => {
      if (!wanted.current.chosen) show({ language: next, chosen: false });
    },
    [show],
  );

  const value = useMemo<I18nContextValue>(() => {
    // Never provided while nothing is shown (see below); bokmål only keeps the type whole.
    const current = shown ?? { ...initial, texts: nb };
    const { texts } = current;
    return {
      language: current.language,
      chosen: current.chosen,
      setLanguage,
      suggestLanguage,
      t: (key, params) => formatMessage(texts[key], params),
    };
  }, [shown, initial, setLanguage, suggestLanguage]);

  // Only while a remembered nynorsk or English loads on start (main.tsx fetches it alongside the
  // runtime config, so usually not at all).
  if (!shown) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
