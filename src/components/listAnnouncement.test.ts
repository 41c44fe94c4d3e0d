import { describe, expect, it } from 'vitest';

import { announceListChange } from './listAnnouncement';

const list = (key: string, ...ids: string[]) => ({ key, ids });

describe('announceListChange', () => {
  it('says how many rows a new list shows, and whether more will load', () => {
    expect(announceListChange(null, list('inbox', 'a', 'b'), false)).toEqual({
      kind: 'shown',
      count: 2,
      more: false,
    });
    expect(announceListChange(list('inbox', 'a'), list('inbox?q=skatt', 'c'), true)).toEqual({
      kind: 'shown',
      count: 1,
      more: true,
    });
    expect(announceListChange(list('inbox', 'a'), list('archive'), false)).toEqual({
      kind: 'shown',
      count: 0,
      more: false,
    });
  });

  it('counts rows a background refresh brought in among the known ones', () => {
    expect(announceListChange(list('inbox', 'a', 'b'), list('inbox', 'x', 'y', 'a', 'b'), false)).toEqual({
      kind: 'new',
      count: 2,
    });
    // A new row sorted between known rows counts too.
    expect(announceListChange(list('inbox', 'a', 'b'), list('inbox', 'a', 'x', 'b'), false)).toEqual({
      kind: 'new',
      count: 1,
    });
  });

  it('stays quiet for a next page appended after the known rows, and for no change', () => {
    expect(announceListChange(list('inbox', 'a', 'b'), list('inbox', 'a', 'b', 'c', 'd'), false)).toBeNull();
    expect(announceListChange(list('inbox', 'a', 'b'), list('inbox', 'a', 'b'), false)).toBeNull();
    // Rows that left (moved to the bin) are not news either.
    expect(announceListChange(list('inbox', 'a', 'b'), list('inbox', 'b'), false)).toBeNull();
  });
});
