import { queryOptions } from '@tanstack/react-query';

import { requestWithSession } from './client';
import { ApiError, hasStatus } from './errors';
import { parseJsonArrayInSlices } from './jsonArrayInSlices';
import { withoutBidiControls } from './lenient';
import { queryKeys } from './queryKeys';

export type PartyKind =
  'person' | 'organisation' | 'selfIdentified' | 'subunit' | 'bankruptcyEstate' | 'unknown';

export interface Party {
  partyId: number;
  partyUuid: string | null;
  kind: PartyKind;
  name: string;
  orgNumber: string | null;
  /** The person's national identity number; display only masked. */
  ssn: string | null;
  unitType: string | null;
  isDeleted: boolean;
  /** A main unit listed only because the user reaches one of its subunits: not selectable itself. */
  onlyHierarchyElementWithNoAccess: boolean;
  /** Subunits (`childParties`), empty when none. */
  children: Party[];
}

const KINDS: Record<number, PartyKind> = {
  1: 'person',
  2: 'organisation',
  3: 'selfIdentified',
  4: 'subunit',
  5: 'bankruptcyEstate',
};

const MAX_DEPTH = 4;
const ID_TEXT = /^[1-9]\d{0,14}$/;

// Checked by hand rather than with a schema library: the list can hold 100,000 parties, and a
// generic validator costs several times more per party than these few typeof checks.
function fail(field: string): never {
  throw new TypeError(`Party field ${field} has the wrong type`);
}

/** The real service emits numeric ids; localtest-style data uses strings. Accept both. */
function readId(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  if (typeof value === 'string' && ID_TEXT.test(value)) return Number(value);
  return fail('partyId');
}

// Optional fields of the wrong type read as absent: one odd party field must not cost the
// person every party they can act for (issue 6). Only the id and the list's shape are required.
function optionalString(record: Record<string, unknown>, field: string): string | null {
  const value = record[field];
  return typeof value === 'string' ? value : null;
}

function optionalBoolean(record: Record<string, unknown>, field: string): boolean {
  return record[field] === true;
}

function toParty(input: unknown, depth: number): Party {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('(party)');
  const raw = input as Record<string, unknown>;
  const typeName = raw.partyTypeName;
  const childParties = raw.childParties;
  const children =
    depth < MAX_DEPTH && Array.isArray(childParties)
      ? childParties.map((child) => toParty(child, depth + 1))
      : [];
  const kind = KINDS[typeof typeName === 'number' ? typeName : 0] ?? 'unknown';
  const orgNumber = optionalString(raw, 'orgNumber');
  const ssn = optionalString(raw, 'ssn');
  return {
    partyId: readId(raw.partyId),
    partyUuid: optionalString(raw, 'partyUuid'),
    // Subunits arrive as organisations (partyTypeName 2) nested under their main unit.
    kind: depth > 0 && kind === 'organisation' ? 'subunit' : kind,
    name: withoutBidiControls(optionalString(raw, 'name') ?? ''),
    orgNumber: orgNumber ? orgNumber : null,
    ssn: ssn ? ssn : null,
    unitType: optionalString(raw, 'unitType'),
    isDeleted: optionalBoolean(raw, 'isDeleted'),
    onlyHierarchyElementWithNoAccess: optionalBoolean(raw, 'onlyHierarchyElementWithNoAccess'),
    children,
  };
}

/** Checks and normalises the body of `GET /authorization/api/v1/parties`. Throws when it does not fit. */
export function parseParties(data: unknown): Party[] {
  if (!Array.isArray(data)) throw new Error('Parties response is not an array');
  return data.map((entry) => toParty(entry, 0));
}

const PARTIES_PATH = '/authorization/api/v1/parties';

/**
 * Reads the body in slices: accountants and integrators' users get up to 100,000 parties
 * (27 MB), and parsing that in one go would freeze the page for a quarter of a second.
 */
async function readPartiesInSlices(response: Response): Promise<Party[]> {
  try {
    const text = await response.text();
    return await parseJsonArrayInSlices(text, (entry) => toParty(entry, 0));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('invalid-response', response.status, PARTIES_PATH);
  }
}

/**
 * The parties the user can act for. The service answers 404 for an empty list, which means the
 * user can act only for themselves: that is returned as an empty array, not an error.
 */
export async function fetchParties(userId: number, signal?: AbortSignal): Promise<Party[]> {
  const path = `${PARTIES_PATH}?userId=${encodeURIComponent(String(userId))}`;
  try {
    const response = await requestWithSession(path, { signal });
    return await readPartiesInSlices(response);
  } catch (error) {
    if (hasStatus(error, 404)) return [];
    throw error;
  }
}

export function partiesQueryOptions(userId: number) {
  return queryOptions({
    queryKey: queryKeys.parties(userId),
    queryFn: ({ signal }) => fetchParties(userId, signal),
    staleTime: 5 * 60_000,
    // Deep-comparing 100,000 parties on every refetch would be one long task; a new list simply
    // replaces the old one.
    structuralSharing: false,
  });
}
