import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { applicationsQueryOptions } from '../../api/applications';
import type { InstanceSummary } from '../../api/storage';
import { isShownInList } from './hideRules';
import { instanceListQueryOptions, streamStates } from './instanceListQuery';
import { MAX_STREAMS } from './listRequest';
import { mergeStreams } from './mergeStreams';
import { appsMatchingTitle } from './searchApps';
import type { Folder, ListFilters } from './urlState';

export interface InstanceList {
  rows: InstanceSummary[];
  status: 'pending' | 'error' | 'success';
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  /** Why the list failed (for the message), when `status` is 'error'. */
  error: unknown;
  /** Loading a later page failed (the rows so far stay). */
  nextPageFailed: boolean;
  fetchNextPage: () => void;
  retry: () => void;
  /** The search matched more app titles than are searched separately. */
  truncatedAt: number | null;
}

/**
 * One party's folder under the URL's filters, as rows ready to show. Storage filters what it can
 * (listRequest.ts); this hook applies what it cannot, on the client:
 * - `visibleAfter` in the future and the apps' `hideSettings` (hideRules.ts), as Altinn's inbox does;
 * - "unread only": Storage's instance query has no read-status parameter.
 * App metadata is needed for both the hide rules and the title search, so rows wait for it; if it
 * fails, rows show without app hide rules rather than not at all.
 */
export function useInstanceList(partyId: number, folder: Folder, filters: ListFilters): InstanceList {
  const apps = useQuery(applicationsQueryOptions());
  const appsSettled = apps.status !== 'pending';
  const titleMatches = useMemo(
    () => (apps.data && filters.q ? appsMatchingTitle(apps.data.values(), filters.q) : []),
    [apps.data, filters.q],
  );
  const list = useInfiniteQuery({
    ...instanceListQueryOptions(partyId, folder, filters, titleMatches),
    // The title search needs the app list; without a search the list can start at once.
    enabled: appsSettled || !filters.q,
  });

  const rows = useMemo(() => {
    const merged = mergeStreams(streamStates(list.data?.pages ?? []), filters.sort);
    const now = new Date();
    return merged.filter(
      (row) =>
        isShownInList(row, apps.data?.get(row.appId), now) && (!filters.unread || row.readStatus !== 'Read'),
    );
  }, [list.data, apps.data, filters.sort, filters.unread]);

  const truncated = list.data?.pages[0]?.truncated ?? false;
  const waitingForApps = !appsSettled;
  return {
    rows: waitingForApps ? [] : rows,
    status:
      list.status === 'error' && !list.data
        ? 'error'
        : waitingForApps || list.status === 'pending'
          ? 'pending'
          : 'success',
    error: list.error,
    hasNextPage: list.hasNextPage,
    isFetchingNextPage: list.isFetchingNextPage,
    nextPageFailed: list.isFetchNextPageError,
    fetchNextPage: () => {
      if (!list.isFetching) void list.fetchNextPage();
    },
    retry: () => void (list.data ? list.fetchNextPage() : list.refetch()),
    truncatedAt: truncated ? MAX_STREAMS : null,
  };
}
