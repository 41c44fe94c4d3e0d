import { readPreference } from '../lib/preferences';

/*
 * The languages and the pieces of i18n that need no texts. Kept apart from languages.ts (which
 * holds all three languages' texts) so the first page can carry only the language it shows;
 * see loadMessages.ts.
 */

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nb';

export type MessageParams = Record<string, string | number>;

/** Fills {name} placeholders; an unknown placeholder stays visible so the mistake is noticed. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l === value);
}

/** The remembered choice, else bokmål (the service's default, whatever the browser says). */
export function initialLanguage(): { language: Language; chosen: boolean } {
  const stored = readPreference('language', LANGUAGES);
  return { language: stored ?? DEFAULT_LANGUAGE, chosen: stored !== null };
}
