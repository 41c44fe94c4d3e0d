import type { Json, JsonObject } from '../store/json.ts';
import { asArray, isObject } from '../store/json.ts';
import type { InstanceRecord } from '../store/model.ts';

/**
 * Storage's selfLinks, on the emulator's own origin. The real service writes
 * `https://platform.{Hostname}/storage/api/v1/...`; clients must not depend on the host.
 */
export function instanceLink(origin: string, record: InstanceRecord): string {
  return `${origin}/storage/api/v1/instances/${record.partyId}/${record.guid}`;
}

function insertAfter(obj: JsonObject, after: string, key: string, value: Json): JsonObject {
  const out: JsonObject = {};
  let placed = false;
  for (const [k, v] of Object.entries(obj)) {
    if (k === key) continue;
    out[k] = v;
    if (k === after) {
      out[key] = value;
      placed = true;
    }
  }
  if (!placed) out[key] = value;
  return out;
}

export function isDataElementHardDeleted(element: JsonObject): boolean {
  const status = element['deleteStatus'];
  return isObject(status) && status['isHardDeleted'] === true;
}

export function serializeDataElement(
  origin: string,
  record: InstanceRecord,
  element: JsonObject,
): JsonObject {
  const link = `${origin}/storage/api/v1/instances/${record.partyId}/${record.guid}/data/${String(element['id'])}`;
  return insertAfter(element, 'blobStoragePath', 'selfLinks', { platform: link });
}

/** The end-user view of data elements: hard-deleted ones are removed (FilterOutDeletedDataElements). */
export function visibleDataElements(origin: string, record: InstanceRecord): JsonObject[] {
  return asArray(record.doc['data'])
    .filter(isObject)
    .filter((element) => !isDataElementHardDeleted(element))
    .map((element) => serializeDataElement(origin, record, element));
}

export function serializeInstance(origin: string, record: InstanceRecord, includeData = true): JsonObject {
  const withLinks = insertAfter(record.doc, 'org', 'selfLinks', { platform: instanceLink(origin, record) });
  if (includeData) withLinks['data'] = visibleDataElements(origin, record);
  else delete withLinks['data'];
  return withLinks;
}
