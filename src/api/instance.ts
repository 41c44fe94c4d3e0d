import { queryOptions } from '@tanstack/react-query';

import * as v from '../lib/validate';
import { readJson, requestWithSession } from './client';
import {
  isoTimestamp,
  looseBoolean,
  looseCount,
  looseDate,
  looseList,
  looseObject,
  looseText,
  looseTextMap,
  oneOf,
} from './lenient';
import { queryKeys } from './queryKeys';

/**
 * One instance and its sub-resources (altinn-api.md §6, §9): the instance with its data
 * elements, its events and its process history. Reads only; data element *content* is never
 * fetched here, because a download marks the element read on the server.
 */

export type ReadStatus = 'Unread' | 'Read' | 'UpdatedSinceLastReview';
export type FileScanResult = 'NotApplicable' | 'Pending' | 'Clean' | 'Infected';

export interface DataElementReference {
  value: string;
  relation: string;
  valueType: string;
}

export interface DataElement {
  id: string;
  dataType: string;
  filename: string | null;
  contentType: string;
  size: number;
  isRead: boolean;
  fileScanResult: FileScanResult;
  references: DataElementReference[];
  created: string | null;
  createdBy: string | null;
  lastChanged: string | null;
}

export interface ProcessTask {
  elementId: string | null;
  name: string | null;
  altinnTaskType: string | null;
  started: string | null;
  ended: string | null;
}

export interface InstanceDetail {
  /** `{partyId}/{guid}` as Storage writes it. */
  id: string;
  partyId: number;
  guid: string;
  appId: string;
  org: string;
  /** The owner's organisation number, when the owner is an organisation (never a person's number). */
  ownerOrgNumber: string | null;
  dueBefore: string | null;
  visibleAfter: string | null;
  process: {
    started: string | null;
    ended: string | null;
    endEvent: string | null;
    currentTask: ProcessTask | null;
  } | null;
  status: {
    isArchived: boolean;
    archived: string | null;
    isSoftDeleted: boolean;
    softDeleted: string | null;
    readStatus: ReadStatus;
    substatus: { label: string; description: string | null } | null;
  };
  data: DataElement[];
  presentationTexts: Record<string, string>;
  created: string | null;
  createdBy: string | null;
  lastChanged: string | null;
  lastChangedBy: string | null;
}

/** PlatformUser (§9.3); every field optional because Storage omits nulls. */
export interface PlatformUser {
  userId: number | null;
  orgId: string | null;
  /** Kept only to recognise "you"; never rendered. */
  nationalIdentityNumber: string | null;
  systemUserOwnerOrgNo: string | null;
  systemUserName: string | null;
}

export interface InstanceEvent {
  id: string;
  created: string;
  eventType: string;
  dataId: string | null;
  user: PlatformUser;
  /** The task the process was in (or entered) when the event was written. */
  taskElementId: string | null;
  taskName: string | null;
}

export interface ProcessHistoryItem {
  eventType: string;
  elementId: string | null;
  occured: string | null;
  started: string | null;
  ended: string | null;
  /** National identity number, org id/number or "" (ProcessHelper); never rendered. */
  performedBy: string;
}

// Storage writes integers, localtest-style data sometimes strings; both are accepted.
const intLike = v.union(v.number(), v.string().check(v.matches(/^\d{1,15}$/)));

// Required: ids and the owner; everything else is read leniently (lenient.ts) so that a field
// the app does not understand (a new enum value, a wrong type, an odd date) blanks that field only.
const rawTask = v.object({
  elementId: looseText,
  name: looseText,
  altinnTaskType: looseText,
  started: looseDate,
  ended: looseDate,
});

const rawDataElement = v.object({
  id: v.string().check((id) => id.length > 0),
  dataType: v.orElse(v.string(), ''),
  filename: looseText,
  contentType: looseText,
  size: looseCount,
  isRead: looseBoolean,
  fileScanResult: v.optional(v.unknown()),
  references: looseList,
  created: looseDate,
  createdBy: looseText,
  lastChanged: looseDate,
});

const rawReference = v.object({ value: looseText, relation: looseText, valueType: looseText });

