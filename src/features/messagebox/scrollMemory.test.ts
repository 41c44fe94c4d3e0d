import { afterEach, describe, expect, it } from 'vitest';

import { anchorAt, readAnchor, saveAnchor } from './scrollMemory';

const A = '500000/0b7f6a3c-1111-4222-8333-944455556666';
const B = '500000/1c8f6a3c-1111-4222-8333-944455556666';
const C = '500000/2d9f6a3c-1111-4222-8333-944455556666';

describe('scroll memory', () => {
  afterEach(() => sessionStorage.clear());

  it('remembers an anchor row and offset per key', () => {
    saveAnchor('1/inbox?q=a', { id: A, delta: 12.4 });
    saveAnchor('1/inbox', { id: B, delta: -300 });
    expect(readAnchor('1/inbox?q=a')).toEqual({ id: A, delta: 12 });
    expect(readAnchor('1/inbox')).toEqual({ id: B, delta: -300 });
    expect(readAnchor('2/inbox')).toBeNull();
  });

  it('ignores garbage and anything that is not a row id', () => {
    sessionStorage.setItem('innboks.scroll.x', 'NaN');
    sessionStorage.setItem('innboks.scroll.y', JSON.stringify({ id: '<script>', delta: 1 }));
    sessionStorage.setItem('innboks.scroll.z', JSON.stringify({ id: A, delta: 'far' }));
    expect(readAnchor('x')).toBeNull();
    expect(readAnchor('y')).toBeNull();
    expect(readAnchor('z')).toBeNull();
  });
});

describe('anchorAt', () => {
  const rows = [
    { key: A, start: 300, end: 396 },
    { key: B, start: 396, end: 500 },
    { key: C, start: 500, end: 590 },
  ];

  it('picks the first row whose bottom is below the top of the screen', () => {
    expect(anchorAt(0, rows)).toEqual({ id: A, delta: -300 });
    expect(anchorAt(396, rows)).toEqual({ id: B, delta: 0 });
    expect(anchorAt(450, rows)).toEqual({ id: B, delta: 54 });
    expect(anchorAt(589, rows)).toEqual({ id: C, delta: 89 });
  });

  it('measures from the last row below the list, and has no anchor without rows', () => {
    expect(anchorAt(700, rows)).toEqual({ id: C, delta: 200 });
    expect(anchorAt(0, [])).toBeNull();
  });
});
