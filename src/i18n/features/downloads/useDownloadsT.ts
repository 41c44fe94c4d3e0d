import { useFeatureI18n, type FeatureI18n, type FeatureT, type FeatureTexts } from '../../featureTexts';
import { downloadsEn } from './en';
import { downloadsNb, type DownloadsKey } from './nb';
import { downloadsNn } from './nn';

export type { DownloadsKey };
export type DownloadsT = FeatureT<DownloadsKey>;

export const downloadsTexts: FeatureTexts<DownloadsKey> = {
  nb: downloadsNb,
  nn: downloadsNn,
  en: downloadsEn,
};

/** The i18n context whose `t` knows the core texts and the downloads texts. */
export function useDownloadsI18n(): FeatureI18n<DownloadsKey> {
  return useFeatureI18n(downloadsTexts);
}

/** The translate function for the current language: core texts and the downloads texts. */
export function useDownloadsT(): DownloadsT {
  return useDownloadsI18n().t;
}
