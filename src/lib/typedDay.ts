/**
 * Dates typed the Norwegian way. A native date input shows the browser's own format (mm/dd/yyyy
 * under an English browser, whatever the page's language), so the date fields (the list's filters,
 * the archive export) are text fields that take dd.mm.yyyy (also with / or -, one-digit day and month, or the URL's yyyy-mm-dd).
 */
export function typedDayToIso(text: string): string | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const norwegian = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : norwegian
      ? [Number(norwegian[3]), Number(norwegian[2]), Number(norwegian[1])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || year < 1900 || year > 2999) return 'invalid';
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31.02 rolls over into March: not a real day.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return 'invalid';
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** yyyy-mm-dd (the URL's form) as dd.mm.yyyy. */
export function isoToTypedDay(iso: string | null): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  return year && month && day ? `${day}.${month}.${year}` : '';
}