const SCAN_RESULTS: readonly FileScanResult[] = ['NotApplicable', 'Pending', 'Clean', 'Infected'];
const READ_STATUSES: readonly ReadStatus[] = ['Unread', 'Read', 'UpdatedSinceLastReview'];

const rawInstance = v.object({
  id: v.string().check(v.matches(/^\d{1,15}\/[0-9a-fA-F-]{36}$/)),
  instanceOwner: v.object({ partyId: intLike, organisationNumber: looseText }),
  appId: v.string().check(v.matches(/^[^/]+\/[^/]+$/)),
  org: v.string(),
  dueBefore: looseDate,
  visibleAfter: looseDate,
  process: looseObject({
    started: looseDate,
    ended: looseDate,
    endEvent: looseText,
    currentTask: v.orElse(v.nullish(rawTask), null),
  }),
  status: looseObject({
    isArchived: looseBoolean,
    archived: looseDate,
    isSoftDeleted: looseBoolean,
    softDeleted: looseDate,
    readStatus: v.optional(v.unknown()),
    substatus: looseObject({ label: looseText, description: looseText }),
  }),
  data: looseList,
  presentationTexts: looseTextMap,
  created: looseDate,
  createdBy: looseText,
  lastChanged: looseDate,
  lastChangedBy: looseText,
});

function toTask(raw: v.Infer<typeof rawTask>): ProcessTask {
  return {
    elementId: raw.elementId ?? null,
    name: raw.name ?? null,
    altinnTaskType: raw.altinnTaskType ?? null,
    started: raw.started,
    ended: raw.ended,
  };
}

/** A data element without an id cannot be downloaded or named: it is left out, the rest stay. */
function toDataElement(input: unknown): DataElement | null {
  const parsed = rawDataElement.safeParse(input);
  if (!parsed.success) return null;
  const raw = parsed.data;
  const references: DataElementReference[] = [];
  for (const entry of raw.references ?? []) {
    const reference = rawReference.safeParse(entry);
    if (reference.success)
      references.push({
        value: reference.data.value ?? '',
        relation: reference.data.relation ?? '',
        valueType: reference.data.valueType ?? '',
      });
  }
  return {
    id: raw.id,
    dataType: raw.dataType,
    filename: raw.filename ? raw.filename : null,
    contentType: raw.contentType || 'application/octet-stream',
    size: raw.size ?? 0,
    // DataElement.isRead defaults to true in Storage: absent means read.
    isRead: raw.isRead ?? true,
    fileScanResult: oneOf(SCAN_RESULTS, raw.fileScanResult, 'NotApplicable'),
    references,
    created: raw.created,
    createdBy: raw.createdBy ?? null,
    lastChanged: raw.lastChanged,
  };
}

/** Checks and normalises `GET instances/{p}/{g}` (and the body of write calls that return it). */
export function parseInstance(data: unknown): InstanceDetail {
  const raw = rawInstance.parse(data);
  const [partyId = '', guid = ''] = raw.id.split('/');
  const status = raw.status;
  const substatusLabel = status?.substatus?.label;
  return {
    id: raw.id,
    partyId: Number(partyId),
    guid: guid.toLowerCase(),
    appId: raw.appId,
    org: raw.org,
    ownerOrgNumber: raw.instanceOwner.organisationNumber ?? null,
    dueBefore: raw.dueBefore,
    visibleAfter: raw.visibleAfter,
    process: raw.process
      ? {
          started: raw.process.started,
          ended: raw.process.ended,
          endEvent: raw.process.endEvent ?? null,
          currentTask: raw.process.currentTask ? toTask(raw.process.currentTask) : null,
        }
      : null,
    status: {
      isArchived: status?.isArchived ?? false,
      archived: status?.archived ?? null,
      isSoftDeleted: status?.isSoftDeleted ?? false,
      softDeleted: status?.softDeleted ?? null,
      readStatus: oneOf(READ_STATUSES, status?.readStatus, 'Unread'),
      substatus: substatusLabel
        ? { label: substatusLabel, description: status?.substatus?.description ?? null }
        : null,
    },
    data: (raw.data ?? []).map(toDataElement).filter((element) => element !== null),
    presentationTexts: raw.presentationTexts,
    created: raw.created,
    createdBy: raw.createdBy ?? null,
    lastChanged: raw.lastChanged,
    lastChangedBy: raw.lastChangedBy ?? null,
  };
}

