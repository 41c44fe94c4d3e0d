import { useFeatureI18n, type FeatureI18n, type FeatureT, type FeatureTexts } from '../../featureTexts';
import { instanceEn } from './en';
import { instanceNb, type InstanceKey } from './nb';
import { instanceNn } from './nn';

export type { InstanceKey };
export type InstanceT = FeatureT<InstanceKey>;

export const instanceTexts: FeatureTexts<InstanceKey> = { nb: instanceNb, nn: instanceNn, en: instanceEn };

/** The i18n context whose `t` knows the core texts and the instance texts. */
export function useInstanceI18n(): FeatureI18n<InstanceKey> {
  return useFeatureI18n(instanceTexts);
}

/** The translate function for the current language: core texts and the instance texts. */
export function useInstanceT(): InstanceT {
  return useInstanceI18n().t;
}
