/**
 * Declarative checks for data that crosses into the app: platform responses, the runtime config
 * and token claims. It replaces zod (8.3 kB gzip on the first page) with the few combinators the
 * parsers use, keeping zod's semantics where they matter here:
 *
 * - `object` strips keys its shape does not name and reads only the input's own properties (a
 *   polluted prototype cannot supply a field); a key the input lacks stays absent in the output.
 * - Every field and array entry is checked, so one parse names every problem with its path.
 * - A failed type is fatal for its parents; a failed `check` is reported but the value is kept, so
 *   sibling and cross-field checks still run (as zod's refinements do).
 * - `number` accepts finite numbers only (no NaN or Infinity).
 */

export type PathKey = string | number;

/** One thing wrong: where (keys from the root) and what the value should have been. */
export interface Issue {
  path: PathKey[];
  /** `string`, `object`, `array`… for a wrong type; `valid` for a failed check. */
  expected: string;
}

export type SafeResult<T> = { success: true; data: T } | { success: false; issues: Issue[] };

/**
 * The input does not fit. The message names where and what was expected, never the value: a
 * platform body or a token can hold personal data.
 */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    const [first] = issues;
    super(
      `Invalid input: ${issues.length} problem(s), first at ${first?.path.join('.') || '(root)'}: expected ${first?.expected}`,
    );
    this.issues = issues;
  }
}

/** The path being checked (a shared stack, copied only into an issue) and the issues so far. */
interface Context {
  path: PathKey[];
  issues: Issue[];
}

// Returned exactly when an issue that makes the value unusable was recorded.
const FAIL: unique symbol = Symbol('fail');
type Run<T> = (input: unknown, ctx: Context) => T | typeof FAIL;

function fail(ctx: Context, expected: string, at: readonly PathKey[] = []): typeof FAIL {
  ctx.issues.push({ path: [...ctx.path, ...at], expected });
  return FAIL;
}

export class Schema<T> {
  readonly run: Run<T>;

  constructor(run: Run<T>) {
    this.run = run;
  }

  safeParse(input: unknown): SafeResult<T> {
    const ctx: Context = { path: [], issues: [] };
    const value = this.run(input, ctx);
    return ctx.issues.length || value === FAIL
      ? { success: false, issues: ctx.issues }
      : { success: true, data: value };
  }

  /** The checked value; throws ValidationError when anything is wrong. */
  parse(input: unknown): T {
    const result = this.safeParse(input);
    if (!result.success) throw new ValidationError(result.issues);
    return result.data;
  }

