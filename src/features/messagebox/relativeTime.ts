import type { Language } from '../../i18n/languages';

const LOCALES: Record<Language, string> = { nb: 'nb', nn: 'nn', en: 'en-GB' };

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "for 3 timer siden" / "for 3 timar sidan" / "3 hours ago"; under a minute reads "now". */
export function formatRelative(date: Date, now: Date, language: Language): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** The exact time, for the tooltip and the accessible name. */
export function formatExact(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** A calendar day without time (due dates). */
export function formatDay(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' }).format(date);
}
