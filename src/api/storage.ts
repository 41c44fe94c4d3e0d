import { queryOptions } from '@tanstack/react-query';

import * as v from '../lib/validate';
import { readJson, requestWithSession } from './client';
import { looseBoolean, looseDate, looseObject, looseText, looseTextMap, oneOf } from './lenient';
import { queryKeys } from './queryKeys';

/**
 * Storage's instance list (altinn-api.md §5). Only the fields a list row needs are kept; the
 * instance view (issue 5) reads the single instance itself.
 */
export interface InstanceSummary {
  /** `{partyId}/{guid}` as Storage writes it. */
  id: string;
  partyId: number;
  guid: string;
  appId: string;
  org: string;
  dueBefore: string | null;
  visibleAfter: string | null;
  created: string | null;
  lastChanged: string | null;
  currentTask: { elementId: string | null; altinnTaskType: string | null; name: string | null } | null;
  processEnded: string | null;
  processStarted: string | null;
  isArchived: boolean;
  archived: string | null;
  isSoftDeleted: boolean;
  readStatus: 'Unread' | 'Read' | 'UpdatedSinceLastReview';
  /** A text key of the app (resolved from its texts), or plain text when the app has no such key. */
  substatusLabel: string | null;
  presentationTexts: Record<string, string>;
}

export interface InstancesPage {
  instances: InstanceSummary[];
  /** Path + query of the next page on the platform (no origin), or null when this was the last. */
  nextPath: string | null;
}

// Required: the id (the row links to it), appId and org. Every other field is optional and read
// leniently (lenient.ts): a value the app does not understand blanks that field, not the row.
const rawInstance = v.object({
  id: v.string().check(v.matches(/^[1-9]\d{0,14}\/[0-9a-fA-F-]{36}$/)),
  appId: v.string(),
  org: v.string(),
  dueBefore: looseDate,
  visibleAfter: looseDate,
  created: looseDate,
  lastChanged: looseDate,
  process: looseObject({
    started: looseDate,
    ended: looseDate,
    currentTask: looseObject({ elementId: looseText, altinnTaskType: looseText, name: looseText }),
  }),
  status: looseObject({
    isArchived: looseBoolean,
    archived: looseDate,
    isSoftDeleted: looseBoolean,
    readStatus: v.optional(v.unknown()),
    substatus: looseObject({ label: looseText }),
  }),
  presentationTexts: looseTextMap,
});

const rawPage = v.object({ instances: v.array(v.unknown()), next: v.nullish(v.string()) });

const READ_STATUSES = ['Unread', 'Read', 'UpdatedSinceLastReview'] as const;

function toSummary(input: unknown): InstanceSummary {
  const raw = rawInstance.parse(input);
  const [partyId = '', guid = ''] = raw.id.split('/');
  const task = raw.process?.currentTask;
  return {
    id: raw.id,
    partyId: Number(partyId),
    guid: guid.toLowerCase(),
    appId: raw.appId,
    org: raw.org,
    dueBefore: raw.dueBefore,
    visibleAfter: raw.visibleAfter,
    created: raw.created,
    lastChanged: raw.lastChanged,
    currentTask: task
      ? {
          elementId: task.elementId ?? null,
          altinnTaskType: task.altinnTaskType ?? null,
          name: task.name ?? null,
        }
      : null,
    processEnded: raw.process?.ended ?? null,
    processStarted: raw.process?.started ?? null,
    isArchived: raw.status?.isArchived ?? false,
    archived: raw.status?.archived ?? null,
    isSoftDeleted: raw.status?.isSoftDeleted ?? false,
    // Storage always writes readStatus and defaults it to Unread (§9.1); an unknown value is
    // shown as Unread too, so the person still opens it.
    readStatus: oneOf(READ_STATUSES, raw.status?.readStatus, 'Unread'),
    substatusLabel: raw.status?.substatus?.label ?? null,
    presentationTexts: raw.presentationTexts,
  };
}

/** A row whose required fields do not fit is left out; a page where no row fits is an error. */
function toSummaries(entries: readonly unknown[]): InstanceSummary[] {
  const rows: InstanceSummary[] = [];
  for (const entry of entries) {
    try {
      rows.push(toSummary(entry));
    } catch {
      // Left out: without an id there is nothing to link to.
    }
  }
  if (entries.length > 0 && rows.length === 0) throw new Error('no instance in the page fits');
  return rows;
}

const INSTANCES_PATH = '/storage/api/v1/instances';

/**
 * `next` is an absolute URL on the platform's own host (https://platform.altinn.no/…, or the
 * emulator's origin). The browser cannot call that host (no CORS), so only its path and query are
 * kept, verbatim (the continuation token is double-encoded and must stay so), and sent through the
 * app's same-origin platform base path. A link to any other path is refused rather than followed.
 */
export function platformPathOfNextLink(next: string): string {
  const url = new URL(next);
  if (url.pathname !== INSTANCES_PATH) throw new Error('next link is not an instance query');
  return `${url.pathname}${url.search}`;
}

export function parseInstancesPage(data: unknown): InstancesPage {
  const raw = rawPage.parse(data);
  return {
    instances: toSummaries(raw.instances),
    nextPath: raw.next ? platformPathOfNextLink(raw.next) : null,
  };
}

/** The first page's path for a set of query pairs (repeatable keys allowed). */
export function instancesQueryPath(params: ReadonlyArray<readonly [string, string]>): string {
  const search = new URLSearchParams();
  for (const [key, value] of params) search.append(key, value);
  return `${INSTANCES_PATH}?${search.toString()}`;
}

/** One page: the first (from instancesQueryPath) or any later one (a `nextPath`). */
export async function fetchInstancesPage(path: string, signal?: AbortSignal): Promise<InstancesPage> {
  if (!path.startsWith(`${INSTANCES_PATH}?`)) throw new Error('not an instance query path');
  const response = await requestWithSession(path, { signal });
  return readJson(response, INSTANCES_PATH, parseInstancesPage);
}

/** One instance's summary (`GET /storage/api/v1/instances/{partyId}/{guid}`), for a link opened directly. */
export async function fetchInstanceSummary(
  partyId: number,
  guid: string,
  signal?: AbortSignal,
): Promise<InstanceSummary> {
  if (!/^[0-9a-f-]{36}$/i.test(guid)) throw new Error('not an instance guid');
  const path = `${INSTANCES_PATH}/${partyId}/${guid}`;
  const response = await requestWithSession(path, { signal });
  return readJson(response, `${INSTANCES_PATH}/{partyId}/{guid}`, toSummary);
}

export function instanceSummaryQueryOptions(partyId: number, guid: string) {
  return queryOptions({
    queryKey: [...queryKeys.party(partyId), 'instance', guid, 'summary'] as const,
    queryFn: ({ signal }) => fetchInstanceSummary(partyId, guid, signal),
  });
}
