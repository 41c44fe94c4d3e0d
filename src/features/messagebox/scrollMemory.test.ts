import { afterEach, describe, expect, it } from 'vitest';

import { readScroll, saveScroll } from './scrollMemory';

describe('scroll memory', () => {
  afterEach(() => sessionStorage.clear());

  it('remembers an offset per key', () => {
    saveScroll('1/inbox?q=a', 1234.4);
    saveScroll('1/inbox', 10);
    expect(readScroll('1/inbox?q=a')).toBe(1234);
    expect(readScroll('1/inbox')).toBe(10);
    expect(readScroll('2/inbox')).toBeNull();
  });

  it('ignores garbage', () => {
    sessionStorage.setItem('innboks.scroll.x', 'NaN');
    expect(readScroll('x')).toBeNull();
  });
});
