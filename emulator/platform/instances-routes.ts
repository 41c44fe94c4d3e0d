import { parseDotnetDate, parseIso } from '../store/dates.ts';
import { asArray, asObject, asString, isObject } from '../store/json.ts';
import type { InstanceRecord } from '../store/model.ts';
import { canRead, isHardDeleted } from './access.ts';
import type { Principal, RequestContext } from './context.ts';
import { authenticate } from './context.ts';
import { streamBlob } from './download.ts';
import {
  parseDotnetBool,
  sendEmpty,
  sendJson,
  sendJsonString,
  sendProblem,
  sendValidationProblem,
} from './http.ts';
import { deleteInstance, deletionPreventedMessage, isPreventedFromDeletion } from './instance-actions.ts';
import { processHistory } from './instance-events.ts';
import {
  parseContinuationToken,
  parseInstanceQuery,
  parseOwnerIdentifier,
  queryMap,
  readPage,
} from './instance-query.ts';
import type { Route } from './router.ts';
import { route } from './router.ts';
import { isDataElementHardDeleted, serializeInstance, visibleDataElements } from './serialize.ts';

function listLink(ctx: RequestContext, query: string): string {
  return `${ctx.env.origin()}/storage/api/v1/instances${query ? `?${query}` : ''}`;
}

/** `next`: the request's query with the token replaced; Storage URL-encodes the token twice. */
function nextLink(ctx: RequestContext, token: string): string {
  const kept = ctx.rawQuery
    .split('&')
    .filter((part) => part.length > 0)
    .filter((part) => {
      const key = part.split('=')[0] ?? '';
      let decoded = key;
      try {
        decoded = decodeURIComponent(key);
      } catch {
        // keep the raw key
      }
      return decoded.toLowerCase() !== 'continuationtoken';
    });
  const encodedOnce = token.replace(/;/g, '%3b');
  kept.push(`continuationToken=${encodeURIComponent(encodedOnce)}`);
  return listLink(ctx, kept.join('&'));
}

async function listInstances(ctx: RequestContext): Promise<void> {
  const principal = await authenticate(ctx);
  if (!principal) return sendEmpty(ctx.res, 401);
  const header = ctx.req.headers['x-ai-instanceowneridentifier'];
  const identifier = typeof header === 'string' ? header : undefined;
  const parsed = parseInstanceQuery(ctx.query, identifier !== undefined);
  if (parsed.kind === 'validation') return sendValidationProblem(ctx.res, ctx.traceId, parsed.errors);
  if (parsed.kind === 'bad-request') return sendJsonString(ctx.res, 400, parsed.message);
  // A caller with neither a user id nor an org is refused with a bare BadRequest().
  if (principal.userId === undefined && principal.org === undefined)
    return sendProblem(ctx.res, 400, ctx.traceId);
  const q = parsed.query;
  const self = listLink(ctx, ctx.rawQuery);
  if (identifier !== undefined) {
    const owner = parseOwnerIdentifier(identifier);
    if ('error' in owner) return sendJsonString(ctx.res, 400, owner.error);
    q.partyId = ctx.env.store.partyIdFor(owner.kind, owner.number);
    if (q.partyId === undefined) return sendJson(ctx.res, 200, { count: 0, self, next: null, instances: [] });
  }
  if (q.isHardDeleted === true) {
    return sendJson(ctx.res, 200, { count: 0, self, next: null, instances: [] });
  }
  let token;
  if (q.continuationToken) {
    token = parseContinuationToken(q.continuationToken);
    if (!token) {
      return sendJsonString(
        ctx.res,
        500,
        'Unable to perform query on instances due to: Input string was not in a correct format.',
      );
    }
  }
  const page = readPage(ctx.env.store.partyInstances(q.partyId ?? 0), q, token);
  // The PDP filter runs after the database page is cut: pages may be short or empty yet have `next`.
  const origin = ctx.env.origin();
  const instances = page.records
    .filter((record) => canRead(ctx.env.store, principal, record))
    .map((record) => serializeInstance(origin, record, q.includeDataElements));
  sendJson(ctx.res, 200, {
    count: instances.length,
    self,
    next: page.next ? nextLink(ctx, page.next) : null,
    instances,
  });
}

