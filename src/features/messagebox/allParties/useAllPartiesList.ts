import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';

import { applicationsQueryOptions } from '../../../api/applications';
import { fetchInstancesPage, instancesQueryPath, type InstanceSummary } from '../../../api/storage';
import { isShownInList } from '../hideRules';
import { listStreams } from '../listRequest';
import { appsMatchingTitle } from '../searchApps';
import { listStateKey, type Folder, type ListFilters } from '../urlState';
import { AllPartiesLoader, type PartyProgress, type PartySource } from './allPartiesLoader';
import { LoaderHolder } from './loaderHolder';

/**
 * Smaller pages than a single party's list (100): with up to 100 parties, first pages of 100
 * rows would be 10,000 rows before the first one can show. 25 fills a screen per party.
 */
export const ALL_PARTIES_PAGE_SIZE = 25;
/** Settled rows asked for at first and per "load more". */
export const ALL_PARTIES_BATCH = 50;

export interface AllPartiesList {
  /** Rows whose place is certain, after the client-side rules; null until loading starts. */
  rows: InstanceSummary[];
  parties: PartyProgress[];
  /** Nothing more can arrive (every party done or failed). */
  complete: boolean;
  /** Waiting for app metadata or the first answers. */
  starting: boolean;
  loadMore: () => void;
  retry: (partyId: number) => void;
  /** Patches loaded rows after a bulk action (null removes the row). */
  update: (ids: ReadonlySet<string>, change: (row: InstanceSummary) => InstanceSummary | null) => void;
  /** Puts rows back that `update` removed (Undo). */
  insert: (rows: readonly InstanceSummary[]) => void;
}

const accessors = {
  time: (row: InstanceSummary) => (row.lastChanged ? Date.parse(row.lastChanged) : 0),
  id: (row: InstanceSummary) => row.id,
};

/**
 * The merged list of many parties' folders under the URL's filters. Storage does the filtering
 * it can per party (listRequest.ts, the same queries as the single-party list); this hook applies
 * what it cannot (visibleAfter, the apps' hideSettings, unread only), as useInstanceList does.
 */
export function useAllPartiesList(
  partyIds: readonly number[],
  folder: Folder,
  filters: ListFilters,
): AllPartiesList {
  const apps = useQuery(applicationsQueryOptions());
  const appsSettled = apps.status !== 'pending';
  const titleMatches = useMemo(
    () => (apps.data && filters.q ? appsMatchingTitle(apps.data.values(), filters.q) : []),
    [apps.data, filters.q],
  );
  const [holder] = useState(() => new LoaderHolder<InstanceSummary>());
  const identity = JSON.stringify([partyIds, folder, listStateKey(filters), titleMatches]);

  useEffect(() => {
    if (!appsSettled) return;
    const [ids, , , titles] = JSON.parse(identity) as [number[], Folder, string, string[]];
    const now = new Date();
    const paths = new Map<string, string>();
    const sources: PartySource[] = [];
    for (const partyId of ids) {
      for (const stream of listStreams(partyId, folder, filters, titles, now).streams) {
        const key = `${partyId}|${stream.id}`;
        const params = stream.params.map(([name, value]): [string, string] =>
          name === 'size' ? [name, String(ALL_PARTIES_PAGE_SIZE)] : [name, value],
        );
        paths.set(key, instancesQueryPath(params));
        sources.push({ key, partyId });
      }
    }
    const loader = new AllPartiesLoader<InstanceSummary>({
      sources,
      accessors,
      direction: filters.sort,
      initialWant: ALL_PARTIES_BATCH,
      fetchPage: async (source, next, signal) => {
        const page = await fetchInstancesPage(next ?? paths.get(source.key) ?? '', signal);
        return { items: page.instances, next: page.nextPath };
      },
    });
    holder.set(loader);
    loader.start();
    return () => {
      holder.set(null);
      loader.dispose();
    };
    // `identity` stands for partyIds, folder, filters and titleMatches by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [identity, appsSettled, holder]);

  const snapshot = useSyncExternalStore(holder.subscribe, holder.getSnapshot);
  const rows = useMemo(() => {
    const now = new Date();
    return (snapshot?.merged.settled ?? []).filter(
      (row) =>
        isShownInList(row, apps.data?.get(row.appId), now) && (!filters.unread || row.readStatus !== 'Read'),
    );
  }, [snapshot, apps.data, filters.unread]);

  const parties = snapshot?.parties ?? [];
  return {
    rows,
    parties,
    complete: snapshot?.merged.complete ?? false,
    starting: snapshot === null || (rows.length === 0 && !snapshot.merged.complete),
    loadMore: () => holder.current?.loadMore(ALL_PARTIES_BATCH),
    retry: (partyId) => holder.current?.retry(partyId),
    update: (ids, change) => holder.current?.update((row) => ids.has(row.id), change),
    insert: (rows) => holder.current?.insert(rows, (row) => row.partyId),
  };
}
