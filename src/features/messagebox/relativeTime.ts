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

type Unit = Intl.RelativeTimeFormatUnit;

// Nynorsk words for when the browser's ICU data has no `nn` (Chromium's trimmed data falls back
// to bokmål: "for 3 timer siden" instead of "for 3 timar sidan").
const NN_UNITS: Partial<Record<Unit, [string, string]>> = {
  year: ['år', 'år'],
  month: ['månad', 'månader'],
  week: ['veke', 'veker'],
  day: ['dag', 'dagar'],
  hour: ['time', 'timar'],
  minute: ['minutt', 'minutt'],
};
const NN_NAMED: Partial<Record<Unit, [string, string]>> = {
  year: ['i fjor', 'neste år'],
  month: ['førre månad', 'neste månad'],
  week: ['førre veke', 'neste veke'],
  day: ['i går', 'i morgon'],
};

function nynorsk(value: number, unit: Unit): string {
  if (value === 0) return 'no';
  const named = Math.abs(value) === 1 ? NN_NAMED[unit] : undefined;
  if (named) return value < 0 ? named[0] : named[1];
  const [one, many] = NN_UNITS[unit] ?? ['', ''];
  const count = Math.abs(value);
  const words = `${count} ${count === 1 ? one : many}`;
  return value < 0 ? `for ${words} sidan` : `om ${words}`;
}

let nnSupported: boolean | null = null;
function hasNynorsk(): boolean {
  nnSupported ??= new Intl.RelativeTimeFormat('nn').format(-3, 'hour').includes('sidan');
  return nnSupported;
}

/** "for 3 timer siden" / "for 3 timar sidan" / "3 hours ago"; under a minute reads "now". */
export function formatRelative(date: Date, now: Date, language: Language, ownNynorsk = false): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  let value = 0;
  let unit: Unit = 'second';
  for (const [candidate, size] of UNITS) {
    if (Math.abs(seconds) >= size) {
      value = Math.trunc(seconds / size);
      unit = candidate;
      break;
    }
  }
  if (language === 'nn' && (ownNynorsk || !hasNynorsk())) return nynorsk(value, unit);
  return new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' }).format(value, unit);
}

/** The exact time, for the tooltip and the accessible name. */
export function formatExact(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** A calendar day without time (due dates). */
export function formatDay(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' }).format(date);
}
