import { useFeatureI18n, type FeatureI18n, type FeatureT, type FeatureTexts } from '../../featureTexts';
import { accessibilityEn } from './en';
import { accessibilityNb, type AccessibilityKey } from './nb';
import { accessibilityNn } from './nn';

export type { AccessibilityKey };
export type AccessibilityT = FeatureT<AccessibilityKey>;

export const accessibilityTexts: FeatureTexts<AccessibilityKey> = {
  nb: accessibilityNb,
  nn: accessibilityNn,
  en: accessibilityEn,
};

/** The i18n context whose `t` knows the core texts and the accessibility texts. */
export function useAccessibilityI18n(): FeatureI18n<AccessibilityKey> {
  return useFeatureI18n(accessibilityTexts);
}

/** The translate function for the current language: core texts and the accessibility texts. */
export function useAccessibilityT(): AccessibilityT {
  return useAccessibilityI18n().t;
}