const rawUser = v.object({
  userId: v.orElse(v.nullish(v.number()), null),
  orgId: looseText,
  nationalIdentityNumber: looseText,
  systemUserOwnerOrgNo: looseText,
  systemUserName: looseText,
});

const rawEvent = v.object({
  id: looseText,
  created: v.map(v.unknown(), isoTimestamp),
  eventType: v.string(),
  dataId: looseText,
  user: v.orElse(v.nullish(rawUser), null),
  processInfo: looseObject({ currentTask: looseObject({ elementId: looseText, name: looseText }) }),
});

/** The entries of a list that fit `parse`; the others are left out rather than failing the list. */
function fitting<T>(
  entries: readonly unknown[] | null | undefined,
  parse: (entry: unknown) => T | null,
): T[] {
  const out: T[] = [];
  for (const entry of entries ?? []) {
    const value = parse(entry);
    if (value !== null) out.push(value);
  }
  return out;
}

/**
 * Checks and normalises `GET {p}/{g}/events` (`{"instanceEvents":[…]}`). An event without a type
 * or a readable time cannot be placed in the history and is left out; unknown types are kept.
 */
const rawEvents = v.object({ instanceEvents: v.nullish(v.array(v.unknown())) });

export function parseInstanceEvents(data: unknown): InstanceEvent[] {
  const raw = rawEvents.parse(data);
  return fitting(raw.instanceEvents, (entry) => {
    const parsed = rawEvent.safeParse(entry);
    return parsed.success && parsed.data.created ? { ...parsed.data, created: parsed.data.created } : null;
  }).map((event, index) => ({
    id: event.id ?? `event-${index}`,
    created: event.created,
    eventType: event.eventType,
    dataId: event.dataId ?? null,
    user: {
      userId: event.user?.userId ?? null,
      orgId: event.user?.orgId ?? null,
      nationalIdentityNumber: event.user?.nationalIdentityNumber ?? null,
      systemUserOwnerOrgNo: event.user?.systemUserOwnerOrgNo ?? null,
      systemUserName: event.user?.systemUserName ?? null,
    },
    taskElementId: event.processInfo?.currentTask?.elementId ?? null,
    taskName: event.processInfo?.currentTask?.name ?? null,
  }));
}

const rawHistoryItem = v.object({
  eventType: v.string(),
  elementId: looseText,
  occured: looseDate,
  started: looseDate,
  ended: looseDate,
  performedBy: looseText,
});

const rawProcessHistory = v.object({ processHistory: v.nullish(v.array(v.unknown())) });

/** Checks and normalises `GET {p}/{g}/process/history` (`{"processHistory":[…]}`). */
export function parseProcessHistory(data: unknown): ProcessHistoryItem[] {
  const raw = rawProcessHistory.parse(data);
  return fitting(raw.processHistory, (entry) => {
    const parsed = rawHistoryItem.safeParse(entry);
    return parsed.success ? parsed.data : null;
  }).map((item) => ({
    eventType: item.eventType,
    elementId: item.elementId ?? null,
    occured: item.occured,
    started: item.started,
    ended: item.ended,
    performedBy: item.performedBy ?? '',
  }));
}

/** `/storage/api/v1/instances/{p}/{g}` with both parts encoded. */
export function instancePath(partyId: number, instanceGuid: string): string {
  return `/storage/api/v1/instances/${encodeURIComponent(String(partyId))}/${encodeURIComponent(instanceGuid)}`;
}

export async function fetchInstance(partyId: number, instanceGuid: string, signal?: AbortSignal) {
  const path = instancePath(partyId, instanceGuid);
  return readJson(await requestWithSession(path, { signal }), path, parseInstance);
}

export async function fetchInstanceEvents(partyId: number, instanceGuid: string, signal?: AbortSignal) {
  const path = `${instancePath(partyId, instanceGuid)}/events`;
  return readJson(await requestWithSession(path, { signal }), path, parseInstanceEvents);
}

