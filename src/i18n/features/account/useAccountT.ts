import { useFeatureI18n, type FeatureI18n, type FeatureT, type FeatureTexts } from '../../featureTexts';
import { accountEn } from './en';
import { accountNb, type AccountKey } from './nb';
import { accountNn } from './nn';

export type { AccountKey };
export type AccountT = FeatureT<AccountKey>;

export const accountTexts: FeatureTexts<AccountKey> = { nb: accountNb, nn: accountNn, en: accountEn };

/** The i18n context whose `t` knows the core texts and the account texts. */
export function useAccountI18n(): FeatureI18n<AccountKey> {
  return useFeatureI18n(accountTexts);
}

/** The translate function for the current language: core texts and the account texts. */
export function useAccountT(): AccountT {
  return useAccountI18n().t;
}
