import { describe, expect, it } from 'vitest';

import { neighbourRow } from './rowFocus';

describe('neighbourRow', () => {
  const rows = ['a', 'b', 'c'];
  it('steps down and up, and stops at the ends', () => {
    expect(neighbourRow(rows, 'a', 1)).toBe('b');
    expect(neighbourRow(rows, 'c', 1)).toBe('c');
    expect(neighbourRow(rows, 'b', -1)).toBe('a');
    expect(neighbourRow(rows, 'a', -1)).toBe('a');
  });
  it('starts at the first row when focus is outside the list', () => {
    expect(neighbourRow(rows, null, 1)).toBe('a');
    expect(neighbourRow(rows, 'gone', -1)).toBe('a');
    expect(neighbourRow([], null, 1)).toBeNull();
  });
});
