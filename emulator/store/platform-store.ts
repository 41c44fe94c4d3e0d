import type { JsonObject } from './json.ts';
import { asString, isObject, toInt } from './json.ts';
import type { InstanceRecord, LoadedDataset, UserRecord } from './model.ts';
import { compareInstances, fixedEvents } from './model.ts';
import { ticksKey } from './dates.ts';

/**
 * The live platform state: the loaded dataset plus copy-on-write overlays for everything users
 * change (read status, deletes, data read marks, new events). `reset()` drops the overlays, which
 * restores the dataset exactly as loaded without reading it again.
 */
export class PlatformStore {
  private base: LoadedDataset;
  private readonly changed = new Map<string, InstanceRecord>();
  private readonly changedParties = new Map<number, InstanceRecord[]>();
  private readonly readableCache = new Map<number, ReadonlySet<number>>();
  private ownerIndex: Map<string, number> | undefined;

  constructor(dataset: LoadedDataset) {
    this.base = dataset;
  }

  get dataset(): LoadedDataset {
    return this.base;
  }

  replace(dataset: LoadedDataset): void {
    this.base = dataset;
    this.ownerIndex = undefined;
    this.reset();
  }

  reset(): void {
    this.changed.clear();
    this.changedParties.clear();
    this.readableCache.clear();
  }

  user(userId: number): UserRecord | undefined {
    return this.base.users.get(userId);
  }

  userByPid(pid: string): UserRecord | undefined {
    const userId = this.base.userIdByPid.get(pid);
    return userId === undefined ? undefined : this.base.users.get(userId);
  }

  /** The reportee list; a user without a list file represents only themselves. */
  partyList(userId: number): JsonObject[] {
    const list = this.base.partyLists.get(userId);
    if (list) return list;
    const user = this.base.users.get(userId);
    const own = user ? this.base.parties.get(user.partyId) : undefined;
    return own ? [own] : [];
  }

  /** Parties whose instances the user may read (§10): own party, the list, subunits; not no-access elements. */
  readableParties(userId: number): ReadonlySet<number> {
    const cached = this.readableCache.get(userId);
    if (cached) return cached;
    const readable = new Set<number>();
    const user = this.base.users.get(userId);
    if (user) readable.add(user.partyId);
    const visit = (party: JsonObject): void => {
      const partyId = toInt(party['partyId']);
      if (partyId !== undefined && party['onlyHierarchyElementWithNoAccess'] !== true) readable.add(partyId);
      const children = party['childParties'];
      if (Array.isArray(children)) for (const child of children) if (isObject(child)) visit(child);
    };
    for (const party of this.partyList(userId)) visit(party);
    this.readableCache.set(userId, readable);
    return readable;
  }

  /** The party of a national identity number or organisation number (Register parties and party lists). */
  partyIdFor(kind: 'person' | 'organisation', number: string): number | undefined {
    if (!this.ownerIndex) {
      const index = new Map<string, number>();
      const add = (party: JsonObject): void => {
        const partyId = toInt(party['partyId']);
        if (partyId === undefined) return;
        const ssn = asString(party['ssn']);
        const orgNumber = asString(party['orgNumber']);
        if (ssn) index.set(`person:${ssn}`, partyId);
        if (orgNumber) index.set(`organisation:${orgNumber}`, partyId);
        const children = party['childParties'];
        if (Array.isArray(children)) for (const child of children) if (isObject(child)) add(child);
      };
      for (const party of this.base.parties.values()) add(party);
      for (const list of this.base.partyLists.values()) for (const party of list) add(party);
      this.ownerIndex = index;
    }
    return this.ownerIndex.get(`${kind}:${number}`);
  }

  partyCount(userId: number): number {
    return this.readableParties(userId).size;
  }

  instance(guid: string): InstanceRecord | undefined {
    const key = guid.toLowerCase();
    return this.changed.get(key) ?? this.base.instances.get(key);
  }

  /** The party's instances in paging order, oldest lastChanged first. */
  partyInstances(partyId: number): readonly InstanceRecord[] {
    return this.changedParties.get(partyId) ?? this.base.byParty.get(partyId) ?? [];
  }

  /** Applies a change to a copy of the instance and keeps the party's paging order right. */
  update(guid: string, change: (doc: JsonObject, events: JsonObject[]) => void): InstanceRecord | undefined {
    const current = this.instance(guid);
    if (!current) return undefined;
    const doc = structuredClone(current.doc);
    const events = [...current.events.list()];
    change(doc, events);
    const next: InstanceRecord = {
      ...current,
      doc,
      events: fixedEvents(events),
      facts: undefined,
      sortKey: ticksKey(asString(doc['lastChanged']) ?? asString(doc['created'])),
    };
    this.changed.set(current.guid, next);
    // The party list holds records, not ids, so it is rewritten even when the order is unchanged.
    const list = [...this.partyInstances(current.partyId)];
    const index = list.findIndex((record) => record.guid === current.guid);
    if (index >= 0) list.splice(index, 1);
    list.splice(insertionPoint(list, next), 0, next);
    this.changedParties.set(current.partyId, list);
    return next;
  }
}

function insertionPoint(list: readonly InstanceRecord[], record: InstanceRecord): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const probe = list[mid];
    if (probe && compareInstances(probe, record) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
