import { describe, expect, it } from 'vitest';

import { instanceListQueryOptions, streamStates, type ListStep } from './instanceListQuery';
import { defaultListFilters } from './urlState';

describe('instance list query', () => {
  it('keys start with the party id and carry the filter state', () => {
    const key = instanceListQueryOptions(501337, 'archive', { ...defaultListFilters, q: 'mva' }, [
      'skd/mva',
    ]).queryKey;
    expect(key).toEqual(['party', 501337, 'instances', 'archive', 'q=mva', 'skd/mva']);
  });

  it('asks for the next page of every stream that has one, and stops when none has', () => {
    const options = instanceListQueryOptions(1, 'inbox', defaultListFilters, []);
    const step: ListStep = {
      streams: [
        { id: 'a', instances: [], nextPath: '/storage/api/v1/instances?continuationToken=1' },
        { id: 'b', instances: [], nextPath: null },
      ],
      truncated: false,
    };
    const next = options.getNextPageParam(step, [step], null, [null]);
    expect(next).toEqual([{ id: 'a', path: '/storage/api/v1/instances?continuationToken=1' }]);
    expect(
      options.getNextPageParam(
        { streams: [{ id: 'a', instances: [], nextPath: null }], truncated: false },
        [],
        null,
        [],
      ),
    ).toBeUndefined();
  });

  it('folds steps into one state per stream with the latest next link', () => {
    const states = streamStates([
      {
        streams: [
          { id: 'a', instances: [], nextPath: '/p2' },
          { id: 'b', instances: [], nextPath: null },
        ],
        truncated: false,
      },
      { streams: [{ id: 'a', instances: [], nextPath: null }], truncated: false },
    ]);
    expect(states.map((s) => [s.id, s.nextPath])).toEqual([
      ['a', null],
      ['b', null],
    ]);
  });
});
