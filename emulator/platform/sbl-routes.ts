import { parseIso } from '../store/dates.ts';
import type { Json, JsonObject } from '../store/json.ts';
import { asArray, asObject, asString, isObject, toInt } from '../store/json.ts';
import type { InstanceRecord } from '../store/model.ts';
import { canRead, isHardDeleted } from './access.ts';
import type { Principal, RequestContext } from './context.ts';
import { authenticate } from './context.ts';
import {
  BodyTooLargeError,
  readBody,
  sendEmpty,
  sendJson,
  sendJsonString,
  sendValidationProblem,
} from './http.ts';
import {
  deleteInstance,
  deletionPreventedMessage,
  isPreventedFromDeletion,
  undeleteInstance,
} from './instance-actions.ts';
import { instanceFacts } from '../store/instance-facts.ts';
import { compileIlike } from './ilike.ts';
import { bindHard } from './instances-routes.ts';
import type { Route } from './router.ts';
import { route } from './router.ts';

/** SblInstanceEvent types (InstanceEventHelper); data-element `Created` becomes `Saved`. */
const sblEventTypes = new Set([
  'Created',
  'Deleted',
  'Saved',
  'Submited',
  'Undeleted',
  'SubstatusUpdated',
  'Signed',
  'SentToSign',
  'SentToPayment',
  'SentToSendIn',
  'SentToFormFill',
  'InstanceForwarded',
  'InstanceRightRevoked',
  'NotificationSentSms',
  'MessageArchived',
  'MessageRead',
]);

function textValue(
  ctx: RequestContext,
  record: InstanceRecord,
  language: string,
  key: string,
): string | undefined {
  const text = ctx.env.store.dataset.apps.get(record.appId)?.texts.get(language);
  const resource = asArray(text?.['resources'])
    .filter(isObject)
    .find((r) => r['id'] === key);
  return asString(resource?.['value']);
}

function processCurrentTask(doc: JsonObject): string {
  const process = doc['process'];
  if (!isObject(process)) return 'default';
  const status = asObject(doc['status']);
  if (process['ended'] !== undefined) return status['isArchived'] === true ? 'Archived' : 'Submit';
  switch (asString(asObject(process['currentTask'])['altinnTaskType'])) {
    case 'confirmation':
      return 'Confirmation';
    case 'feedback':
      return 'Feedback';
    case 'signing':
      return 'Signing';
    default:
      return 'FormFilling';
  }
}

function later(a: string | undefined, b: string | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return (parseIso(a)?.ms ?? 0) >= (parseIso(b)?.ms ?? 0) ? a : b;
}

/** InstanceHelper.ConvertToMessageBoxInstance + ReplaceTextKeys (Newtonsoft, nulls written). */
function toMessageBoxInstance(
  ctx: RequestContext,
  record: InstanceRecord,
  language: string,
  options: { single: boolean; search: boolean },
): JsonObject {
  const doc = record.doc;
  const status = asObject(doc['status']);
  const appName = record.appId.split('/')[1] ?? record.appId;
  const texts = Object.values(asObject(doc['presentationTexts'])).filter(
    (t): t is string => typeof t === 'string',
  );
  const presentationText = texts.length > 0 ? texts.join(', ') : null;
  const baseTitle =
    textValue(ctx, record, language, 'appName') ?? textValue(ctx, record, language, 'ServiceName') ?? appName;
  const substatusRaw = status['substatus'];
  let substatus: Json = null;
  if (isObject(substatusRaw)) {
    const label = asString(substatusRaw['label']);
    const description = asString(substatusRaw['description']);
    substatus = {
      label: label ? (textValue(ctx, record, language, label) ?? label) : null,
      description: description ? (textValue(ctx, record, language, description) ?? description) : null,
    };
  }
  const archivedOrDeleted = status['isArchived'] === true || status['isSoftDeleted'] === true;
  const task = processCurrentTask(doc);
  const copyEnabled =
    asObject(ctx.env.store.dataset.apps.get(record.appId)?.doc['copyInstanceSettings'])['enabled'] === true;
  return {
    id: record.guid,
    instanceOwnerId: String(record.partyId),
    org: record.org,
    appName,
    title: presentationText ? `${baseTitle}, ${presentationText}` : baseTitle,
    processCurrentTask: task,
    createdDateTime: later(asString(doc['created']), asString(doc['visibleAfter'])),
    lastChangedBy: lastChangedBy(doc),
    dueDateTime: options.search && archivedOrDeleted ? null : (asString(doc['dueBefore']) ?? null),
    deleteStatus: asString(status['softDeleted']) ? 1 : 0,
    readStatus: asString(status['readStatus']) ?? 'Unread',
    substatus,
    allowDelete: true,
    allowNewCopy: options.single && status['isArchived'] === true && copyEnabled,
    authorizedForWrite: options.single,
    authorizedForSign: task === 'Signing',
    archivedDateTime: asString(status['archived']) ?? null,
    deletedDateTime: asString(status['softDeleted']) ?? null,
    presentationText,
    dataValues: isObject(doc['dataValues']) ? doc['dataValues'] : null,
  };
}

