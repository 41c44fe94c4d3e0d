import { createSliceClock, yieldToMain } from '../lib/yieldToMain';

export interface SliceOptions {
  /** Longest stretch of work between two yields. */
  budgetMs?: number;
  /** About how many characters one `JSON.parse` call takes (cut at an element boundary). */
  chunkChars?: number;
  yieldFn?: () => Promise<void>;
}

/** Tries at a chunk's end before giving up on cutting and parsing the rest at once. */
const MAX_CUT_TRIES = 8;

/**
 * Parses a JSON array of objects and maps each element, in slices. A user with 100,000 parties
 * gets a 35 MB body: one `JSON.parse` of it blocks the page for a quarter of a second or more,
 * so the text is cut into chunks parsed one at a time, yielding between them.
 *
 * Cuts are made at `},{` without scanning every character (that scan costs more than the parse).
 * A cut inside a string or a nested array leaves the chunk with an unterminated string or an
 * unbalanced bracket, which `JSON.parse` always rejects; then the next candidate is tried. So a
 * chunk that parses was cut between two top-level elements, and malformed input still throws.
 */
export async function parseJsonArrayInSlices<T>(
  text: string,
  mapElement: (value: unknown) => T,
  { budgetMs = 12, chunkChars = 256 * 1024, yieldFn = yieldToMain }: SliceOptions = {},
): Promise<T[]> {
  const open = text.search(/\S/);
  if (open < 0 || text[open] !== '[') {
    const whole: unknown = JSON.parse(text);
    throw new TypeError(`Expected a JSON array, got ${typeof whole}`);
  }
  const clock = createSliceClock(budgetMs, yieldFn);
  const out: T[] = [];
  const take = (values: unknown): void => {
    if (!Array.isArray(values)) throw new TypeError('Chunk is not an array');
    for (const value of values) out.push(mapElement(value));
  };

  let start = open + 1;
  for (;;) {
    let cut = text.indexOf('},{', start + chunkChars);
    let chunk: unknown = null;
    for (let tries = 0; cut >= 0 && chunk === null; tries += 1) {
      if (tries === MAX_CUT_TRIES) {
        cut = -1;
        break;
      }
      try {
        chunk = JSON.parse(`[${text.slice(start, cut + 1)}]`);
      } catch {
        cut = text.indexOf('},{', cut + 1);
      }
    }
    if (cut < 0) {
      // The rest, closing bracket included: JSON.parse also rejects anything after it.
      take(JSON.parse(`[${text.slice(start)}`));
      return out;
    }
    take(chunk);
    start = cut + 2;
    await clock.maybeYield();
  }
}
