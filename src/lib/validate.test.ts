import { describe, expect, expectTypeOf, it } from 'vitest';

import * as v from './validate';

/** The issues of a failed parse (fails the test when the parse succeeded). */
function issuesOf(schema: v.Schema<unknown>, input: unknown): v.Issue[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return result.issues;
}

const WRONG_TYPES: readonly unknown[] = [
  undefined,
  null,
  0,
  1.5,
  '',
  'x',
  true,
  false,
  [],
  {},
  Symbol('s'),
  10n,
];

describe('primitives', () => {
  it.each([
    ['string', v.string(), ['', 'x', '\u202E']],
    ['number', v.number(), [0, -1, 1.5, Number.MAX_VALUE, -0]],
    ['boolean', v.boolean(), [true, false]],
  ] as const)('%s accepts its own type and nothing else', (name, schema, good) => {
    for (const value of good) expect(schema.parse(value)).toBe(value);
    for (const value of WRONG_TYPES.filter((w) => typeof w !== name))
      expect(issuesOf(schema, value)).toEqual([{ path: [], expected: name }]);
  });

  it.each([NaN, Infinity, -Infinity])('number refuses %s', (value) => {
    expect(v.number().safeParse(value).success).toBe(false);
  });

  it('does not accept boxed values', () => {
    expect(v.string().safeParse(new String('x')).success).toBe(false);
    expect(v.number().safeParse(new Number(1)).success).toBe(false);
    expect(v.boolean().safeParse(new Boolean(true)).success).toBe(false);
  });

  it('unknown passes everything through, the very same value', () => {
    const object = { a: 1 };
    expect(v.unknown().parse(object)).toBe(object);
    for (const value of WRONG_TYPES)
      expect(v.unknown().safeParse(value)).toEqual({ success: true, data: value });
  });

  it('literals accepts exactly the listed values', () => {
    const level = v.literals(['low', 'high', 3]);
    expectTypeOf<v.Infer<typeof level>>().toEqualTypeOf<'low' | 'high' | 3>();
    expect(level.parse('high')).toBe('high');
    expect(level.parse(3)).toBe(3);
    for (const value of ['LOW', '3', 'toString', 'constructor', '__proto__', null, undefined, {}, ['low']])
      expect(issuesOf(level, value)).toEqual([{ path: [], expected: 'one of the allowed values' }]);
  });
});

describe('check', () => {
  it('reports a broken rule at the value, after the type is right', () => {
    const short = v.string().check((text) => text.length <= 3);
    expect(short.parse('abc')).toBe('abc');
    expect(issuesOf(short, 'abcd')).toEqual([{ path: [], expected: 'valid' }]);
    // A wrong type is reported once, as a type; the rule never sees it.
    expect(issuesOf(short, 5)).toEqual([{ path: [], expected: 'string' }]);
  });

  it('runs every rule even when an earlier one broke', () => {
    const seen: string[] = [];
    const schema = v
      .string()
      .check(() => (seen.push('first'), false))
      .check(() => (seen.push('second'), false));
    expect(issuesOf(schema, 'x')).toHaveLength(2);
    expect(seen).toEqual(['first', 'second']);
  });

  it('does not change the schema it is called on', () => {
    const base = v.number();
    base.check((n) => n > 10);
    expect(base.parse(1)).toBe(1);
  });

  it('can place the issue below the value', () => {
    const pair = v.object({ low: v.number(), high: v.number() }).check((p) => p.low <= p.high, ['high']);
    expect(issuesOf(pair, { low: 2, high: 1 })).toEqual([{ path: ['high'], expected: 'valid' }]);
  });

  it('matches tests a pattern', () => {
    const digits = v.string().check(v.matches(/^\d+$/));
    expect(digits.parse('123')).toBe('123');
    expect(digits.safeParse('12a').success).toBe(false);
  });
});

