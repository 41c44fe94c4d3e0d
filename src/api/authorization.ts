import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { requestWithSession } from './client';
import { ApiError, hasStatus } from './errors';
import { parseJsonArrayInSlices } from './jsonArrayInSlices';
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

// The real service emits numeric ids; localtest-style data uses strings. Accept both.
const id = z.union([z.number().check(z.int(), z.positive()), z.string().check(z.regex(/^[1-9]\d{0,14}$/))]);

const rawParty = z.object({
  partyId: id,
  partyUuid: z.nullish(z.string()),
  partyTypeName: z.nullish(z.number()),
  name: z.nullish(z.string()),
  orgNumber: z.nullish(z.string()),
  ssn: z.nullish(z.string()),
  unitType: z.nullish(z.string()),
  isDeleted: z.nullish(z.boolean()),
  onlyHierarchyElementWithNoAccess: z.nullish(z.boolean()),
  childParties: z.nullish(z.array(z.unknown())),
});

const KINDS: Record<number, PartyKind> = {
  1: 'person',
  2: 'organisation',
  3: 'selfIdentified',
  4: 'subunit',
  5: 'bankruptcyEstate',
};

const MAX_DEPTH = 4;

function toParty(input: unknown, depth: number): Party {
  const raw = rawParty.parse(input);
  const children =
    depth < MAX_DEPTH ? (raw.childParties ?? []).map((child) => toParty(child, depth + 1)) : [];
  const kind = KINDS[raw.partyTypeName ?? 0] ?? 'unknown';
  return {
    partyId: Number(raw.partyId),
    partyUuid: raw.partyUuid ?? null,
    // Subunits arrive as organisations (partyTypeName 2) nested under their main unit.
    kind: depth > 0 && kind === 'organisation' ? 'subunit' : kind,
    name: raw.name ?? '',
    orgNumber: raw.orgNumber ? raw.orgNumber : null,
    ssn: raw.ssn ? raw.ssn : null,
    unitType: raw.unitType ?? null,
    isDeleted: raw.isDeleted ?? false,
    onlyHierarchyElementWithNoAccess: raw.onlyHierarchyElementWithNoAccess ?? false,
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
