import { useFeatureI18n, type FeatureI18n, type FeatureT, type FeatureTexts } from '../../featureTexts';
import { shortcutsEn } from './en';
import { shortcutsNb, type ShortcutsKey } from './nb';
import { shortcutsNn } from './nn';

export type { ShortcutsKey };
export type ShortcutsT = FeatureT<ShortcutsKey>;

export const shortcutsTexts: FeatureTexts<ShortcutsKey> = {
  nb: shortcutsNb,
  nn: shortcutsNn,
  en: shortcutsEn,
};

/** The i18n context whose `t` knows the core texts and the shortcuts texts. */
export function useShortcutsI18n(): FeatureI18n<ShortcutsKey> {
  return useFeatureI18n(shortcutsTexts);
}

/** The translate function for the current language: core texts and the shortcuts texts. */
export function useShortcutsT(): ShortcutsT {
  return useShortcutsI18n().t;
}
