import { searchTextSeparator } from '../store/instance-facts.ts';

/**
 * Storage's `searchString`: `value ILIKE '%' || s || '%'` on each presentation text value
 * (readinstancefromquery.sql). So `%` and `_` in the search are LIKE wildcards and `\` escapes
 * the next character, as in PostgreSQL; case is ignored. Returns a test over an
 * `InstanceFacts.searchText` (lower-cased values joined by NUL).
 */
export function compileIlike(search: string): (searchText: string) => boolean {
  const pattern = `%${search}%`.toLowerCase();
  // PostgreSQL text cannot hold NUL; no value can match such a search.
  if (search.includes(searchTextSeparator)) return () => false;
  if (!/[%_\\]/.test(search)) {
    // The common case: a plain substring. The separator keeps a match inside one value.
    const needle = search.toLowerCase();
    return (searchText) => searchText.includes(needle);
  }
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] ?? '';
    if (char === '\\' && i + 1 < pattern.length) {
      source += escapeRegExp(pattern[++i] ?? '');
    } else if (char === '%') {
      source += '[^\\u0000]*';
    } else if (char === '_') {
      source += '[^\\u0000]';
    } else {
      source += escapeRegExp(char);
    }
  }
  // Each value is matched whole, as LIKE does: anchored at the value's start and end.
  const regex = new RegExp(`(?:^|\\u0000)${source}(?:\\u0000|$)`, 'u');
  return (searchText) => regex.test(searchText);
}

function escapeRegExp(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}
