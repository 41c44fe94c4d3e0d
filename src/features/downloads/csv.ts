/**
 * CSV that opens correctly in Excel and cannot attack it: RFC 4180 quoting, CRLF line ends, a
 * UTF-8 byte order mark (without it Excel reads UTF-8 as Windows-1252 and "Skattemelding for
 * lønnstakere" turns into "lÃ¸nnstakere"), and OWASP's CSV-injection rule: a cell starting with
 * = + - @ (or a tab or carriage return) gets a leading apostrophe so it is text, never a formula.
 */
export type CsvDelimiter = ',' | ';';

export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(
  value: string | number | boolean | null | undefined,
  delimiter: CsvDelimiter,
): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  const mustQuote =
    text.includes(delimiter) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r') ||
    /^\s|\s$/.test(text);
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
  delimiter: CsvDelimiter,
): string {
  return (
    UTF8_BOM +
    rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter)).join('\r\n') +
    '\r\n'
  );
}
