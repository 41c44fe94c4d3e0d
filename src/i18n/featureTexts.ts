import { useMemo } from 'react';

import type { I18nContextValue } from './I18nProvider';
import { formatMessage, type Language, type MessageParams } from './languageCodes';
import type { MessageKey } from './messages/nb';
import { useI18n } from './useT';

/*
 * Texts that load with their feature (issue 7: the first page carries only the texts it shows).
 * A feature that loads on demand (the instance view, downloads, the accessibility statement, the
 * account page, the all-parties view, the shortcuts overview) keeps its texts in
 * src/i18n/features/<feature>/{nb,nn,en}.ts, imported only by that feature's code, so the
 * bundler puts them in the feature's own chunk. Each language's table is typed by the bokmål one.
 *
 * All three languages of a feature ship together in its chunk: they are small (a few kB gzip
 * each), and having them at hand means the feature follows a language switch in the same render
 * as the rest of the page (the provider switches once the core texts of the new language are in),
 * with no second fetch that could fail or show keys in between.
 */

/** One feature's texts in every language, each with exactly the bokmål table's keys. */
export type FeatureTexts<K extends string> = Readonly<Record<Language, Readonly<Record<K, string>>>>;

/** Translates the core keys and the feature's own: any other key is a compile error. */
export type FeatureT<K extends string> = (key: MessageKey | K, params?: MessageParams) => string;

export interface FeatureI18n<K extends string> extends Omit<I18nContextValue, 't'> {
  t: FeatureT<K>;
}

function isFeatureKey<K extends string>(table: Readonly<Record<K, string>>, key: string): key is K {
  return Object.hasOwn(table, key);
}

/** The i18n context with a `t` that also knows the feature's keys, in the language shown. */
export function useFeatureI18n<K extends string>(texts: FeatureTexts<K>): FeatureI18n<K> {
  const context = useI18n();
  return useMemo(() => {
    const table = texts[context.language];
    const t: FeatureT<K> = (key, params) =>
      isFeatureKey(table, key) ? formatMessage(table[key], params) : context.t(key, params);
    return { ...context, t };
  }, [context, texts]);
}