/** InstanceHelper.FindLastChangedBy: a data element changed after the instance names who did it. */
export function lastChangedBy(doc: JsonObject): string | null {
  let result = asString(doc['lastChangedBy']) ?? null;
  let newest = parseIso(asString(doc['lastChanged']) ?? '')?.ms;
  if (newest === undefined) return result;
  for (const element of asArray(doc['data']).filter(isObject)) {
    const by = asString(element['lastChangedBy']);
    const at = parseIso(asString(element['lastChanged']) ?? '')?.ms;
    if (by !== undefined && at !== undefined && at > newest) {
      result = by;
      newest = at;
    }
  }
  return result;
}

function statusFilter(active: boolean, archived: boolean, deleted: boolean): (s: JsonObject) => boolean {
  const isArchived = (s: JsonObject): boolean => s['isArchived'] === true;
  const isDeleted = (s: JsonObject): boolean => s['isSoftDeleted'] === true;
  if (active === archived && archived === deleted) return () => true;
  if (active && archived) return (s) => !isDeleted(s);
  if (archived && deleted) return (s) => isArchived(s) || isDeleted(s);
  if (active && deleted) return (s) => !isArchived(s) || isDeleted(s);
  if (active) return (s) => !isArchived(s) && !isDeleted(s);
  if (archived) return (s) => isArchived(s) && !isDeleted(s);
  return (s) => isDeleted(s);
}

function bodyDate(value: Json | undefined): number | undefined {
  if (typeof value !== 'string') return undefined;
  // Storage re-formats as yyyy-MM-ddTHH:mm:ss, dropping the offset, and reads that as UTC.
  const parsed = parseIso(`${value.slice(0, 19)}Z`);
  return parsed?.ms;
}

