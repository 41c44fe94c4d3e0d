import type { InfiniteData, QueryClient } from '@tanstack/react-query';

import type { ReadStatus } from '../../../api/instance';
import { queryKeys } from '../../../api/queryKeys';
import type { ListStep } from '../instanceListQuery';

function isListData(data: unknown): data is InfiniteData<ListStep> {
  return typeof data === 'object' && data !== null && Array.isArray((data as { pages?: unknown }).pages);
}

/**
 * Shows a read-status change in every cached list of the party at once. Safe because Storage's
 * read status changes nothing else (not lastChanged, so no row moves, and no folder). Moves to
 * and from the bin are not patched: they change folders and order, so the lists refetch instead.
 */
export function patchReadStatus(
  queryClient: QueryClient,
  partyId: number,
  statusById: ReadonlyMap<string, ReadStatus>,
): void {
  queryClient.setQueriesData<InfiniteData<ListStep>>(
    { queryKey: [...queryKeys.party(partyId), 'instances'] },
    (data) => {
      if (!isListData(data)) return data;
      return {
        ...data,
        pages: data.pages.map((step) => ({
          ...step,
          streams: step.streams.map((stream) => ({
            ...stream,
            instances: stream.instances.map((row) => {
              const status = statusById.get(row.id);
              return status === undefined ? row : { ...row, readStatus: status };
            }),
          })),
        })),
      };
    },
  );
}
