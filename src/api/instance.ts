import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { readJson, requestWithSession } from './client';
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

const str = z.nullish(z.string());
// Storage writes integers, localtest-style data sometimes strings; both are accepted.
const intLike = z.union([z.number(), z.string().check(z.regex(/^\d{1,15}$/))]);

const rawTask = z.object({
  elementId: str,
  name: str,
  altinnTaskType: str,
  started: str,
  ended: str,
});

const rawDataElement = z.object({
  id: z.string(),
  dataType: z.string(),
  filename: str,
  contentType: z.nullish(z.string()),
  size: z.nullish(z.number()),
  isRead: z.nullish(z.boolean()),
  fileScanResult: str,
  references: z.nullish(z.array(z.object({ value: z.nullish(z.string()), relation: str, valueType: str }))),
  created: str,
  createdBy: str,
  lastChanged: str,
});

const SCAN_RESULTS: readonly FileScanResult[] = ['NotApplicable', 'Pending', 'Clean', 'Infected'];
const READ_STATUSES: readonly ReadStatus[] = ['Unread', 'Read', 'UpdatedSinceLastReview'];

const rawInstance = z.object({
  id: z.string().check(z.regex(/^\d{1,15}\/[0-9a-fA-F-]{36}$/)),
  instanceOwner: z.object({ partyId: intLike, organisationNumber: str }),
  appId: z.string().check(z.regex(/^[^/]+\/[^/]+$/)),
  org: z.string(),
  dueBefore: str,
  visibleAfter: str,
  process: z.nullish(
    z.object({
      started: str,
      ended: str,
      endEvent: str,
      currentTask: z.nullish(rawTask),
    }),
  ),
  status: z.nullish(
    z.object({
      isArchived: z.nullish(z.boolean()),
      archived: str,
      isSoftDeleted: z.nullish(z.boolean()),
      softDeleted: str,
      readStatus: str,
      substatus: z.nullish(z.object({ label: str, description: str })),
    }),
  ),
  data: z.nullish(z.array(rawDataElement)),
  presentationTexts: z.nullish(z.record(z.string(), z.string())),
  created: str,
  createdBy: str,
  lastChanged: str,
  lastChangedBy: str,
});

function toTask(raw: z.infer<typeof rawTask>): ProcessTask {
  return {
    elementId: raw.elementId ?? null,
    name: raw.name ?? null,
    altinnTaskType: raw.altinnTaskType ?? null,
    started: raw.started ?? null,
    ended: raw.ended ?? null,
  };
}

function toDataElement(raw: z.infer<typeof rawDataElement>): DataElement {
  return {
    id: raw.id,
    dataType: raw.dataType,
    filename: raw.filename ? raw.filename : null,
    contentType: raw.contentType ?? 'application/octet-stream',
    size: raw.size ?? 0,
    // DataElement.isRead defaults to true in Storage: absent means read.
    isRead: raw.isRead ?? true,
    fileScanResult: SCAN_RESULTS.find((s) => s === raw.fileScanResult) ?? 'NotApplicable',
    references: (raw.references ?? []).map((r) => ({
      value: r.value ?? '',
      relation: r.relation ?? '',
      valueType: r.valueType ?? '',
    })),
    created: raw.created ?? null,
    createdBy: raw.createdBy ?? null,
    lastChanged: raw.lastChanged ?? null,
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
    dueBefore: raw.dueBefore ?? null,
    visibleAfter: raw.visibleAfter ?? null,
    process: raw.process
      ? {
          started: raw.process.started ?? null,
          ended: raw.process.ended ?? null,
          endEvent: raw.process.endEvent ?? null,
          currentTask: raw.process.currentTask ? toTask(raw.process.currentTask) : null,
        }
      : null,
    status: {
      isArchived: status?.isArchived ?? false,
      archived: status?.archived ?? null,
      isSoftDeleted: status?.isSoftDeleted ?? false,
      softDeleted: status?.softDeleted ?? null,
      readStatus: READ_STATUSES.find((s) => s === status?.readStatus) ?? 'Unread',
      substatus: substatusLabel
        ? { label: substatusLabel, description: status?.substatus?.description ?? null }
        : null,
    },
    data: (raw.data ?? []).map(toDataElement),
    presentationTexts: raw.presentationTexts ?? {},
    created: raw.created ?? null,
    createdBy: raw.createdBy ?? null,
    lastChanged: raw.lastChanged ?? null,
    lastChangedBy: raw.lastChangedBy ?? null,
  };
}

const rawUser = z.object({
  userId: z.nullish(z.number()),
  orgId: str,
  nationalIdentityNumber: str,
  systemUserOwnerOrgNo: str,
  systemUserName: str,
});

const rawEvent = z.object({
  id: z.nullish(z.string()),
  created: z.string(),
  eventType: z.string(),
  dataId: str,
  user: z.nullish(rawUser),
  processInfo: z.nullish(z.object({ currentTask: z.nullish(z.object({ elementId: str, name: str })) })),
});

/** Checks and normalises `GET {p}/{g}/events` (`{"instanceEvents":[…]}`). */
export function parseInstanceEvents(data: unknown): InstanceEvent[] {
  const raw = z.object({ instanceEvents: z.nullish(z.array(rawEvent)) }).parse(data);
  return (raw.instanceEvents ?? []).map((event, index) => ({
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

const rawHistoryItem = z.object({
  eventType: z.string(),
  elementId: str,
  occured: str,
  started: str,
  ended: str,
  performedBy: str,
});

/** Checks and normalises `GET {p}/{g}/process/history` (`{"processHistory":[…]}`). */
export function parseProcessHistory(data: unknown): ProcessHistoryItem[] {
  const raw = z.object({ processHistory: z.nullish(z.array(rawHistoryItem)) }).parse(data);
  return (raw.processHistory ?? []).map((item) => ({
    eventType: item.eventType,
    elementId: item.elementId ?? null,
    occured: item.occured ?? null,
    started: item.started ?? null,
    ended: item.ended ?? null,
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

const rawAppDetail = z.object({
  id: z.string(),
  dataTypes: z.nullish(
    z.array(
      z.object({
        id: z.string(),
        description: z.nullish(z.record(z.string(), z.nullish(z.string()))),
        appLogic: z.nullish(z.object({ classRef: str })),
        taskId: str,
      }),
    ),
  ),
  preventInstanceDeletionForDays: z.nullish(z.number()),
});

export function parseAppDetail(data: unknown): AppDetail {
  const raw = rawAppDetail.parse(data);
  return {
    id: raw.id,
    dataTypes: (raw.dataTypes ?? []).map((type) => {
      const description: Record<string, string> = {};
      for (const [lang, value] of Object.entries(type.description ?? {}))
        if (value) description[lang] = value;
      return {
        id: type.id,
        description,
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
