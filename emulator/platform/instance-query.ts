import { parseDotnetDate } from '../store/dates.ts';
import type { InstanceRecord } from '../store/model.ts';
import { parseDotnetBool, parseDotnetInt } from './http.ts';
import { compileIlike } from './ilike.ts';
import { instanceFacts } from '../store/instance-facts.ts';

type DateOp = 'gt' | 'gte' | 'lt' | 'lte' | 'eq';
export interface DateCondition {
  op: DateOp;
  /** The value as typed: Storage compares some fields as strings. */
  raw: string;
  ms: number;
}

export interface InstanceQuery {
  partyId: number | undefined;
  appId?: string;
  org?: string;
  currentTask?: string;
  isComplete?: boolean;
  isArchived?: boolean;
  isSoftDeleted?: boolean;
  isHardDeleted?: boolean;
  confirmed?: boolean;
  excludeConfirmedBy?: string;
  searchString?: string;
  /** `searchString` compiled once per query (see ilike.ts). */
  searchMatches?: (searchText: string) => boolean;
  a3Ref?: string;
  created: DateCondition[];
  lastChanged: DateCondition[];
  visibleAfter: DateCondition[];
  dueBefore: DateCondition[];
  processEnded: DateCondition[];
  includeDataElements: boolean;
  size: number;
  descending: boolean;
  continuationToken?: string;
}

export type QueryParseResult =
  | { kind: 'ok'; query: InstanceQuery }
  | { kind: 'validation'; errors: Record<string, string[]> }
  | { kind: 'bad-request'; message: string };

/** ASP.NET binds query keys case-insensitively; repeated keys form arrays. */
export function queryMap(params: URLSearchParams): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [key, value] of params) {
    const lower = key.toLowerCase();
    const list = map.get(lower);
    if (list) list.push(value);
    else map.set(lower, [value]);
  }
  return map;
}

const dateExpression = /^(gt|gte|lt|lte|eq):(.*)$/i;

function parseDateConditions(key: string, values: string[] | undefined): DateCondition[] | string {
  const out: DateCondition[] = [];
  for (const value of values ?? []) {
    const match = dateExpression.exec(value);
    const op = (match?.[1]?.toLowerCase() ?? 'eq') as DateOp;
    const raw = match ? (match[2] ?? '') : value;
    const ms = parseDotnetDate(raw);
    if (ms === undefined) return `Invalid date expression: ${value} for query key: ${key}`;
    out.push({ op, raw, ms });
  }
  return out;
}

