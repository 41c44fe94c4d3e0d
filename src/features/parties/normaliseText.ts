// Letters NFD does not take apart; mapped so "Bodo" finds "Bodø" and "AEra" finds "Æra".
const FOLDED: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ð: 'd' };
const FOLDED_RE = /[øæßđłþð]/g;
const MARKS_RE = /[\u0300-\u036f]/g;
const NOT_WORD_RE = /[^\p{L}\p{N}]+/gu;
const NON_ASCII_RE = /[^\x20-\x7e]/;

/**
 * Lower case, without diacritics, words separated by single spaces: the form both party names
 * and queries are compared in. ASCII text (most of it) skips the costly Unicode steps.
 */
export function normaliseForSearch(value: string): string {
  let text = value.toLowerCase();
  if (NON_ASCII_RE.test(text)) {
    text = text
      .normalize('NFD')
      .replace(MARKS_RE, '')
      .replace(FOLDED_RE, (c) => FOLDED[c] ?? c);
  }
  return text.replace(NOT_WORD_RE, ' ').trim();
}
