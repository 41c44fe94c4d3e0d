import type { InstanceFacts } from './instance-facts.ts';
import type { JsonObject } from './json.ts';
import type { DatasetSource } from './source.ts';

/** A person or user from `Profile/User/{userId}.json`, normalised. */
export interface UserRecord {
  userId: number;
  userName: string;
  phoneNumber: string | null;
  email: string | null;
  partyId: number;
  partyUuid: string | null;
  /** National identity number; null for self-identified users. */
  pid: string | null;
  userType: number;
  language: string;
  doNotPromptForParty: boolean;
  /** Display name for the login page and the control API. */
  name: string;
  /** localtest `authorization/claims/{userId}.json`, added to exchanged tokens. */
  extraClaims: { type: string; value: string; valueType: string }[];
}

export interface AppRecord {
  id: string;
  org: string;
  /** Application as Storage returns it. */
  doc: JsonObject;
  /** `urn:altinn:minimum-authenticationlevel` from policy.xml (2 when absent). */
  minAuthLevel: number;
  texts: Map<string, JsonObject>;
}

export interface InstanceRecord {
  /** Stands in for Storage's internal row id: the tie-breaker in the paging key. */
  rowId: number;
  guid: string;
  partyId: number;
  appId: string;
  org: string;
  /** lastChanged as 19-digit .NET ticks. */
  sortKey: string;
  /** The instance as served, minus selfLinks; `data` holds the data elements. Built on first use. */
  readonly doc: JsonObject;
  /** InstanceEvents, ordered by `created`; read from the source on first use (most are never asked for). */
  events: EventList;
  /** What queries filter on, read from `doc` on first use (instance-facts.ts). */
  facts: InstanceFacts | undefined;
}

export interface LoadedDataset {
  description: string;
  source: DatasetSource;
  users: Map<number, UserRecord>;
  userIdByPid: Map<string, number>;
  /** Register v1 parties in the services' shape (int ids, `organization`, nulls present). */
  parties: Map<number, JsonObject>;
  /** localtest Register/Person and Register/Org files, already camelCased. */
  persons: Map<string, JsonObject>;
  organizations: Map<string, JsonObject>;
  /** Reportee lists in the authorization service's shape. */
  partyLists: Map<number, JsonObject[]>;
  apps: Map<string, AppRecord>;
  orgs: JsonObject;
  instances: Map<string, InstanceRecord>;
  /** Each party's instances in (sortKey, rowId) ascending order. */
  byParty: Map<number, InstanceRecord[]>;
  warnings: string[];
}

export interface EventList {
  list(): JsonObject[];
}

export function fixedEvents(events: JsonObject[]): EventList {
  return { list: () => events };
}

export function compareInstances(a: InstanceRecord, b: InstanceRecord): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  return a.rowId - b.rowId;
}