/** `hasOwnerIdentifier`: the X-Ai-InstanceOwnerIdentifier header names the party instead. */
export function parseInstanceQuery(params: URLSearchParams, hasOwnerIdentifier = false): QueryParseResult {
  const map = queryMap(params);
  const first = (key: string): string | undefined => map.get(key.toLowerCase())?.[0];
  const errors: Record<string, string[]> = {};
  const bool = (key: string): boolean | undefined => {
    const raw = first(key);
    if (raw === undefined || raw === '') return undefined;
    const parsed = parseDotnetBool(raw);
    if (parsed === undefined) errors[key] = [`The value '${raw}' is not valid.`];
    return parsed;
  };
  const int = (key: string): number | undefined => {
    const raw = first(key);
    if (raw === undefined || raw === '') return undefined;
    const parsed = parseDotnetInt(raw);
    if (parsed === undefined) errors[key] = [`The value '${raw}' is not valid.`];
    return parsed;
  };
  const partyId = int('instanceOwner.partyId');
  const size = int('size');
  int('mainVersionInclude');
  int('mainVersionExclude');
  const query: InstanceQuery = {
    partyId,
    appId: first('appId'),
    org: first('org'),
    currentTask: first('process.currentTask'),
    isComplete: bool('process.isComplete'),
    isArchived: bool('status.isArchived'),
    isSoftDeleted: bool('status.isSoftDeleted'),
    isHardDeleted: bool('status.isHardDeleted'),
    confirmed: bool('confirmed'),
    excludeConfirmedBy: first('excludeConfirmedBy'),
    searchString: first('searchString'),
    a3Ref: first('A3Ref'),
    created: [],
    lastChanged: [],
    visibleAfter: [],
    dueBefore: [],
    processEnded: [],
    includeDataElements: bool('includeDataElements') ?? true,
    size: size ?? 100,
    descending: (first('order') ?? 'desc:lastChanged').toLowerCase().startsWith('desc:'),
    continuationToken: first('continuationToken'),
  };
  if (Object.keys(errors).length > 0) return { kind: 'validation', errors };
  if (hasOwnerIdentifier && query.partyId !== undefined) {
    return {
      kind: 'bad-request',
      message: 'Both InstanceOwner.PartyId and InstanceOwnerIdentifier cannot be present at the same time.',
    };
  }
  if (query.partyId === undefined && !hasOwnerIdentifier) {
    return {
      kind: 'bad-request',
      message: 'Either InstanceOwnerPartyId or InstanceOwnerIdentifier need to be defined.',
    };
  }
  const dateFields: [keyof InstanceQuery & string, string][] = [
    ['created', 'created'],
    ['lastChanged', 'lastChanged'],
    ['visibleAfter', 'visibleAfter'],
    ['dueBefore', 'dueBefore'],
    ['processEnded', 'process.ended'],
  ];
  for (const [field, key] of dateFields) {
    const parsed = parseDateConditions(key, map.get(key.toLowerCase()));
    if (typeof parsed === 'string') return { kind: 'bad-request', message: parsed };
    (query[field] as DateCondition[]) = parsed;
  }
  if (query.searchString !== undefined && query.searchString !== '') {
    query.searchMatches = compileIlike(query.searchString);
  }
  if (query.a3Ref !== undefined && query.a3Ref.length !== 12) {
    return { kind: 'bad-request', message: 'The A3 reference needs to be exactly 12 characters long.' };
  }
  return { kind: 'ok', query };
}

function compare(op: DateOp, left: number | string, right: number | string): boolean {
  switch (op) {
    case 'gt':
      return left > right;
    case 'gte':
      return left >= right;
    case 'lt':
      return left < right;
    case 'lte':
      return left <= right;
    case 'eq':
      return left === right;
  }
}

/** Timestamp comparison (created, lastChanged); a missing value is SQL NULL and never matches. */
function matchesTime(ms: number | undefined, conditions: DateCondition[]): boolean {
  if (conditions.length === 0) return true;
  if (ms === undefined) return false;
  return conditions.every((c) => compare(c.op, ms, c.ms));
}

/** Storage compares visibleAfter, dueBefore and process.ended as text against the stored ISO string. */
function matchesText(value: string | undefined, conditions: DateCondition[]): boolean {
  if (conditions.length === 0) return true;
  if (value === undefined) return false;
  return conditions.every((c) => compare(c.op, value, c.raw));
}

/** The database part of the query (everything before the PDP filter). */
export function matchesQuery(record: InstanceRecord, q: InstanceQuery): boolean {
  if (q.appId !== undefined && record.appId !== q.appId) return false;
  if (q.org !== undefined && record.org !== q.org) return false;
  if (q.a3Ref !== undefined && !record.guid.endsWith(q.a3Ref.toLowerCase())) return false;
  const facts = instanceFacts(record);
  // End users never see hard-deleted instances (the controller forces isHardDeleted=false).
  if (facts.isHardDeleted) return false;
  if (q.currentTask !== undefined && facts.currentTask !== q.currentTask) return false;
  if (q.isComplete === true && !facts.hasEnded) return false;
  if (q.isComplete === false && !facts.hasCurrentTask) return false;
  if (q.isArchived !== undefined && facts.isArchived !== q.isArchived) return false;
  if (q.isSoftDeleted !== undefined && facts.isSoftDeleted !== q.isSoftDeleted) return false;
  if (q.excludeConfirmedBy !== undefined && facts.confirmedBy.includes(q.excludeConfirmedBy)) return false;
  if (q.confirmed !== undefined && facts.confirmedBy.includes(record.org) !== q.confirmed) return false;
  if (!matchesTime(facts.createdMs, q.created)) return false;
  if (!matchesTime(facts.lastChangedMs, q.lastChanged)) return false;
  if (!matchesText(facts.visibleAfter, q.visibleAfter)) return false;
  if (!matchesText(facts.dueBefore, q.dueBefore)) return false;
  if (!matchesText(facts.processEnded, q.processEnded)) return false;
  if (q.searchMatches && !(facts.textCount > 0 && q.searchMatches(facts.searchText))) return false;
  return true;
}