describe('optional, nullable, nullish', () => {
  it('let their empty value through as it is and check the rest', () => {
    expect(v.optional(v.string()).parse(undefined)).toBeUndefined();
    expect(issuesOf(v.optional(v.string()), null)).toEqual([{ path: [], expected: 'string' }]);
    expect(v.nullable(v.string()).parse(null)).toBeNull();
    expect(issuesOf(v.nullable(v.string()), undefined)).toEqual([{ path: [], expected: 'string' }]);
    expect(v.nullish(v.string()).parse(null)).toBeNull();
    expect(v.nullish(v.string()).parse(undefined)).toBeUndefined();
    expect(v.nullish(v.string()).parse('x')).toBe('x');
    expect(issuesOf(v.nullish(v.string()), 0)).toEqual([{ path: [], expected: 'string' }]);
  });

  it('widen the type', () => {
    expectTypeOf<v.Infer<ReturnType<typeof v.optional<string>>>>().toEqualTypeOf<string | undefined>();
    expectTypeOf<v.Infer<ReturnType<typeof v.nullable<string>>>>().toEqualTypeOf<string | null>();
    expectTypeOf<v.Infer<ReturnType<typeof v.nullish<string>>>>().toEqualTypeOf<string | null | undefined>();
  });
});

describe('map', () => {
  it('transforms a value that fits', () => {
    const length = v.map(v.string(), (text) => text.length);
    expectTypeOf<v.Infer<typeof length>>().toEqualTypeOf<number>();
    expect(length.parse('abc')).toBe(3);
  });

  it('never calls the transform for a value that does not fit, even one with only a broken rule', () => {
    let calls = 0;
    const counted = (text: string) => (calls++, text);
    expect(v.map(v.string(), counted).safeParse(1).success).toBe(false);
    expect(
      v
        .map(
          v.string().check(() => false),
          counted,
        )
        .safeParse('x').success,
    ).toBe(false);
    expect(calls).toBe(0);
  });
});

describe('orElse', () => {
  it('gives the fallback, and no issue, for anything that does not fit', () => {
    const flag = v.orElse(v.boolean(), null);
    expectTypeOf<v.Infer<typeof flag>>().toEqualTypeOf<boolean | null>();
    expect(flag.parse(true)).toBe(true);
    for (const value of WRONG_TYPES.filter((w) => typeof w !== 'boolean'))
      expect(flag.safeParse(value)).toEqual({ success: true, data: null });
  });

  it('falls back on a broken rule and on a wrong nested field, dropping their issues', () => {
    const schema = v.object({
      a: v.orElse(
        v.number().check((n) => n > 0),
        1,
      ),
      b: v.orElse(v.object({ c: v.string() }), null),
      d: v.string(),
    });
    expect(schema.parse({ a: -5, b: { c: 1 }, d: 'x' })).toEqual({ a: 1, b: null, d: 'x' });
    expect(issuesOf(schema, { a: -5, b: { c: 1 } })).toEqual([{ path: ['d'], expected: 'string' }]);
  });

  it('a missing key reads as the fallback', () => {
    expect(v.object({ a: v.orElse(v.string(), '') }).parse({})).toEqual({ a: '' });
  });
});

describe('union', () => {
  const idLike = v.union(v.number(), v.string().check(v.matches(/^\d+$/)));

  it('takes the first option that fits', () => {
    expectTypeOf<v.Infer<typeof idLike>>().toEqualTypeOf<number | string>();
    expect(idLike.parse(5)).toBe(5);
    expect(idLike.parse('5')).toBe('5');
    const first = v.union(
      v.map(v.number(), () => 'first'),
      v.map(v.number(), () => 'second'),
    );
    expect(first.parse(1)).toBe('first');
  });

  it('an option with only a broken rule does not fit; a failure is one issue at the value', () => {
    expect(issuesOf(idLike, 'x5')).toEqual([{ path: [], expected: 'one of the allowed types' }]);
    expect(issuesOf(v.object({ id: idLike }), { id: null })).toEqual([
      { path: ['id'], expected: 'one of the allowed types' },
    ]);
  });
});