/** Lookup by guid (the party in the route is not cross-checked, as in Storage). */
function findInstance(ctx: RequestContext, guid: string): InstanceRecord | undefined {
  const record = ctx.env.store.instance(guid);
  return record && !isHardDeleted(record) ? record : undefined;
}

type Guarded = { principal: Principal; record: InstanceRecord };

/**
 * `[Authorize]` + PDP read: 401 empty, 404 with the controller's message, 403 empty.
 * For policy-protected actions (events, history, readstatus, delete) Storage's access handler
 * fails the policy for an unknown instance, so `notFound` is undefined there and the answer is 403.
 */
async function guard(
  ctx: RequestContext,
  guid: string,
  notFound: string | undefined,
): Promise<Guarded | undefined> {
  const principal = await authenticate(ctx);
  if (!principal) {
    sendEmpty(ctx.res, 401);
    return undefined;
  }
  const record = findInstance(ctx, guid);
  if (!record) {
    if (notFound === undefined) sendEmpty(ctx.res, 403);
    else sendJsonString(ctx.res, 404, notFound);
    return undefined;
  }
  if (!canRead(ctx.env.store, principal, record)) {
    sendEmpty(ctx.res, 403);
    return undefined;
  }
  return { principal, record };
}

async function getInstance(ctx: RequestContext, params: string[]): Promise<void> {
  const guid = params[params.length - 1] ?? '';
  const found = await guard(ctx, guid, `Unable to find instance ${guid}`);
  if (found) sendJson(ctx.res, 200, serializeInstance(ctx.env.origin(), found.record));
}

async function getEvents(ctx: RequestContext, [, guid = '']: string[]): Promise<void> {
  const found = await guard(ctx, guid, undefined);
  if (!found) return;
  const map = queryMap(ctx.query);
  const eventTypes = map.get('eventtypes') ?? [];
  const from = map.get('from')?.[0];
  const to = map.get('to')?.[0];
  let range: [number, number] | undefined;
  if (from !== undefined && to !== undefined) {
    const fromMs = parseDotnetDate(from);
    const toMs = parseDotnetDate(to);
    if (fromMs === undefined || toMs === undefined) {
      return sendJsonString(
        ctx.res,
        400,
        'Unable to perform query. Invalid format for time span. Use string format of UTC.',
      );
    }
    range = [fromMs, toMs];
  }
  const instanceEvents = found.record.events.list().filter((event) => {
    if (eventTypes.length > 0 && !eventTypes.includes(asString(event['eventType']) ?? '')) return false;
    if (!range) return true;
    const created = parseIso(asString(event['created']) ?? '');
    return created !== undefined && created.ms >= range[0] && created.ms <= range[1];
  });
  sendJson(ctx.res, 200, { instanceEvents });
}

async function getEvent(ctx: RequestContext, [, guid = '', eventId = '']: string[]): Promise<void> {
  const found = await guard(ctx, guid, undefined);
  if (!found) return;
  const event = found.record.events.list().find((e) => String(e['id']).toLowerCase() === eventId);
  if (!event) return sendProblem(ctx.res, 404, ctx.traceId);
  sendJson(ctx.res, 200, event);
}

async function getProcessHistory(ctx: RequestContext, [, guid = '']: string[]): Promise<void> {
  const found = await guard(ctx, guid, undefined);
  if (found) sendJson(ctx.res, 200, { processHistory: processHistory(found.record.events.list()) });
}

async function getDataElements(ctx: RequestContext, [partyId = '', guid = '']: string[]): Promise<void> {
  const found = await guard(ctx, guid, `Unable to find any instance with id: ${partyId}/${guid}.`);
  if (found) sendJson(ctx.res, 200, { dataElements: visibleDataElements(ctx.env.origin(), found.record) });
}