export interface PagingToken {
  sortKey: string;
  rowId: number;
}

/** The token Storage hands out: `{lastChanged ticks};{row id}`, possibly still URL-encoded. */
export function parseContinuationToken(token: string): PagingToken | undefined {
  let value = token;
  for (let i = 0; i < 3 && !value.includes(';'); i++) {
    try {
      value = decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  const match = /^(\d{1,19});(\d+)$/.exec(value.trim());
  if (!match) return undefined;
  return { sortKey: (match[1] ?? '').padStart(19, '0'), rowId: Number(match[2]) };
}

export function formatContinuationToken(record: InstanceRecord): string {
  return `${record.sortKey.replace(/^0+(?=\d)/, '')};${record.rowId}`;
}

function before(record: InstanceRecord, token: PagingToken): boolean {
  return record.sortKey < token.sortKey || (record.sortKey === token.sortKey && record.rowId < token.rowId);
}

/** First index whose record is not before the token. */
function lowerBound(list: readonly InstanceRecord[], token: PagingToken): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const probe = list[mid];
    if (probe && before(probe, token)) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface DbPage {
  records: InstanceRecord[];
  /** Present when the page was full, exactly like the repository: even if nothing follows. */
  next: string | undefined;
}

/** One database page: `size` matching rows after the token, in lastChanged order. */
export function readPage(
  list: readonly InstanceRecord[],
  q: InstanceQuery,
  token: PagingToken | undefined,
): DbPage {
  const records: InstanceRecord[] = [];
  if (q.size <= 0) return { records, next: undefined };
  if (q.descending) {
    let i = token ? lowerBound(list, token) - 1 : list.length - 1;
    for (; i >= 0 && records.length < q.size; i--) {
      const record = list[i];
      if (record && matchesQuery(record, q)) records.push(record);
    }
  } else {
    let i = token ? lowerBound(list, { sortKey: token.sortKey, rowId: token.rowId + 1 }) : 0;
    for (; i < list.length && records.length < q.size; i++) {
      const record = list[i];
      if (record && matchesQuery(record, q)) records.push(record);
    }
  }
  const last = records[records.length - 1];
  return { records, next: records.length === q.size && last ? formatContinuationToken(last) : undefined };
}

export type OwnerIdentifier = { kind: 'person' | 'organisation'; number: string } | { error: string };

/** `X-Ai-InstanceOwnerIdentifier: Person:{11 digits}` or `Organisation:{9 digits}` (§5.1). */
export function parseOwnerIdentifier(header: string): OwnerIdentifier {
  const value = header.replace(/\s+/g, '');
  const match = /^(person|organisation):(.*)$/i.exec(value);
  if (!match) return { error: 'Invalid InstanceOwnerIdentifier.' };
  const number = match[2] ?? '';
  if (match[1]?.toLowerCase() === 'person') {
    return /^\d{11}$/.test(number)
      ? { kind: 'person', number }
      : { error: 'Person number needs to be exactly 11 digits.' };
  }
  return /^\d{9}$/.test(number)
    ? { kind: 'organisation', number }
    : { error: 'Organization number needs to be exactly 9 digits.' };
}
