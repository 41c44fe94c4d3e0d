import { describe, expect, it } from 'vitest';

import { MAX_FILE_NAME_LENGTH } from './sanitizeFileName';
import { createNameAllocator } from './uniqueNames';

describe('createNameAllocator', () => {
  it('numbers duplicates before the extension', () => {
    const names = createNameAllocator();
    expect(['a.pdf', 'a.pdf', 'a.pdf', 'b.pdf'].map((n) => names.allocate(n))).toEqual([
      'a.pdf',
      'a (2).pdf',
      'a (3).pdf',
      'b.pdf',
    ]);
  });

  it('treats names that differ only in case or Unicode form as the same file', () => {
    const names = createNameAllocator();
    expect(names.allocate('Kvittering.PDF')).toBe('Kvittering.PDF');
    expect(names.allocate('kvittering.pdf')).toBe('kvittering (2).pdf');
    expect(names.allocate('Søknad.txt')).toBe('Søknad.txt');
    expect(names.allocate('So\u0308knad.txt'.replace('o\u0308', 'ø'))).toBe('Søknad (2).txt');
  });

  it('does not collide with reserved names or with an existing "(2)"', () => {
    const names = createNameAllocator(['index.json']);
    expect(names.allocate('index.json')).toBe('index (2).json');
    expect(names.allocate('x (2).txt')).toBe('x (2).txt');
    expect(names.allocate('x.txt')).toBe('x.txt');
    expect(names.allocate('x.txt')).toBe('x (3).txt');
  });

  it('stays within the length limit when numbering a long name', () => {
    const names = createNameAllocator();
    const long = `${'y'.repeat(MAX_FILE_NAME_LENGTH - 4)}.pdf`;
    expect(names.allocate(long)).toBe(long);
    const second = names.allocate(long);
    expect(second.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(second.endsWith(' (2).pdf')).toBe(true);
  });
});