export async function fetchProcessHistory(partyId: number, instanceGuid: string, signal?: AbortSignal) {
  const path = `${instancePath(partyId, instanceGuid)}/process/history`;
  return readJson(await requestWithSession(path, { signal }), path, parseProcessHistory);
}

/** Keys under the party, so a party switch or a party-wide invalidation covers them. */
export const instanceKeys = {
  all: (partyId: number, instanceGuid: string) =>
    [...queryKeys.party(partyId), 'instance', instanceGuid] as const,
  detail: (partyId: number, instanceGuid: string) =>
    [...instanceKeys.all(partyId, instanceGuid), 'detail'] as const,
  events: (partyId: number, instanceGuid: string) =>
    [...instanceKeys.all(partyId, instanceGuid), 'events'] as const,
  processHistory: (partyId: number, instanceGuid: string) =>
    [...instanceKeys.all(partyId, instanceGuid), 'process-history'] as const,
};

// 4xx answers (404 not found, 403 no access or too low a level) are not retried: the app's
// query client retries only network failures, 429 and 5xx.

export function instanceQueryOptions(partyId: number, instanceGuid: string) {
  return queryOptions({
    queryKey: instanceKeys.detail(partyId, instanceGuid),
    queryFn: ({ signal }) => fetchInstance(partyId, instanceGuid, signal),
    staleTime: 30_000,
  });
}

export function instanceEventsQueryOptions(partyId: number, instanceGuid: string) {
  return queryOptions({
    queryKey: instanceKeys.events(partyId, instanceGuid),
    queryFn: ({ signal }) => fetchInstanceEvents(partyId, instanceGuid, signal),
    staleTime: 30_000,
  });
}

export function processHistoryQueryOptions(partyId: number, instanceGuid: string) {
  return queryOptions({
    queryKey: instanceKeys.processHistory(partyId, instanceGuid),
    queryFn: ({ signal }) => fetchProcessHistory(partyId, instanceGuid, signal),
    staleTime: 30_000,
  });
}

/** What the instance view needs of its app beyond the list's AppInfo (altinn-api.md §9.5). */
export interface AppDataType {
  id: string;
  description: Record<string, string>;
  /** Form data: the app binds it to a model class. */
  isFormData: boolean;
  taskId: string | null;
}

export interface AppDetail {
  id: string;
  dataTypes: AppDataType[];
  preventInstanceDeletionForDays: number | null;
}

const rawDataType = v.object({
  id: v.string(),
  description: looseTextMap,
  appLogic: looseObject({ classRef: looseText }),
  taskId: looseText,
});

const rawAppDetail = v.object({
  id: v.string(),
  dataTypes: looseList,
  preventInstanceDeletionForDays: v.orElse(v.nullish(v.number()), null),
});

export function parseAppDetail(data: unknown): AppDetail {
  const raw = rawAppDetail.parse(data);
  return {
    id: raw.id,
    dataTypes: fitting(raw.dataTypes, (entry) => {
      const parsed = rawDataType.safeParse(entry);
      if (!parsed.success) return null;
      const type = parsed.data;
      return {
        id: type.id,
        description: type.description,
        isFormData: Boolean(type.appLogic?.classRef),
        taskId: type.taskId ?? null,
      };
    }),
    preventInstanceDeletionForDays: raw.preventInstanceDeletionForDays ?? null,
  };
}

const APP_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9_-]*$/i;

/** `GET applications/{org}/{app}`: anonymous, one app, with its data types. */
export async function fetchAppDetail(appId: string, signal?: AbortSignal): Promise<AppDetail> {
  if (!APP_ID.test(appId)) throw new Error('bad app id');
  const path = `/storage/api/v1/applications/${appId}`;
  return readJson(
    await requestWithSession(path, { signal }),
    '/storage/api/v1/applications/{org}/{app}',
    parseAppDetail,
  );
}

export function appDetailQueryOptions(appId: string) {
  return queryOptions({
    queryKey: ['applications', appId, 'detail'] as const,
    queryFn: ({ signal }) => fetchAppDetail(appId, signal),
    staleTime: 60 * 60_000,
    retry: 1,
  });
}
