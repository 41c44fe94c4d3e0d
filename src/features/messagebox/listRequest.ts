import { lastChangedBounds, lastChangedParams } from './dateRange';
import { folderQueryParams } from './folders';
import type { Folder, ListFilters } from './urlState';

export type QueryPairs = Array<[string, string]>;

/** One Storage query whose pages are followed on their own; a list merges one or more. */
export interface ListStream {
  /** Stable id within the list, e.g. `search`, `app:skd/mva-melding`. */
  id: string;
  params: QueryPairs;
}

export const PAGE_SIZE = 100;
/** More title matches than this are cut: each is its own request chain. */
export const MAX_STREAMS = 12;

/**
 * The Storage queries behind one list view. What Storage can filter, it does:
 * folder (status flags), service owner (`org`), app (`appId`), status (`process.currentTask`,
 * `process.isComplete`), last changed (`lastChanged` gte/lt), text (`searchString`), order.
 * Storage takes ONE `org` and ONE `appId` per request, so several of them (or several apps whose
 * title matches the search) become several queries, merged in order by mergeStreams.ts.
 * Left to the client (see useInstanceList.ts): unread only (Storage has no read-status filter),
 * visibleAfter and the apps' hideSettings (hideRules.ts).
 */
export function listStreams(
  partyId: number,
  folder: Folder,
  filters: ListFilters,
  titleMatches: readonly string[],
  now: Date,
): { streams: ListStream[]; truncated: boolean } {
  const common: QueryPairs = [['instanceOwner.partyId', String(partyId)], ...folderQueryParams(folder)];
  if (filters.status?.kind === 'in-progress') common.push(['process.isComplete', 'false']);
  if (filters.status?.kind === 'completed') common.push(['process.isComplete', 'true']);
  if (filters.status?.kind === 'task') common.push(['process.currentTask', filters.status.elementId]);
  common.push(...lastChangedParams(lastChangedBounds(filters, now)));
  const tail: QueryPairs = [
    ['order', filters.sort === 'oldest' ? 'asc:lastChanged' : 'desc:lastChanged'],
    ['size', String(PAGE_SIZE)],
    // Rows never need the data elements; they would multiply the payload.
    ['includeDataElements', 'false'],
  ];

  // The scopes the person narrowed to: apps (within the chosen orgs), else orgs, else everything.
  const inOrgs = (appId: string) =>
    filters.orgs.length === 0 || filters.orgs.includes(appId.split('/')[0] ?? '');
  const apps = filters.apps.filter(inOrgs);
  type Scope = { id: string; pairs: QueryPairs; allows: (appId: string) => boolean };
  const scopes: Scope[] =
    filters.apps.length > 0
      ? apps.map((appId) => ({ id: `app:${appId}`, pairs: [['appId', appId]], allows: (a) => a === appId }))
      : filters.orgs.length > 0
        ? filters.orgs.map((org) => ({
            id: `org:${org}`,
            pairs: [['org', org]],
            allows: (a) => a.startsWith(`${org}/`),
          }))
        : [{ id: 'all', pairs: [], allows: () => true }];

  const streams: ListStream[] = [];
  const q = filters.q.trim();
  for (const scope of scopes) {
    const search: QueryPairs = q ? [['searchString', q]] : [];
    streams.push({
      id: q ? `${scope.id}+search` : scope.id,
      params: [...common, ...scope.pairs, ...search, ...tail],
    });
  }
  if (q) {
    // An app whose title matches: all its instances match, whatever their presentation texts.
    const allowed = titleMatches.filter((appId) => scopes.some((scope) => scope.allows(appId)));
    for (const appId of allowed)
      streams.push({ id: `title:${appId}`, params: [...common, ['appId', appId], ...tail] });
  }
  return { streams: streams.slice(0, MAX_STREAMS), truncated: streams.length > MAX_STREAMS };
}