  /**
   * The same schema plus a rule on its (type-correct) value. A broken rule is reported at this
   * value's path, or `at` below it, and does not stop other rules or fields from being checked.
   */
  check(rule: (value: T) => boolean, at?: readonly PathKey[]): Schema<T> {
    return new Schema((input, ctx) => {
      const value = this.run(input, ctx);
      if (value !== FAIL && !rule(value)) fail(ctx, 'valid', at);
      return value;
    });
  }
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

function is<T>(expected: string, test: (input: unknown) => boolean): Schema<T> {
  return new Schema((input, ctx) => (test(input) ? (input as T) : fail(ctx, expected)));
}

export const string = (): Schema<string> => is('string', (input) => typeof input === 'string');
/** A finite number: NaN and ±Infinity are not numbers here. */
export const number = (): Schema<number> => is('number', Number.isFinite);
export const boolean = (): Schema<boolean> => is('boolean', (input) => typeof input === 'boolean');
export const unknown = (): Schema<unknown> => new Schema((input) => input);

/** One of a fixed set of values (compared with ===, so inherited names like `toString` never match). */
export function literals<const T extends readonly (string | number | boolean)[]>(
  values: T,
): Schema<T[number]> {
  return is('one of the allowed values', (input) => values.includes(input as T[number]));
}

/** A rule for `check`: the text matches `pattern` (which must not have the g or y flag). */
export const matches =
  (pattern: RegExp) =>
  (text: string): boolean =>
    pattern.test(text);

export const optional = <T>(schema: Schema<T>): Schema<T | undefined> =>
  new Schema((input, ctx) => (input === undefined ? undefined : schema.run(input, ctx)));

export const nullable = <T>(schema: Schema<T>): Schema<T | null> =>
  new Schema((input, ctx) => (input === null ? null : schema.run(input, ctx)));

/** `null` and `undefined` pass as they are. */
export const nullish = <T>(schema: Schema<T>): Schema<T | null | undefined> =>
  new Schema((input, ctx) => (input == null ? input : schema.run(input, ctx)));

/** Runs `schema` and, only when nothing at all was wrong, turns its value into another. */
export function map<T, U>(schema: Schema<T>, transform: (value: T) => U): Schema<U> {
  return new Schema((input, ctx) => {
    const before = ctx.issues.length;
    const value = schema.run(input, ctx);
    return value === FAIL || ctx.issues.length > before ? FAIL : transform(value);
  });
}

/** `schema`'s value, or `fallback` (and no issue) when anything about the input is wrong. */
export function orElse<T, F>(schema: Schema<T>, fallback: F): Schema<T | F> {
  return new Schema((input, ctx) => {
    const before = ctx.issues.length;
    const value = schema.run(input, ctx);
    if (ctx.issues.length === before && value !== FAIL) return value;
    ctx.issues.length = before;
    return fallback;
  });
}

/** The first option that fits without any issue. */
export function union<const S extends readonly Schema<unknown>[]>(...options: S): Schema<Infer<S[number]>> {
  return new Schema((input, ctx) => {
    const before = ctx.issues.length;
    for (const option of options) {
      const value = option.run(input, ctx);
      if (ctx.issues.length === before && value !== FAIL) return value as Infer<S[number]>;
      ctx.issues.length = before;
    }
    return fail(ctx, 'one of the allowed types');
  });
}

/** A non-null object that is not an array (prototype-less objects included). */
function isObject(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/** Runs `schema` on one child of the value at ctx.path. */
function runAt<T>(schema: Schema<T>, input: unknown, key: PathKey, ctx: Context): T | typeof FAIL {
  ctx.path.push(key);
  const value = schema.run(input, ctx);
  ctx.path.pop();
  return value;
}

export function array<T>(item: Schema<T>): Schema<T[]> {
  return new Schema((input, ctx) => {
    if (!Array.isArray(input)) return fail(ctx, 'array');
    const out: T[] = [];
    let failed = false;
    for (let index = 0; index < input.length; index++) {
      const value = runAt(item, input[index], index, ctx);
      if (value === FAIL) failed = true;
      else out.push(value);
    }
    return failed ? FAIL : out;
  });
}

export type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
type Flat<T> = { [K in keyof T]: T[K] } & {};
/** Keys whose schema can give `undefined` are optional, as in zod. */
export type ObjectOf<S extends Shape> = Flat<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

/** The shape's keys, each checked; other keys are left out of the result. */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  const entries = Object.entries(shape);
  return new Schema((input, ctx) => {
    if (!isObject(input)) return fail(ctx, 'object');
    const out: Record<string, unknown> = {};
    let failed = false;
    for (const [key, schema] of entries) {
      const own = Object.hasOwn(input, key);
      const value = runAt(schema, own ? input[key] : undefined, key, ctx);
      if (value === FAIL) failed = true;
      else if (value !== undefined || own) out[key] = value;
    }
    return failed ? FAIL : (out as ObjectOf<S>);
  });
}

/**
 * An object used as a map (string keys, each value checked). A `__proto__` key is skipped: set
 * on the result it would replace its prototype instead of adding an entry.
 */
export function record<T>(value: Schema<T>): Schema<Record<string, T>> {
  return new Schema((input, ctx) => {
    if (!isObject(input)) return fail(ctx, 'object');
    const out: Record<string, T> = {};
    let failed = false;
    for (const key of Object.keys(input)) {
      if (key === '__proto__') continue;
      const checked = runAt(value, input[key], key, ctx);
      if (checked === FAIL) failed = true;
      else out[key] = checked;
    }
    return failed ? FAIL : out;
  });
}
