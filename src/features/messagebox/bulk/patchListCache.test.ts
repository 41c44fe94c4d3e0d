import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

import type { InstanceSummary } from '../../../api/storage';
import type { ListStep } from '../instanceListQuery';
import { patchReadStatus } from './patchListCache';

const row = (id: string): InstanceSummary => ({
  id,
  partyId: Number(id.split('/')[0]),
  guid: id.split('/')[1] ?? '',
  appId: 'skd/mva-melding',
  org: 'skd',
  dueBefore: null,
  visibleAfter: null,
  created: null,
  lastChanged: '2026-11-20T10:00:00Z',
  currentTask: null,
  processEnded: null,
  processStarted: null,
  isArchived: false,
  archived: null,
  isSoftDeleted: false,
  readStatus: 'Unread',
  substatusLabel: null,
  presentationTexts: {},
});

describe('patchReadStatus', () => {
  it('changes only the named rows, in every cached list of that party only', () => {
    const queryClient = new QueryClient();
    const data = (ids: string[]): InfiniteData<ListStep> => ({
      pages: [{ streams: [{ id: 'all', instances: ids.map(row), nextPath: null }], truncated: false }],
      pageParams: [null],
    });
    queryClient.setQueryData(['party', 500000, 'instances', 'inbox', ''], data(['500000/a', '500000/b']));
    queryClient.setQueryData(['party', 500000, 'instances', 'inbox', 'q=x'], data(['500000/a']));
    queryClient.setQueryData(['party', 500001, 'instances', 'inbox', ''], data(['500001/a']));
    patchReadStatus(queryClient, 500000, new Map([['500000/a', 'Read']]));
    const statuses = (key: unknown[]) =>
      queryClient
        .getQueryData<InfiniteData<ListStep>>(key)
        ?.pages.flatMap((p) => p.streams.flatMap((s) => s.instances.map((r) => `${r.id}=${r.readStatus}`)));
    expect(statuses(['party', 500000, 'instances', 'inbox', ''])).toEqual([
      '500000/a=Read',
      '500000/b=Unread',
    ]);
    expect(statuses(['party', 500000, 'instances', 'inbox', 'q=x'])).toEqual(['500000/a=Read']);
    expect(statuses(['party', 500001, 'instances', 'inbox', ''])).toEqual(['500001/a=Unread']);
  });
});