async function search(ctx: RequestContext): Promise<void> {
  const principal = await authenticate(ctx);
  if (!principal) return sendEmpty(ctx.res, 401);
  let body: unknown;
  try {
    const text = await readBody(ctx.req, 1_000_000);
    if (text.trim() === '') {
      return sendValidationProblem(ctx.res, ctx.traceId, { '': ['A non-empty request body is required.'] });
    }
    body = JSON.parse(text);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return sendEmpty(ctx.res, 413);
    return sendValidationProblem(ctx.res, ctx.traceId, { '': ['The input was not valid.'] });
  }
  const q = asObject(body);
  const rawIds = q['instanceOwnerPartyIdList'];
  if (!Array.isArray(rawIds)) {
    return sendValidationProblem(ctx.res, ctx.traceId, {
      InstanceOwnerPartyIdList: ['The InstanceOwnerPartyIdList field is required.'],
    });
  }
  const partyIds = rawIds.map(toInt).filter((id): id is number => id !== undefined);
  const language = ['en', 'nb', 'nn'].includes(String(q['language'] ?? '').toLowerCase())
    ? String(q['language']).toLowerCase()
    : 'nb';
  let active = q['includeActive'] === true;
  let archived = q['includeArchived'] === true;
  let deleted = q['includeDeleted'] === true;
  const archiveReference = asString(q['archiveReference'])?.toLowerCase();
  if (archiveReference) {
    if (active && !archived && !deleted) return sendJson(ctx.res, 200, []);
    if (active === archived && archived === deleted) {
      archived = true;
      deleted = true;
    }
    active = false;
  }
  const statusOk = statusFilter(active, archived, deleted);
  const fromLastChanged = bodyDate(q['fromLastChanged']);
  const toLastChanged = bodyDate(q['toLastChanged']);
  const fromCreated = bodyDate(q['fromCreated']);
  const toCreated = bodyDate(q['toCreated']);
  const appId = asString(q['appId']);
  const needle = asString(q['searchString'])?.trim();
  // Presentation texts: `value ILIKE '%s%'`; app titles (all languages joined by `;`): a plain contains.
  const textMatches = needle ? compileIlike(needle) : undefined;
  const titleNeedle = needle?.toLowerCase();
  const now = Date.now();
  const rows: InstanceRecord[] = [];
  for (const partyId of new Set(partyIds)) {
    for (const record of ctx.env.store.partyInstances(partyId)) {
      const doc = record.doc;
      const status = asObject(doc['status']);
      if (isHardDeleted(record) || !statusOk(status)) continue;
      if (appId && record.appId !== appId) continue;
      if (archiveReference && !record.guid.endsWith(archiveReference)) continue;
      const lastChanged = parseIso(asString(doc['lastChanged']) ?? '')?.ms;
      if (fromLastChanged !== undefined && (lastChanged === undefined || lastChanged < fromLastChanged))
        continue;
      if (toLastChanged !== undefined && (lastChanged === undefined || lastChanged > toLastChanged)) continue;
      if (fromCreated !== undefined || toCreated !== undefined) {
        const key = status['isArchived'] === true ? doc['lastChanged'] : doc['created'];
        const ms = parseIso(asString(key) ?? '')?.ms;
        if (ms === undefined) continue;
        if (fromCreated !== undefined && ms < fromCreated) continue;
        if (toCreated !== undefined && ms > toCreated) continue;
      }
      if (textMatches && titleNeedle !== undefined) {
        const facts = instanceFacts(record);
        const app = ctx.env.store.dataset.apps.get(record.appId);
        const titles = Object.values(asObject(app?.doc['title'])).map(String).join(';').toLowerCase();
        if (!(facts.textCount > 0 && textMatches(facts.searchText)) && !titles.includes(titleNeedle))
          continue;
      }
      rows.push(record);
    }
  }
  // The database returns the newest 5000 rows (lastChanged desc, then internal id ascending);
  // visibility, hide settings and the PDP only filter those afterwards.
  rows.sort((a, b) => (a.sortKey === b.sortKey ? a.rowId - b.rowId : a.sortKey < b.sortKey ? 1 : -1));
  const hits = rows.slice(0, 5000).filter((record) => {
    const visibleAfter = parseIso(asString(record.doc['visibleAfter']) ?? '')?.ms;
    if (visibleAfter !== undefined && visibleAfter > now) return false;
    if (isHiddenByApp(ctx, record)) return false;
    return canRead(ctx.env.store, principal, record);
  });
  // Quirk kept: the real response is ordered by instance guid (a SortedList keyed by id).
  hits.sort((a, b) => (a.guid < b.guid ? -1 : a.guid > b.guid ? 1 : 0));
  sendJson(
    ctx.res,
    200,
    hits.map((record) => toMessageBoxInstance(ctx, record, language, { single: false, search: true })),
  );
}

function isHiddenByApp(ctx: RequestContext, record: InstanceRecord): boolean {
  const config = asObject(ctx.env.store.dataset.apps.get(record.appId)?.doc['messageBoxConfig']);
  const hide = asObject(config['hideSettings']);
  if (hide['hideAlways'] === true) return true;
  const task = asString(asObject(asObject(record.doc['process'])['currentTask'])['elementId']);
  return task !== undefined && asArray(hide['hideOnTask']).includes(task);
}

type Found = { principal: Principal; record: InstanceRecord };

async function guard(
  ctx: RequestContext,
  partyId: string,
  guid: string,
  notFound: string,
): Promise<Found | undefined> {
  const principal = await authenticate(ctx);
  if (!principal) {
    sendEmpty(ctx.res, 401);
    return undefined;
  }
  const record = ctx.env.store.instance(guid);
  if (!record || isHardDeleted(record)) {
    sendJsonString(ctx.res, 404, notFound.replace('{p}', partyId).replace('{g}', guid));
    return undefined;
  }
  if (!canRead(ctx.env.store, principal, record)) {
    sendEmpty(ctx.res, 403);
    return undefined;
  }
  return { principal, record };
}

