import type { Party } from '../../api/authorization';
import { createSliceClock, yieldToMain } from '../../lib/yieldToMain';
import { normaliseForSearch } from './normaliseText';
import { arrangeParties } from './partyTree';

export const FLAG_DELETED = 1;
/** A main unit without access of its own: a heading, never an option. */
export const FLAG_HEADING = 2;
export const FLAG_OWN = 4;

/**
 * The picker's rows in display order as flat arrays, with the search strings normalised once.
 * Searching then walks plain arrays instead of 100,000 objects.
 */
export interface PartyIndex {
  size: number;
  parties: Party[];
  /** Row of the main unit for a subunit, else -1. */
  parent: Int32Array;
  flags: Uint8Array;
  /** Normalised name with a leading space, so " word" finds a word start with one `includes`. */
  names: string[];
  /** Organisation number or national identity number, digits only; '' when none. */
  digits: string[];
  /**
   * All names as one text, each row's as "\n" + name, with each row's start offset: one native
   * `indexOf` over 3 MB finds a word start far faster than 100,000 separate string checks.
   */
  nameText: string;
  nameStarts: Int32Array;
  /** The same for the digits: "\n" + digits per row, so "\n" + typed digits finds a prefix. */
  digitText: string;
  digitStarts: Int32Array;
  /** First row of each party id. */
  rowOf: Map<number, number>;
  hasDeleted: boolean;
  /** Every party but the person's own is deleted: the picker then shows deleted ones from the start. */
  allDeleted: boolean;
}

export interface IndexBuildOptions {
  budgetMs?: number;
  yieldFn?: () => Promise<void>;
}

function digitsOf(party: Party): string {
  return (party.orgNumber ?? party.ssn ?? '').replace(/\D/g, '');
}

/**
 * Builds the index in slices of about `budgetMs`, so the page keeps answering input while a
 * list of 100,000 parties is prepared (normalising the names is most of the work).
 */
export async function buildPartyIndex(
  parties: readonly Party[],
  own: Party,
  { budgetMs = 12, yieldFn = yieldToMain }: IndexBuildOptions = {},
): Promise<PartyIndex> {
  const clock = createSliceClock(budgetMs, yieldFn);
  const keys = new Map<Party, string>();
  const addKeys = (party: Party): void => {
    keys.set(party, normaliseForSearch(party.name));
    for (const child of party.children) addKeys(child);
  };
  addKeys(own);
  for (let i = 0; i < parties.length; i += 1) {
    const party = parties[i];
    if (party) addKeys(party);
    if ((i & 255) === 255) await clock.maybeYield();
  }

  const rows = await arrangeParties(
    parties,
    own,
    (party) => keys.get(party) ?? '',
    () => clock.maybeYield(),
  );

  const size = rows.length;
  const index: PartyIndex = {
    size,
    parties: new Array<Party>(size),
    parent: new Int32Array(size),
    flags: new Uint8Array(size),
    names: new Array<string>(size),
    digits: new Array<string>(size),
    nameText: '',
    nameStarts: new Int32Array(size),
    digitText: '',
    digitStarts: new Int32Array(size),
    rowOf: new Map(),
    hasDeleted: false,
    allDeleted: size > 1,
  };
  for (let i = 0; i < size; i += 1) {
    const row = rows[i];
    if (!row) continue;
    index.parties[i] = row.party;
    index.parent[i] = row.parent;
    index.flags[i] =
      (row.deleted ? FLAG_DELETED : 0) | (row.heading ? FLAG_HEADING : 0) | (row.own ? FLAG_OWN : 0);
    index.names[i] = ` ${keys.get(row.party) ?? ''}`;
    index.digits[i] = digitsOf(row.party);
    if (!index.rowOf.has(row.party.partyId)) index.rowOf.set(row.party.partyId, i);
    if (row.deleted) index.hasDeleted = true;
    else if (!row.own) index.allDeleted = false;
    if ((i & 1023) === 0) await clock.maybeYield();
  }
  let nameAt = 0;
  let digitAt = 0;
  for (let i = 0; i < size; i += 1) {
    index.nameStarts[i] = nameAt;
    nameAt += 1 + (index.names[i] ?? '').length;
    index.digitStarts[i] = digitAt;
    digitAt += 1 + (index.digits[i] ?? '').length;
  }
  index.nameText = `\n${index.names.join('\n')}`;
  index.digitText = `\n${index.digits.join('\n')}`;
  return index;
}

/** The own party's row when the list does not include it (the API's 404 "only yourself" case). */
export function ownPartyStandIn(partyId: number, name: string): Party {
  return {
    partyId,
    partyUuid: null,
    kind: 'person',
    name,
    orgNumber: null,
    ssn: null,
    unitType: null,
    isDeleted: false,
    onlyHierarchyElementWithNoAccess: false,
    children: [],
  };
}
