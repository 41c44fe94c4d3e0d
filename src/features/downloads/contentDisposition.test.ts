import { describe, expect, it } from 'vitest';

import { contentDisposition, encodeRfc8187 } from './contentDisposition';

describe('contentDisposition', () => {
  it('gives ASCII names as they are', () => {
    expect(contentDisposition('attachment', 'kvittering.pdf')).toBe(
      `attachment; filename="kvittering.pdf"; filename*=UTF-8''kvittering.pdf`,
    );
  });

  it('percent-encodes UTF-8 in filename* and gives an ASCII stand-in', () => {
    expect(contentDisposition('inline', 'Søknad om dagpenger.pdf')).toBe(
      `inline; filename="S_knad om dagpenger.pdf"; filename*=UTF-8''S%C3%B8knad%20om%20dagpenger.pdf`,
    );
  });

  it('encodes every character outside RFC 8187 attr-char, quotes and apostrophes included', () => {
    expect(encodeRfc8187(`a'b"c(d)*e;f,g%h`)).toBe('a%27b%22c%28d%29%2Ae%3Bf%2Cg%25h');
    expect(encodeRfc8187('👍')).toBe('%F0%9F%91%8D');
  });

  it('never lets a quote or backslash end the quoted stand-in early', () => {
    const header = contentDisposition('attachment', 'a"b\\c.txt');
    expect(header.startsWith('attachment; filename="a_b_c.txt";')).toBe(true);
  });

  it('names something even when no character is ASCII', () => {
    expect(contentDisposition('attachment', '日本')).toBe(
      `attachment; filename="__"; filename*=UTF-8''%E6%97%A5%E6%9C%AC`,
    );
  });
});
