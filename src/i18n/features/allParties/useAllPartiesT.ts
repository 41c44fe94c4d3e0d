import { useFeatureI18n, type FeatureI18n, type FeatureT, type FeatureTexts } from '../../featureTexts';
import { allPartiesEn } from './en';
import { allPartiesNb, type AllPartiesKey } from './nb';
import { allPartiesNn } from './nn';

export type { AllPartiesKey };
export type AllPartiesT = FeatureT<AllPartiesKey>;

export const allPartiesTexts: FeatureTexts<AllPartiesKey> = {
  nb: allPartiesNb,
  nn: allPartiesNn,
  en: allPartiesEn,
};

/** The i18n context whose `t` knows the core texts and the allParties texts. */
export function useAllPartiesI18n(): FeatureI18n<AllPartiesKey> {
  return useFeatureI18n(allPartiesTexts);
}

/** The translate function for the current language: core texts and the allParties texts. */
export function useAllPartiesT(): AllPartiesT {
  return useAllPartiesI18n().t;
}
