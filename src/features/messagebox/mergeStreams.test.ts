import { describe, expect, it } from 'vitest';

import type { InstanceSummary } from '../../api/storage';
import { mergeStreams } from './mergeStreams';

const row = (id: string, hour: number): InstanceSummary => ({
  id: `1/${id}`,
  partyId: 1,
  guid: id,
  appId: 'a/b',
  org: 'a',
  dueBefore: null,
  visibleAfter: null,
  created: null,
  lastChanged: new Date(Date.UTC(2026, 0, 1, hour)).toISOString(),
  currentTask: null,
  processEnded: null,
  processStarted: null,
  isArchived: false,
  archived: null,
  isSoftDeleted: false,
  readStatus: 'Read',
  substatusLabel: null,
  presentationTexts: {},
});
const ids = (rows: InstanceSummary[]) => rows.map((r) => r.guid);

describe('mergeStreams', () => {
  it('a single stream is shown as loaded, even with more pages', () => {
    expect(
      ids(mergeStreams([{ id: 's', items: [row('a', 9), row('b', 8)], nextPath: '/n' }], 'newest')),
    ).toEqual(['a', 'b']);
  });

  it('merges finished streams newest first without duplicates', () => {
    const merged = mergeStreams(
      [
        { id: 'x', items: [row('a', 9), row('c', 5)], nextPath: null },
        { id: 'y', items: [row('b', 7), row('a', 9)], nextPath: null },
      ],
      'newest',
    );
    expect(ids(merged)).toEqual(['a', 'b', 'c']);
  });

  it('holds back rows beyond what an unfinished stream has reached', () => {
    const merged = mergeStreams(
      [
        { id: 'x', items: [row('a', 9), row('b', 6)], nextPath: '/more' },
        { id: 'y', items: [row('c', 8), row('d', 2)], nextPath: null },
      ],
      'newest',
    );
    // x may still have rows between 6 and 2, so d (2) must wait.
    expect(ids(merged)).toEqual(['a', 'c', 'b']);
  });

  it('oldest first uses the opposite frontier', () => {
    const merged = mergeStreams(
      [
        { id: 'x', items: [row('a', 1), row('b', 4)], nextPath: '/more' },
        { id: 'y', items: [row('c', 3), row('d', 9)], nextPath: null },
      ],
      'oldest',
    );
    expect(ids(merged)).toEqual(['a', 'c', 'b']);
  });

  it('shows nothing while an unfinished stream has loaded nothing', () => {
    expect(
      mergeStreams(
        [
          { id: 'x', items: [], nextPath: '/more' },
          { id: 'y', items: [row('c', 3)], nextPath: null },
        ],
        'newest',
      ),
    ).toEqual([]);
  });
});
