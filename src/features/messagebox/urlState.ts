/**
 * The message box's view state as it lives in the URL: route params (party, folder, open
 * instance) and the query string (search, filters, sort). A link must reproduce the view and the
 * back button must restore it, so this module is the single owner of parsing and serialising.
 * Parsing never throws: garbage falls back to defaults, because a URL is user input.
 */

export const FOLDERS = ['inbox', 'archive', 'bin'] as const;
export type Folder = (typeof FOLDERS)[number];

export const QUICK_RANGES = ['today', '7d', '30d', 'year'] as const;
export type QuickRange = (typeof QUICK_RANGES)[number];

export const SORT_ORDERS = ['newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** `in-progress` = any task; `task` = at that process step; `completed` = process ended. */
export type StatusFilter =
  { kind: 'in-progress' } | { kind: 'task'; elementId: string } | { kind: 'completed' };

export interface ListFilters {
  q: string;
  /** Service owner codes, e.g. `skd`. */
  orgs: string[];
  /** App ids `org/app`. */
  apps: string[];
  status: StatusFilter | null;
  unread: boolean;
  /** Last changed on or after this day (YYYY-MM-DD), inclusive. */
  from: string | null;
  /** Last changed on or before this day (YYYY-MM-DD), inclusive. */
  to: string | null;
  /** A quick pick; when set it wins over from/to. */
  range: QuickRange | null;
  sort: SortOrder;
}

export const defaultListFilters: ListFilters = {
  q: '',
  orgs: [],
  apps: [],
  status: null,
  unread: false,
  from: null,
  to: null,
  range: null,
  sort: 'newest',
};

const MAX_Q_LENGTH = 200;
const MAX_REPEATED = 50;
const ORG_PATTERN = /^[a-z0-9][a-z0-9-]{0,49}$/i;
const APP_PATTERN = /^[a-z0-9][a-z0-9-]{0,49}\/[a-z0-9][a-z0-9-_]{0,99}$/i;
const TASK_PATTERN = /^[A-Za-z0-9_.-]{1,100}$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(allowed: readonly T[], value: string | null | undefined): T | null {
  return allowed.find((candidate) => candidate === value) ?? null;
}

export function parseFolder(value: string | null | undefined): Folder | null {
  return oneOf(FOLDERS, value);
}

/** Party ids are positive integers; anything else is not a party route. */
export function parsePartyId(value: string | null | undefined): number | null {
  if (value === null || value === undefined || !/^[1-9]\d{0,14}$/.test(value)) return null;
  return Number(value);
}

export function parseInstanceGuid(value: string | null | undefined): string | null {
  return value !== null && value !== undefined && GUID_PATTERN.test(value) ? value.toLowerCase() : null;
}

/** A real calendar day in YYYY-MM-DD, or null. */
export function parseDay(value: string | null | undefined): string | null {
  const match = value ? DAY_PATTERN.exec(value) : null;
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const valid =
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d);
  return valid ? (value ?? null) : null;
}

function parseStatus(value: string | null): StatusFilter | null {
  if (value === 'in-progress') return { kind: 'in-progress' };
  if (value === 'completed') return { kind: 'completed' };
  if (value?.startsWith('task:')) {
    const elementId = value.slice('task:'.length);
    if (TASK_PATTERN.test(elementId)) return { kind: 'task', elementId };
  }
  return null;
}

function serialiseStatus(status: StatusFilter): string {
  return status.kind === 'task' ? `task:${status.elementId}` : status.kind;
}

function uniqueValid(values: string[], pattern: RegExp): string[] {
  const kept = values.filter((value) => pattern.test(value));
  return [...new Set(kept)].slice(0, MAX_REPEATED);
}

export function parseListFilters(search: URLSearchParams | string): ListFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  let from = parseDay(params.get('from'));
  let to = parseDay(params.get('to'));
  // A reversed range is most likely a slip; swap rather than show an always-empty list.
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_Q_LENGTH),
    orgs: uniqueValid(params.getAll('org'), ORG_PATTERN),
    apps: uniqueValid(params.getAll('app'), APP_PATTERN),
    status: parseStatus(params.get('status')),
    unread: params.get('unread') === '1',
    from,
    to,
    range: oneOf(QUICK_RANGES, params.get('range')),
    sort: oneOf(SORT_ORDERS, params.get('sort')) ?? 'newest',
  };
}

/**
 * The canonical query string (no leading `?`), defaults left out, in a fixed order, so equal
 * states give equal strings: it doubles as the cache and scroll key.
 */
export function serialiseListFilters(filters: ListFilters): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  for (const org of [...filters.orgs].sort()) params.append('org', org);
  for (const app of [...filters.apps].sort()) params.append('app', app);
  if (filters.status) params.set('status', serialiseStatus(filters.status));
  if (filters.unread) params.set('unread', '1');
  if (filters.range) params.set('range', filters.range);
  else {
    if (filters.from) params.set('from', filters.from);
    if (filters.to) params.set('to', filters.to);
  }
  if (filters.sort !== 'newest') params.set('sort', filters.sort);
  return params.toString();
}

/** The stable key of a filter state, for query keys and scroll memory. */
export function listStateKey(filters: ListFilters): string {
  return serialiseListFilters(filters);
}

export function hasActiveFilters(filters: ListFilters): boolean {
  return serialiseListFilters({ ...filters, sort: 'newest' }) !== '';
}

function withQuery(path: string, filters: ListFilters | undefined): string {
  const query = filters ? serialiseListFilters(filters) : '';
  return query ? `${path}?${query}` : path;
}

/** `/parties/{partyId}/{folder}[/{instanceGuid}][?query]` */
export function partyFolderPath(
  partyId: number,
  folder: Folder,
  filters?: ListFilters,
  instanceGuid?: string | null,
): string {
  const base = `/parties/${partyId}/${folder}`;
  return withQuery(instanceGuid ? `${base}/${instanceGuid}` : base, filters);
}

/** `/all/{folder}[/{partyId}/{instanceGuid}][?query]` */
export function allPartiesPath(
  folder: Folder,
  filters?: ListFilters,
  open?: { partyId: number; instanceGuid: string } | null,
): string {
  const base = `/all/${folder}`;
  return withQuery(open ? `${base}/${open.partyId}/${open.instanceGuid}` : base, filters);
}

export interface MessageBoxRoute {
  partyId: number;
  folder: Folder;
  instanceGuid: string | null;
}

/** Route params of `/parties/:partyId/:folder/:instanceGuid?`; null when any is invalid. */
export function parseMessageBoxRoute(params: {
  partyId?: string;
  folder?: string;
  instanceGuid?: string;
}): MessageBoxRoute | null {
  const partyId = parsePartyId(params.partyId);
  const folder = parseFolder(params.folder);
  if (partyId === null || folder === null) return null;
  if (params.instanceGuid === undefined) return { partyId, folder, instanceGuid: null };
  const instanceGuid = parseInstanceGuid(params.instanceGuid);
  return instanceGuid === null ? null : { partyId, folder, instanceGuid };
}
