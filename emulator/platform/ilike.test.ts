import { describe, expect, it } from 'vitest';

import { compileIlike } from './ilike.ts';
import { searchTextSeparator } from '../store/instance-facts.ts';

const texts = (...values: string[]): string => values.map((v) => v.toLowerCase()).join(searchTextSeparator);

describe("compileIlike (Storage's ILIKE '%s%' on each presentation text)", () => {
  it('matches a plain substring case-insensitively, inside one value only', () => {
    const match = compileIlike('Nummer 12');
    expect(match(texts('Sak nummer 123'))).toBe(true);
    expect(match(texts('Sak nummer 1', '2 andre'))).toBe(false);
    expect(compileIlike('ÆRE')(texts('Ære være'))).toBe(true);
  });

  it('treats % and _ as wildcards within a value, and \\ as their escape', () => {
    expect(compileIlike('a%c')(texts('xxabbbcxx'))).toBe(true);
    expect(compileIlike('a%c')(texts('xxa', 'cxx'))).toBe(false);
    expect(compileIlike('a_c')(texts('abc'))).toBe(true);
    expect(compileIlike('a_c')(texts('abbc'))).toBe(false);
    expect(compileIlike('100\\%')(texts('100% ferdig'))).toBe(true);
    expect(compileIlike('100\\%')(texts('1000 ferdig'))).toBe(false);
    expect(compileIlike('a\\_c')(texts('abc'))).toBe(false);
    expect(compileIlike('a\\_c')(texts('a_c'))).toBe(true);
    expect(compileIlike('%')(texts('anything'))).toBe(true);
  });

  it('keeps regular-expression characters literal and never matches a NUL', () => {
    expect(compileIlike('(a+b)?')(texts('x (a+b)? y'))).toBe(true);
    expect(compileIlike('(a+b)?')(texts('aab'))).toBe(false);
    expect(compileIlike('a.c_')(texts('a.cd'))).toBe(true);
    expect(compileIlike('a.c_')(texts('abcd'))).toBe(false);
    expect(compileIlike(`a${searchTextSeparator}b`)(texts('a', 'b'))).toBe(false);
  });
});
