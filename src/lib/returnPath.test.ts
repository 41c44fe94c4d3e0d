import { describe, expect, it } from 'vitest';

import { DEFAULT_RETURN_PATH, safeReturnPath } from './returnPath';

describe('safeReturnPath', () => {
  it.each([
    ['/', '/'],
    ['/instances/512345?folder=archive', '/instances/512345?folder=archive'],
    ['/a/b#section', '/a/b#section'],
  ])('keeps the same-origin path %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    'https://evil.example/x',
    'http://127.0.0.1:5173/',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'data:text/html,hi',
    '/\t/evil.example',
    '/\n/evil.example',
    'relative/path',
    '',
    '/auth/callback',
    '/auth/callback?code=x',
  ])('rejects %j', (input) => {
    expect(safeReturnPath(input)).toBe(DEFAULT_RETURN_PATH);
  });

  it('rejects values that are not strings', () => {
    expect(safeReturnPath(undefined)).toBe(DEFAULT_RETURN_PATH);
    expect(safeReturnPath(42)).toBe(DEFAULT_RETURN_PATH);
    expect(safeReturnPath({ returnTo: '/x' })).toBe(DEFAULT_RETURN_PATH);
  });

  it('rejects very long values', () => {
    expect(safeReturnPath(`/${'a'.repeat(3000)}`)).toBe(DEFAULT_RETURN_PATH);
  });
});
