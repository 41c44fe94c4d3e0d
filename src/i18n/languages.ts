import { formatMessage, type Language, type MessageParams } from './languageCodes';
import { en } from './messages/en';
import { nb, type Messages, type MessageKey } from './messages/nb';
import { nn } from './messages/nn';

/*
 * All three languages' texts at once, for tests and tools that compare them. The app itself
 * reads texts through loadMessages.ts, which loads nynorsk and English only when they are shown.
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

export const messages: Record<Language, Messages> = { nb, nn, en };

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return formatMessage(messages[language][key], params);
}