describe('array', () => {
  it('checks every entry and keeps their order', () => {
    expect(v.array(v.number()).parse([3, 1, 2])).toEqual([3, 1, 2]);
    expect(v.array(v.number()).parse([])).toEqual([]);
  });

  it('names every entry that does not fit by its index', () => {
    expect(issuesOf(v.array(v.number()), [1, 'a', 2, null])).toEqual([
      { path: [1], expected: 'number' },
      { path: [3], expected: 'number' },
    ]);
  });

  it('refuses what only looks like an array', () => {
    for (const value of [{ length: 1, 0: 'x' }, 'ab', new Set([1]), null, undefined])
      expect(issuesOf(v.array(v.unknown()), value)).toEqual([{ path: [], expected: 'array' }]);
  });

  it('reads holes in a sparse array as undefined', () => {
    const sparse = [1, 2, 3];
    delete sparse[1];
    expect(issuesOf(v.array(v.number()), sparse)).toEqual([{ path: [1], expected: 'number' }]);
  });

  it('handles a huge array in one pass, issues and all', () => {
    const huge = Array.from({ length: 200_000 }, (_, index) => (index % 2 ? index : 'x'));
    const started = performance.now();
    const issues = issuesOf(v.array(v.number()), huge);
    expect(issues).toHaveLength(100_000);
    expect(issues[99_999]).toEqual({ path: [199_998], expected: 'number' });
    expect(v.array(v.unknown()).parse(huge)).toHaveLength(200_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('object', () => {
  const person = v.object({
    name: v.string(),
    age: v.optional(v.number()),
    tags: v.nullish(v.array(v.string())),
  });

  it('infers exact types: keys that can be undefined are optional', () => {
    expectTypeOf<v.Infer<typeof person>>().toEqualTypeOf<{
      name: string;
      age?: number | undefined;
      tags?: string[] | null | undefined;
    }>();
    expectTypeOf<v.Infer<typeof person>>().toEqualTypeOf<ReturnType<typeof person.parse>>();
  });

  it('strips keys the shape does not name', () => {
    expect(person.parse({ name: 'A', extra: 1, age: 3 })).toStrictEqual({ name: 'A', age: 3 });
  });

  it('leaves a key out when the input lacks it, and keeps an explicit undefined', () => {
    const out = person.parse({ name: 'A' });
    expect(Object.keys(out)).toEqual(['name']);
    expect(Object.keys(person.parse({ name: 'A', age: undefined }))).toEqual(['name', 'age']);
  });

  it('names every wrong field by its full path', () => {
    const nested = v.object({ a: v.object({ b: v.string() }), c: v.array(v.object({ d: v.boolean() })) });
    expect(issuesOf(nested, { a: { b: 1 }, c: [{ d: true }, { d: 'no' }] })).toEqual([
      { path: ['a', 'b'], expected: 'string' },
      { path: ['c', 1, 'd'], expected: 'boolean' },
    ]);
    expect(issuesOf(nested, { c: [] })).toEqual([{ path: ['a'], expected: 'object' }]);
  });

  it('refuses null, arrays and primitives', () => {
    for (const value of [null, undefined, [], [{ name: 'A' }], 'A', 1, true])
      expect(issuesOf(person, value)).toEqual([{ path: [], expected: 'object' }]);
  });

  it('reads a prototype-less object', () => {
    const input = Object.assign(Object.create(null) as Record<string, unknown>, { name: 'A' });
    const out = person.parse(input);
    expect(out).toEqual({ name: 'A' });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('reads only own properties: a polluted or inherited field does not count', () => {
    const inherited = Object.create({ name: 'from the prototype' }) as object;
    expect(issuesOf(person, inherited)).toEqual([{ path: ['name'], expected: 'string' }]);
    const shape = v.object({ toString: v.optional(v.unknown()), constructor: v.optional(v.unknown()) });
    expect(shape.parse({})).toStrictEqual({});
  });

  it('a __proto__ key in JSON neither reaches the result nor its prototype', () => {
    const input = JSON.parse('{"__proto__": {"name": "polluted", "isAdmin": true}, "name": "A"}') as unknown;
    const out = person.parse(input);
    expect(out).toStrictEqual({ name: 'A' });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('does not accept NaN or Infinity inside', () => {
    expect(issuesOf(person, { name: 'A', age: NaN })).toEqual([{ path: ['age'], expected: 'number' }]);
    expect(issuesOf(person, { name: 'A', age: Infinity })).toEqual([{ path: ['age'], expected: 'number' }]);
  });

  it('runs a rule on the whole object only when every field has the right type', () => {
    let calls = 0;
    const range = v
      .object({ low: v.number(), high: v.number().check((n) => n < 100) })
      .check((r) => (calls++, r.low <= r.high), ['low']);
    expect(issuesOf(range, { low: 'x', high: 1 })).toEqual([{ path: ['low'], expected: 'number' }]);
    expect(calls).toBe(0);
    // A broken field rule does not hide a broken cross-field rule.
    expect(issuesOf(range, { low: 500, high: 200 })).toEqual([
      { path: ['high'], expected: 'valid' },
      { path: ['low'], expected: 'valid' },
    ]);
  });
});

describe('record', () => {
  it('checks every value and keeps every key', () => {
    expect(v.record(v.string()).parse({ nb: 'Hei', en: 'Hi' })).toStrictEqual({ nb: 'Hei', en: 'Hi' });
    expect(issuesOf(v.record(v.string()), { nb: 'Hei', en: 1 })).toEqual([
      { path: ['en'], expected: 'string' },
    ]);
  });

  it('refuses arrays and primitives, accepts a prototype-less object', () => {
    for (const value of [[], ['x'], null, 'x', 1])
      expect(issuesOf(v.record(v.unknown()), value)).toEqual([{ path: [], expected: 'object' }]);
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { nb: 'x' });
    expect(v.record(v.string()).parse(bare)).toStrictEqual({ nb: 'x' });
  });

  it('skips a __proto__ key instead of setting the prototype of the result', () => {
    const input = JSON.parse('{"__proto__": {"polluted": "yes"}, "nb": "x"}') as unknown;
    const out = v.record(v.unknown()).parse(input);
    expect(Object.keys(out)).toEqual(['nb']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps keys that are names of Object.prototype members as plain entries', () => {
    const out = v.record(v.string()).parse(JSON.parse('{"constructor": "c", "toString": "t"}'));
    expect(Object.keys(out)).toEqual(['constructor', 'toString']);
    expect(out.toString).toBe('t');
  });
});

describe('parse and safeParse', () => {
  it('parse throws a ValidationError that names where, never the value', () => {
    const schema = v.object({ token: v.number(), other: v.boolean() });
    let error: unknown;
    try {
      schema.parse({ token: 'eyJhbGciOi.secret.value', other: 1 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(v.ValidationError);
    const validation = error as v.ValidationError;
    expect(validation.issues).toEqual([
      { path: ['token'], expected: 'number' },
      { path: ['other'], expected: 'boolean' },
    ]);
    expect(validation.message).toBe('Invalid input: 2 problem(s), first at token: expected number');
    expect(validation.message).not.toContain('secret');
  });

  it('names the root when the root is wrong', () => {
    expect(() => v.string().parse(1)).toThrow('first at (root): expected string');
  });

  it('each parse starts afresh', () => {
    const schema = v.object({ a: v.string() });
    expect(schema.safeParse({}).success).toBe(false);
    expect(schema.safeParse({ a: 'x' })).toEqual({ success: true, data: { a: 'x' } });
  });
});
