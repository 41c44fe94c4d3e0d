import { describe, expect, it } from 'vitest';

import { contentDisposition } from './download.ts';

describe('contentDisposition', () => {
  it('writes an ASCII filename and an RFC 5987 filename*, quoting when needed', () => {
    expect(contentDisposition('kvittering.pdf')).toBe(
      "attachment; filename=kvittering.pdf; filename*=UTF-8''kvittering.pdf",
    );
    expect(contentDisposition('Søknad (2).pdf')).toBe(
      'attachment; filename="S_knad (2).pdf"; filename*=UTF-8\'\'S%C3%B8knad%20%282%29.pdf',
    );
    // Token characters stay as they are in both parameters (encodeURIComponent would escape & and +).
    expect(contentDisposition('a&b+c.pdf')).toBe(
      "attachment; filename=a&b+c.pdf; filename*=UTF-8''a&b+c.pdf",
    );
    expect(contentDisposition('a"b.txt', true)).toBe(
      'inline; filename="a\\"b.txt"; filename*=UTF-8\'\'a%22b.txt',
    );
  });
});
