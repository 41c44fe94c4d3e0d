import { createSliceClock, yieldToMain } from '../lib/yieldToMain';

export interface SliceOptions {
  /** Longest stretch of work between two yields. */
  budgetMs?: number;
  /** Characters handed to one `JSON.parse` call (cut at an element boundary). */
  chunkChars?: number;
  yieldFn?: () => Promise<void>;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/**
 * Parses a JSON array and maps each element, in slices. A user with 100,000 parties gets a
 * 27 MB body: one `JSON.parse` of it blocks the page for a quarter of a second, so the text is
 * cut at top-level commas and parsed a chunk at a time, yielding between chunks. Anything
 * malformed still throws, as `JSON.parse` of the whole text would.
 */
export async function parseJsonArrayInSlices<T>(
  text: string,
  mapElement: (value: unknown) => T,
  { budgetMs = 12, chunkChars = 256 * 1024, yieldFn = yieldToMain }: SliceOptions = {},
): Promise<T[]> {
  const open = text.search(/\S/);
  if (open < 0 || text.charCodeAt(open) !== OPEN_BRACKET) {
    // Not an array (or empty): let JSON.parse report syntax errors, and the caller the shape.
    const whole: unknown = JSON.parse(text);
    throw new TypeError(`Expected a JSON array, got ${typeof whole}`);
  }
  const clock = createSliceClock(budgetMs, yieldFn);
  const out: T[] = [];
  const flush = (from: number, to: number): void => {
    const body = text.slice(from, to);
    if (body.trim() === '') return;
    const parsed: unknown = JSON.parse(`[${body}]`);
    if (!Array.isArray(parsed)) throw new TypeError('Chunk is not an array');
    for (const element of parsed) out.push(mapElement(element));
  };

  let chunkStart = open + 1;
  let depth = 1;
  let inString = false;
  let i = open + 1;
  for (; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth += 1;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth -= 1;
      if (depth === 0) break;
    } else if (c === COMMA && depth === 1 && i - chunkStart >= chunkChars) {
      flush(chunkStart, i);
      chunkStart = i + 1;
      await clock.maybeYield();
    }
  }
  if (depth !== 0) throw new SyntaxError('Unterminated JSON array');
  if (text.slice(i + 1).trim() !== '') throw new SyntaxError('Unexpected text after the JSON array');
  flush(chunkStart, i);
  return out;
}
