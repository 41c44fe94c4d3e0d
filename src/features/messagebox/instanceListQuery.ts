import { infiniteQueryOptions } from '@tanstack/react-query';

import { queryKeys } from '../../api/queryKeys';
import { fetchInstancesPage, instancesQueryPath, type InstanceSummary } from '../../api/storage';
import { listStreams } from './listRequest';
import type { StreamState } from './mergeStreams';
import { listStateKey, type Folder, type ListFilters } from './urlState';

/** One step of the list: the next page of every stream that still had one. */
export interface ListStep {
  streams: Array<{ id: string; instances: InstanceSummary[]; nextPath: string | null }>;
  /** More title matches than the app searches separately (see listRequest.ts). */
  truncated: boolean;
}

type Cursor = Array<{ id: string; path: string }> | null;

async function fetchStep(cursor: Cursor, build: () => ReturnType<typeof listStreams>, signal: AbortSignal) {
  const first = cursor === null ? build() : null;
  const wanted = first
    ? first.streams.map((stream) => ({ id: stream.id, path: instancesQueryPath(stream.params) }))
    : (cursor ?? []);
  const streams = await Promise.all(
    wanted.map(async ({ id, path }) => {
      const page = await fetchInstancesPage(path, signal);
      return { id, instances: page.instances, nextPath: page.nextPath };
    }),
  );
  return { streams, truncated: first?.truncated ?? false } satisfies ListStep;
}

/**
 * The list of one party's folder under a filter state. The key starts with the party id, so
 * another party's rows can never be served from the cache; it also carries the filter state's
 * canonical string and the title matches the search turned into app queries.
 */
export function instanceListQueryOptions(
  partyId: number,
  folder: Folder,
  filters: ListFilters,
  titleMatches: readonly string[],
) {
  return infiniteQueryOptions({
    queryKey: [
      ...queryKeys.party(partyId),
      'instances',
      folder,
      listStateKey(filters),
      titleMatches.join(','),
    ],
    queryFn: ({ pageParam, signal }) =>
      fetchStep(pageParam, () => listStreams(partyId, folder, filters, titleMatches, new Date()), signal),
    initialPageParam: null as Cursor,
    getNextPageParam: (last: ListStep): Cursor | undefined => {
      const next = last.streams.flatMap((s) => (s.nextPath ? [{ id: s.id, path: s.nextPath }] : []));
      return next.length > 0 ? next : undefined;
    },
  });
}

/** Folds the loaded steps back into one state per stream, for mergeStreams. */
export function streamStates(steps: readonly ListStep[]): StreamState[] {
  const byId = new Map<string, { id: string; items: InstanceSummary[]; nextPath: string | null }>();
  for (const step of steps) {
    for (const stream of step.streams) {
      const state = byId.get(stream.id) ?? { id: stream.id, items: [], nextPath: null };
      state.items.push(...stream.instances);
      state.nextPath = stream.nextPath;
      byId.set(stream.id, state);
    }
  }
  return [...byId.values()];
}
