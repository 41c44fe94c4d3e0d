import * as v from '../lib/validate';

/**
 * Field-level leniency for platform responses (issue 6). Storage, the apps and the service owners
 * write these documents; an optional field with a type or value the app does not understand must
 * cost that field only, never the whole instance or list. Required structure (ids, arrays) stays
 * strict in each parser, so a body that is not what we asked for is still an error.
 */

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). In text
 * from the platform they have no honest use in a message box and one dishonest one: an override
 * makes "faktura\u202Efdp.exe" display as "fakturaexe.pdf". Removing them shows the text in its
 * real order; the marks U+200E/U+200F, which cannot reorder anything, stay.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Text as the platform sent it, minus bidi controls (see above), for showing to a person. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** An optional string: anything that is not a string reads as absent (null). */
export const looseText = v.orElse(
  v.map(v.nullish(v.string()), (text) => (text == null ? null : withoutBidiControls(text))),
  null,
);

/** An optional boolean: anything else reads as absent. */
export const looseBoolean = v.orElse(v.nullish(v.boolean()), null);

/** An optional whole number; Storage writes numbers, localtest-style data digit strings. */
export const looseCount = v.orElse(
  v.nullish(
    v.union(
      v.number().check((count) => Number.isSafeInteger(count) && count >= 0),
      v.map(v.string().check(v.matches(/^\d{1,15}$/)), Number),
    ),
  ),
  null,
);

/** An optional object: a value of any other shape reads as absent. */
export function looseObject<S extends v.Shape>(shape: S) {
  return v.orElse(v.nullish(v.object(shape)), null);
}

/** An optional list whose entries are checked one by one by the caller. */
export const looseList = v.orElse(v.nullish(v.array(v.unknown())), null);

/** Only the non-empty texts of a map, without bidi controls (a fresh object each time). */
function textsOf(record: Record<string, unknown> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record ?? {}))
    if (typeof value === 'string' && value !== '') out[key] = withoutBidiControls(value);
  return out;
}

/** A string map (presentation texts, titles per language): entries that are not text are dropped. */
export const looseTextMap = v.map(v.orElse(v.nullish(v.record(v.unknown())), null), textsOf);

/** The one value of `allowed` that `value` is, else `fallback` (an unknown enum value degrades). */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.find((item) => item === value) ?? fallback;
}

const ISO_DATE =
  /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?\s*(Z|[+-]\d\d:?\d\d)?)?$/i;
const CANONICAL = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,3})?Z$/;

/**
 * An ISO-8601 timestamp in the one form every browser parses alike (`…T…(.fff)Z`), or null when
 * it is not a date. Storage writes UTC with up to seven fractional digits; other writers use
 * offsets (+14:00), no fraction, or a date alone. A time without a zone is UTC, as .NET reads it
 * (a browser would read it as local time). Strings already in the canonical form pass unchanged.
 */
export function isoTimestamp(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (CANONICAL.test(value) && !Number.isNaN(Date.parse(value))) return value;
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = m;
  const ms = fraction.padEnd(3, '0').slice(0, 3);
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const time = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}${offset}`);
  if (Number.isNaN(time)) return null;
  // Date.parse rolls 31 February over to March; a date that is not in the calendar is not a date.
  const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return null;
  return new Date(time).toISOString();
}

/** `isoTimestamp` over a schema's output, for the optional date fields. */
export const looseDate = v.map(v.unknown(), isoTimestamp);
