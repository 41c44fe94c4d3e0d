import { describe, expect, it } from 'vitest';

import { allPartiesHref } from './allPartiesHref';

describe('allPartiesHref', () => {
  it('keeps the filters and the chosen parties, and opens an instance under the folder', () => {
    const search = new URLSearchParams('q=skatt&parties=500000,500001&unread=1');
    expect(allPartiesHref('archive', search)).toBe('/all/archive?q=skatt&unread=1&parties=500000,500001');
    expect(
      allPartiesHref('inbox', new URLSearchParams(), {
        partyId: 500000,
        instanceGuid: '7338501a-0425-4db9-8bba-be90a67be4d4',
      }),
    ).toBe('/all/inbox/500000/7338501a-0425-4db9-8bba-be90a67be4d4');
    expect(allPartiesHref('bin', new URLSearchParams('parties=1,x&y=2'))).toBe('/all/bin?parties=1');
  });
});
