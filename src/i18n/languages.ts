import { readPreference } from '../lib/preferences';
import { en } from './messages/en';
import { nb, type MessageKey, type Messages } from './messages/nb';
import { nn } from './messages/nn';

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nb';

export const messages: Record<Language, Messages> = { nb, nn, en };

export type MessageParams = Record<string, string | number>;

/** Fills {name} placeholders; an unknown placeholder stays visible so the mistake is noticed. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return formatMessage(messages[language][key], params);
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l === value);
}

/** The remembered choice, else bokmål (the service's default, whatever the browser says). */
export function initialLanguage(): { language: Language; chosen: boolean } {
  const stored = readPreference('language', LANGUAGES);
  return { language: stored ?? DEFAULT_LANGUAGE, chosen: stored !== null };
}