async function getOne(ctx: RequestContext, [partyId = '', guid = '']: string[]): Promise<void> {
  const found = await guard(ctx, partyId, guid, 'Could not find instance {p}/{g}');
  if (!found) return;
  // Quirk kept: the language is not lower-cased here, so `EN` finds no texts.
  const language = ctx.query.get('language') ?? 'nb';
  sendJson(ctx.res, 200, toMessageBoxInstance(ctx, found.record, language, { single: true, search: false }));
}

async function getSblEvents(ctx: RequestContext, [partyId = '', guid = '']: string[]): Promise<void> {
  const found = await guard(ctx, partyId, guid, 'Could not find instance {p}/{g}');
  if (!found) return;
  const events = found.record.events
    .list()
    .filter((event) => sblEventTypes.has(asString(event['eventType']) ?? ''))
    .map((event) => {
      const type =
        asString(event['eventType']) === 'Created' && event['dataId'] !== undefined
          ? 'Saved'
          : event['eventType'];
      const out: JsonObject = {
        id: event['id'] ?? null,
        createdDateTime: event['created'] ?? null,
        eventType: type ?? null,
        user: event['user'] ?? {},
      };
      if (event['relatedUser'] !== undefined) out['relatedUser'] = event['relatedUser'];
      if (event['additionalInfo'] !== undefined) out['additionalInfo'] = event['additionalInfo'];
      return out;
    });
  // Consecutive `Saved` by the same user collapse into the last one.
  const collapsed: JsonObject[] = [];
  for (const event of events) {
    const previous = collapsed[collapsed.length - 1];
    const sameUser =
      JSON.stringify(asObject(previous?.['user'])['userId']) ===
      JSON.stringify(asObject(event['user'])['userId']);
    if (previous && previous['eventType'] === 'Saved' && event['eventType'] === 'Saved' && sameUser) {
      collapsed[collapsed.length - 1] = event;
    } else collapsed.push(event);
  }
  sendJson(ctx.res, 200, collapsed);
}

async function deleteSbl(ctx: RequestContext, [partyId = '', guid = '']: string[]): Promise<void> {
  const hard = bindHard(ctx);
  if (hard === undefined) return;
  const found = await guard(
    ctx,
    partyId,
    guid,
    "Didn't find the object that should be deleted with instanceId={p}/{g}",
  );
  if (!found) return;
  if (isPreventedFromDeletion(ctx.env.store, found.record))
    return sendJsonString(ctx.res, 403, deletionPreventedMessage);
  deleteInstance(ctx.env.store, found.principal, found.record, hard);
  sendJson(ctx.res, 200, true);
}

async function undelete(ctx: RequestContext, [partyId = '', guid = '']: string[]): Promise<void> {
  const principal = await authenticate(ctx);
  if (!principal) return sendEmpty(ctx.res, 401);
  const record = ctx.env.store.instance(guid);
  if (!record)
    return sendJsonString(
      ctx.res,
      404,
      `Didn't find the object that should be restored with instanceId=${partyId}/${guid}`,
    );
  if (!canRead(ctx.env.store, principal, record)) return sendEmpty(ctx.res, 403);
  if (isHardDeleted(record))
    return sendJsonString(ctx.res, 404, 'Instance was permanently deleted and cannot be restored.');
  if (asObject(record.doc['status'])['isSoftDeleted'] === true)
    undeleteInstance(ctx.env.store, principal, record);
  sendJson(ctx.res, 200, true);
}

const base = '/storage/api/v1/sbl/instances';
export const sblRoutes: Route[] = [
  route('POST', `${base}/search`, search),
  route('GET', `${base}/{int}/{guid}`, getOne),
  route('DELETE', `${base}/{int}/{guid}`, deleteSbl),
  route('GET', `${base}/{int}/{guid}/events`, getSblEvents),
  route('PUT', `${base}/{int}/{guid}/undelete`, undelete),
];
