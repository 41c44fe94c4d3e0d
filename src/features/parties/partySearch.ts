import { normaliseForSearch } from './normaliseText';
import { FLAG_DELETED, FLAG_HEADING, type PartyIndex } from './partyIndex';

export interface PartySearch {
  /** The normalised query the matches answer; '' lists everything. */
  query: string;
  showDeleted: boolean;
  /** Matching rows, in display order (headings never; they are added by `withHeadings`). */
  matches: Int32Array;
}

/**
 * The query in comparable form. A query of digits and spaces is one number typed in groups
 * ("897 069 650"), so its spaces go; otherwise each word must match.
 */
export function normaliseQuery(raw: string): string {
  if (/^[\d\s]+$/.test(raw)) return raw.replace(/\s/g, '');
  return normaliseForSearch(raw);
}

function tokenMatches(index: PartyIndex, row: number, token: string, numeric: boolean): boolean {
  // A name matches at the start of a word; a number only at the start of the org or identity
  // number: digits from the middle or end (the part masked on screen) never match.
  if ((index.names[row] ?? '').includes(` ${token}`)) return true;
  return numeric && (index.digits[row] ?? '').startsWith(token);
}

function rowMatches(
  index: PartyIndex,
  row: number,
  tokens: readonly string[],
  numeric: readonly boolean[],
): boolean {
  for (let t = 0; t < tokens.length; t += 1) {
    if (!tokenMatches(index, row, tokens[t] ?? '', numeric[t] ?? false)) return false;
  }
  return true;
}

/** The row whose text starts at or before `offset`. */
function rowAt(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function markAll(text: string, starts: Int32Array, needle: string, marks: Uint8Array): void {
  let at = text.indexOf(needle);
  while (at >= 0) {
    const row = rowAt(starts, at);
    marks[row] = 1;
    // Skip the rest of this row; it is already in.
    at = text.indexOf(needle, starts[row + 1] ?? text.length);
  }
}

/**
 * Rows that may match: those containing the longest token (found by `indexOf` over the joined
 * texts), plus the subunits of access-less main units among them. Each is then checked fully.
 */
function candidateRows(
  index: PartyIndex,
  tokens: readonly string[],
  numeric: readonly boolean[],
): Uint8Array {
  let longest = 0;
  for (let t = 1; t < tokens.length; t += 1)
    if ((tokens[t] ?? '').length > (tokens[longest] ?? '').length) longest = t;
  const token = tokens[longest] ?? '';
  const marks = new Uint8Array(index.size);
  // Names are stored as "\n word word": a word start is a space before the token.
  markAll(index.nameText, index.nameStarts, ` ${token}`, marks);
  if (numeric[longest]) markAll(index.digitText, index.digitStarts, `\n${token}`, marks);
  for (let row = 0; row < index.size; row += 1) {
    if (marks[row] && (index.flags[row] ?? 0) & FLAG_HEADING) {
      for (let child = row + 1; child < index.size && index.parent[child] === row; child += 1)
        marks[child] = 1;
    }
  }
  return marks;
}

/**
 * Finds the rows matching `rawQuery`. When the new query only narrows `previous` (more letters,
 * more words), only `previous`'s matches are checked again: typing gets faster with each key.
 * Subunits of an access-less main unit whose name matches count as matches, so searching for
 * the group finds what can be chosen in it.
 */
export function searchParties(
  index: PartyIndex,
  rawQuery: string,
  showDeleted: boolean,
  previous?: PartySearch | null,
): PartySearch {
  const query = normaliseQuery(rawQuery);
  const tokens = query === '' ? [] : query.split(' ');
  const numeric = tokens.map((token) => /^\d+$/.test(token));
  const narrows =
    previous !== null &&
    previous !== undefined &&
    previous.showDeleted === showDeleted &&
    previous.query !== '' &&
    query.startsWith(previous.query);

  const out = new Int32Array(narrows ? previous.matches.length : index.size);
  let count = 0;
  const consider = (row: number): void => {
    const flags = index.flags[row] ?? 0;
    if (flags & FLAG_HEADING) return;
    if (!showDeleted && flags & FLAG_DELETED) return;
    if (tokens.length > 0 && !rowMatches(index, row, tokens, numeric)) {
      const parent = index.parent[row] ?? -1;
      const viaHeading =
        parent >= 0 &&
        (index.flags[parent] ?? 0) & FLAG_HEADING &&
        rowMatches(index, parent, tokens, numeric);
      if (!viaHeading) return;
    }
    out[count] = row;
    count += 1;
  };

  if (narrows) for (const row of previous.matches) consider(row);
  else if (tokens.length === 0) for (let row = 0; row < index.size; row += 1) consider(row);
  else {
    const candidates = candidateRows(index, tokens, numeric);
    for (let row = 0; row < index.size; row += 1) if (candidates[row]) consider(row);
  }
  return { query, showDeleted, matches: out.slice(0, count) };
}

/**
 * The matches with each subunit's main unit shown above it (as context, even when the main unit
 * itself does not match), so a subunit found by its number still shows whose it is.
 */
export function withHeadings(index: PartyIndex, matches: Int32Array): Int32Array {
  const out = new Int32Array(matches.length * 2);
  let count = 0;
  let lastTop = -1;
  for (const row of matches) {
    const parent = index.parent[row] ?? -1;
    if (parent < 0) lastTop = row;
    else if (parent !== lastTop) {
      out[count] = parent;
      count += 1;
      lastTop = parent;
    }
    out[count] = row;
    count += 1;
  }
  return out.slice(0, count);
}

/**
 * A search that remembers its last answer, so each keystroke that extends the query only
 * re-checks the previous matches. One per index; the picker keeps it for its lifetime.
 */
export function createIncrementalSearch(
  index: PartyIndex,
): (rawQuery: string, showDeleted: boolean) => PartySearch {
  let previous: PartySearch | null = null;
  return (rawQuery, showDeleted) => {
    previous = searchParties(index, rawQuery, showDeleted, previous);
    return previous;
  };
}