async function getData(
  ctx: RequestContext,
  [partyId = '', guid = '', dataGuid = '']: string[],
): Promise<void> {
  if (Number(partyId) === 0) {
    const principal = await authenticate(ctx);
    if (!principal) return sendEmpty(ctx.res, 401);
    return sendJsonString(ctx.res, 400, 'Missing parameter value: instanceOwnerPartyId can not be empty');
  }
  const found = await guard(ctx, guid, `Unable to find any instance with id: ${partyId}/${guid}.`);
  if (!found) return;
  const element = asArray(found.record.doc['data'])
    .filter(isObject)
    .find((e) => String(e['id']).toLowerCase() === dataGuid);
  if (!element || isDataElementHardDeleted(element)) {
    return sendJsonString(ctx.res, 404, `Unable to find any data element with id: ${dataGuid}.`);
  }
  if (element['isRead'] !== true) {
    // First download by an end user marks the element read (DataController.Get).
    ctx.env.store.update(found.record.guid, (doc) => {
      doc['data'] = asArray(doc['data']).map((e) =>
        isObject(e) && String(e['id']).toLowerCase() === dataGuid ? { ...e, isRead: true } : e,
      );
    });
  }
  await streamBlob(ctx, found.record, element);
}

async function putReadStatus(ctx: RequestContext, [, guid = '']: string[]): Promise<void> {
  const found = await guard(ctx, guid, undefined);
  if (!found) return;
  const raw = queryMap(ctx.query).get('status')?.[0] ?? '';
  const names = ['Unread', 'Read', 'UpdatedSinceLastReview'];
  const byNumber = /^\d+$/.test(raw.trim()) ? names[Number(raw.trim())] : undefined;
  const status = byNumber ?? names.find((name) => name.toLowerCase() === raw.trim().toLowerCase());
  if (!status) {
    return sendJsonString(
      ctx.res,
      400,
      `Invalid read status: ${raw}. Accepted types include: Unread, Read, UpdatedSinceLastReview`,
    );
  }
  const current = asObject(found.record.doc['status'])['readStatus'];
  const updated =
    current === status
      ? found.record
      : ctx.env.store.update(found.record.guid, (doc) => {
          doc['status'] = { ...asObject(doc['status']), readStatus: status };
        });
  sendJson(ctx.res, 200, serializeInstance(ctx.env.origin(), updated ?? found.record));
}

/** Binds `?hard=` like `[FromQuery] bool hard`; garbage gives ValidationProblemDetails. */
export function bindHard(ctx: RequestContext): boolean | undefined {
  const raw = queryMap(ctx.query).get('hard')?.[0];
  if (raw === undefined || raw === '') return false;
  const hard = parseDotnetBool(raw);
  if (hard === undefined)
    sendValidationProblem(ctx.res, ctx.traceId, { hard: [`The value '${raw}' is not valid.`] });
  return hard;
}

async function deleteOne(ctx: RequestContext, [, guid = '']: string[]): Promise<void> {
  const hard = bindHard(ctx);
  if (hard === undefined) return;
  const found = await guard(ctx, guid, undefined);
  if (!found) return;
  if (isPreventedFromDeletion(ctx.env.store, found.record)) {
    return sendJsonString(ctx.res, 403, deletionPreventedMessage);
  }
  const updated = deleteInstance(ctx.env.store, found.principal, found.record, hard);
  sendJson(ctx.res, 200, serializeInstance(ctx.env.origin(), updated ?? found.record));
}

const base = '/storage/api/v1/instances';
export const instanceRoutes: Route[] = [
  route('GET', base, listInstances),
  route('GET', `${base}/{guid}`, getInstance),
  route('GET', `${base}/{int}/{guid}`, getInstance),
  route('DELETE', `${base}/{int}/{guid}`, deleteOne),
  route('GET', `${base}/{int}/{guid}/events`, getEvents),
  route('GET', `${base}/{int}/{guid}/events/{guid}`, getEvent),
  route('GET', `${base}/{int}/{guid}/process/history`, getProcessHistory),
  route('GET', `${base}/{int}/{guid}/dataelements`, getDataElements),
  route('GET', `${base}/{int}/{guid}/data/{guid}`, getData),
  route('PUT', `${base}/{int}/{guid}/readstatus`, putReadStatus),
];
