/**
 * Dates and sizes in the person's language. Norwegian formats for nb and nn ("27. nov. 2026"),
 * British English for en (day before month, as Norwegians read it).
 */
function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nb-NO';
}

export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric' }).format(
    date,
  );
}

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

const UNITS = ['B', 'kB', 'MB', 'GB'] as const;

/** Decimal units (1 kB = 1000 B), as file managers on most systems now show them. */
export function formatBytes(bytes: number, language: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(value);
  return `${number} ${UNITS[unit]}`;
}
