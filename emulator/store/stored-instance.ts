import { shiftIso, ticksKey } from './dates.ts';
import type { Json, JsonObject } from './json.ts';
import { asArray, asObject, asString, isObject } from './json.ts';
import type { InstanceFacts } from './instance-facts.ts';
import type { EventList, InstanceRecord } from './model.ts';
import type { DatasetSource } from './source.ts';

/** Where every record of one loaded dataset reads its documents from, shared by all of them. */
export interface InstanceOrigin {
  source: DatasetSource;
  /** How far the dataset's dates move (now − referenceTime), 0 when they are served as written. */
  deltaMs: number;
}

const dateKeys = new Set([
  'created',
  'lastChanged',
  'dueBefore',
  'visibleAfter',
  'started',
  'ended',
  'archived',
  'softDeleted',
  'hardDeleted',
  'confirmedOn',
  'timestamp',
]);

function shiftDates(value: Json, deltaMs: number): Json {
  if (Array.isArray(value)) return value.map((item) => shiftDates(item, deltaMs));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] =
      typeof inner === 'string' && dateKeys.has(key) ? shiftIso(inner, deltaMs) : shiftDates(inner, deltaMs);
  }
  return out;
}

function loadEvents(source: DatasetSource, path: string, deltaMs: number): JsonObject[] {
  const raw = asArray(asObject(source.readJson(path))['instanceEvents']).filter(isObject);
  return raw
    .map((event) => asObject(deltaMs === 0 ? event : shiftDates(event, deltaMs)))
    .map((event) => ({ event, key: ticksKey(asString(event['created'])) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ event }) => event);
}

/** The instance as served (minus selfLinks): dates shifted, ids taken from the folder names. */
function materialize(raw: JsonObject, partyId: number, guid: string, deltaMs: number): JsonObject {
  const doc = { ...asObject(deltaMs === 0 ? raw : shiftDates(raw, deltaMs)) };
  doc['id'] = `${partyId}/${guid}`;
  doc['instanceOwner'] = { ...asObject(doc['instanceOwner']), partyId: String(partyId) };
  delete doc['selfLinks'];
  doc['data'] = asArray(doc['data'])
    .filter(isObject)
    .map((element) => {
      const copy: JsonObject = { ...element, instanceGuid: guid };
      delete copy['selfLinks'];
      return copy;
    });
  return doc;
}

/**
 * An instance as loaded: the index fields now, the document and its events read from the source
 * (and date-shifted) on first use and then kept. One plain object per instance with no closures,
 * because a large dataset holds 100,000 of them and every extra object costs heap and GC time.
 */
export class StoredInstance implements InstanceRecord, EventList {
  readonly guid: string;
  facts: InstanceFacts | undefined = undefined;
  private cachedDoc: JsonObject | undefined;
  private cachedEvents: JsonObject[] | undefined;

  constructor(
    readonly rowId: number,
    readonly partyId: number,
    readonly appId: string,
    readonly org: string,
    readonly sortKey: string,
    private readonly partyDir: string,
    private readonly guidDir: string,
    private readonly origin: InstanceOrigin,
  ) {
    this.guid = guidDir.toLowerCase();
  }

  private path(file: string): string {
    return `storage/instances/${this.partyDir}/${this.guidDir}/${file}`;
  }

  get doc(): JsonObject {
    this.cachedDoc ??= materialize(
      asObject(this.origin.source.readJson(this.path('instance.json'))),
      this.partyId,
      this.guid,
      this.origin.deltaMs,
    );
    return this.cachedDoc;
  }

  get events(): EventList {
    return this;
  }

  list(): JsonObject[] {
    this.cachedEvents ??= loadEvents(this.origin.source, this.path('events.json'), this.origin.deltaMs);
    return this.cachedEvents;
  }
}
