import { randomUUID } from 'node:crypto';

import { nowIso } from '../store/dates.ts';
import type { JsonObject } from '../store/json.ts';
import { asObject, asString } from '../store/json.ts';
import type { InstanceRecord } from '../store/model.ts';
import type { Principal } from './context.ts';

/** An InstanceEvent as Storage writes it for an end user's action (nulls omitted). */
export function userEvent(record: InstanceRecord, principal: Principal, eventType: string): JsonObject {
  const user: JsonObject = {};
  if (principal.userId !== undefined) user['userId'] = principal.userId;
  user['authenticationLevel'] = principal.authLevel;
  const event: JsonObject = {
    id: randomUUID(),
    instanceId: `${record.partyId}/${record.guid}`,
    created: nowIso(),
    eventType,
    instanceOwnerPartyId: String(record.partyId),
    user,
  };
  const process = record.doc['process'];
  if (process !== undefined) event['processInfo'] = process;
  return event;
}

function performedBy(event: JsonObject): string {
  const user = asObject(event['user']);
  return (
    asString(user['nationalIdentityNumber']) ??
    (user['orgId'] !== undefined ? String(user['orgId']) : undefined) ??
    asString(user['systemUserOwnerOrgNo']) ??
    ''
  );
}

/** ProcessHelper: StartEvent/StartTask/EndTask/EndEvent events folded into history items. */
export function processHistory(events: readonly JsonObject[]): JsonObject[] {
  const items: JsonObject[] = [];
  for (const event of events) {
    const type = asString(event['eventType']);
    const info = asObject(event['processInfo']);
    const task = asObject(info['currentTask']);
    const created = event['created'] ?? null;
    if (type === 'process_StartEvent') {
      items.push(
        omitNulls({
          eventType: type,
          elementId: info['startEvent'] ?? null,
          occured: created,
          started: info['started'] ?? null,
          performedBy: performedBy(event),
        }),
      );
    } else if (type === 'process_StartTask') {
      items.push(
        omitNulls({
          eventType: type,
          elementId: task['elementId'] ?? null,
          occured: created,
          started: task['started'] ?? created,
          performedBy: performedBy(event),
        }),
      );
    } else if (type === 'process_EndTask') {
      const open = items.find(
        (item) =>
          item['elementId'] === task['elementId'] &&
          item['eventType'] === 'process_StartTask' &&
          item['ended'] === undefined,
      );
      if (open) open['ended'] = task['ended'] ?? created;
      else
        items.push(
          omitNulls({
            eventType: type,
            elementId: task['elementId'] ?? null,
            occured: created,
            ended: task['ended'] ?? created,
            performedBy: performedBy(event),
          }),
        );
    } else if (type === 'process_EndEvent') {
      items.push(
        omitNulls({
          eventType: type,
          elementId: info['endEvent'] ?? null,
          occured: created,
          ended: info['ended'] ?? created,
          performedBy: performedBy(event),
        }),
      );
    }
  }
  return items;
}

function omitNulls(obj: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(obj)) if (value !== null) out[key] = value;
  return out;
}
