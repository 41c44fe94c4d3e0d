import type { FeatureTexts } from './featureTexts';
import { accessibilityTexts, type AccessibilityKey } from './features/accessibility/useAccessibilityT';
import { accountTexts, type AccountKey } from './features/account/useAccountT';
import { allPartiesTexts, type AllPartiesKey } from './features/allParties/useAllPartiesT';
import { downloadsTexts, type DownloadsKey } from './features/downloads/useDownloadsT';
import { instanceTexts, type InstanceKey } from './features/instance/useInstanceT';
import { shortcutsTexts, type ShortcutsKey } from './features/shortcuts/useShortcutsT';
import { formatMessage, type Language, type MessageParams } from './languageCodes';
import { en } from './messages/en';
import { nb, type Messages, type MessageKey } from './messages/nb';
import { nn } from './messages/nn';

/*
 * All three languages' texts at once, core and every feature's, for tests and tools that compare
 * them. The app itself reads core texts through loadMessages.ts (nynorsk and English only when
 * shown) and a feature's texts through its own hook (src/i18n/features/*), in the feature's chunk.
 */

export {
  DEFAULT_LANGUAGE,
  formatMessage,
  initialLanguage,
  isLanguage,
  LANGUAGES,
  type Language,
  type MessageParams,
} from './languageCodes';

/** The core texts: what the first page may show. */
export const messages: Record<Language, Messages> = { nb, nn, en };

/** Each table by name: the core one and one per feature that loads on demand. */
export const TEXT_TABLES: Readonly<Record<string, FeatureTexts<string>>> = {
  core: messages,
  instance: instanceTexts,
  downloads: downloadsTexts,
  accessibility: accessibilityTexts,
  account: accountTexts,
  allParties: allPartiesTexts,
  shortcuts: shortcutsTexts,
};

export type AnyMessageKey =
  MessageKey | InstanceKey | DownloadsKey | AccessibilityKey | AccountKey | AllPartiesKey | ShortcutsKey;

function merged(language: Language): Record<AnyMessageKey, string> {
  const entries = Object.values(TEXT_TABLES).flatMap((table) => Object.entries(table[language]));
  return Object.fromEntries(entries) as Record<AnyMessageKey, string>;
}

/** Every table merged per language (tables never share a key: messages.test.ts checks). */
export const allMessages: Record<Language, Record<AnyMessageKey, string>> = {
  nb: merged('nb'),
  nn: merged('nn'),
  en: merged('en'),
};

export function translate(language: Language, key: AnyMessageKey, params?: MessageParams): string {
  return formatMessage(allMessages[language][key], params);
}
