import type { Party } from '../../api/authorization';
import { sortInSlices } from './sortInSlices';

/** Finds a party anywhere in the list, subunits included. */
export function findParty(parties: readonly Party[], partyId: number): Party | null {
  for (const party of parties) {
    if (party.partyId === partyId) return party;
    const child = findParty(party.children, partyId);
    if (child) return child;
  }
  return null;
}

/**
 * The parties the person can act for among `parties`: every listed party and subunit, except
 * deleted ones and main units listed only as the path to a subunit (they give no access of
 * their own).
 */
export function actablePartyIds(parties: readonly Party[], into = new Set<number>()): Set<number> {
  for (const party of parties) {
    if (!party.isDeleted && !party.onlyHierarchyElementWithNoAccess) into.add(party.partyId);
    actablePartyIds(party.children, into);
  }
  return into;
}

/**
 * How many parties the person can act for, subunits included (see actablePartyIds). Always at
 * least 1, because a person can always act for themselves (the API's 404 case).
 */
export function countActableParties(parties: readonly Party[], ownPartyId: number): number {
  return actablePartyIds(parties, new Set<number>([ownPartyId])).size;
}

/** Whether the person may act for `partyId` now (for the `/` redirect to the last party used). */
export function canActFor(parties: readonly Party[], partyId: number): boolean {
  const party = findParty(parties, partyId);
  return party !== null && !party.isDeleted && !party.onlyHierarchyElementWithNoAccess;
}

/** One row of the picker's list, in display order. */
export interface ArrangedParty {
  party: Party;
  /** Index of the main unit's row for a subunit, else -1. */
  parent: number;
  /** Deleted itself, or a subunit of a deleted main unit. */
  deleted: boolean;
  /** `onlyHierarchyElementWithNoAccess`: shown only as the heading of its subunits, not selectable. */
  heading: boolean;
  own: boolean;
}

interface Merged {
  party: Party;
  children: readonly Party[];
  noAccess: boolean;
}

/**
 * Merges repeats of the same party: the list can name a party twice (e.g. reached through two
 * roles) or both on its own and as a subunit. A subunit stays under its main unit; a main unit
 * gives access if any of its copies does; subunits are united.
 */
function mergeTopLevel(parties: readonly Party[], ownPartyId: number): Merged[] {
  const nested = new Set<number>();
  for (const party of parties) for (const child of party.children) nested.add(child.partyId);
  const byId = new Map<number, Merged>();
  for (const party of parties) {
    if (party.partyId === ownPartyId || nested.has(party.partyId)) continue;
    const seen = byId.get(party.partyId);
    if (!seen) {
      byId.set(party.partyId, {
        party,
        children: party.children,
        noAccess: party.onlyHierarchyElementWithNoAccess,
      });
      continue;
    }
    seen.noAccess = seen.noAccess && party.onlyHierarchyElementWithNoAccess;
    const have = new Set(seen.children.map((child) => child.partyId));
    seen.children = [...seen.children, ...party.children.filter((child) => !have.has(child.partyId))];
  }
  return [...byId.values()];
}

type Group = 'organisations' | 'persons' | 'deleted';

function groupOf(entry: Merged): Group {
  if (entry.party.isDeleted) return 'deleted';
  return entry.party.kind === 'person' || entry.party.kind === 'selfIdentified' ? 'persons' : 'organisations';
}

const noYield = () => Promise.resolve();

/**
 * The picker's order: the person themselves, then organisations (subunits right beneath their
 * main unit), then persons, then deleted parties; each group sorted by `sortKey` (a normalised
 * name, computed once by the caller because comparing locale-aware at 100,000 parties is slow).
 * A main unit without access and without any subunit left is dropped: nothing in it can be chosen.
 * `maybeYield` is called often, so a caller can spread 100,000 parties over many short tasks.
 */
export async function arrangeParties(
  parties: readonly Party[],
  own: Party,
  sortKey: (party: Party) => string,
  maybeYield: () => Promise<void> = noYield,
): Promise<ArrangedParty[]> {
  const listedOwn = parties.find((party) => party.partyId === own.partyId);
  const rows: ArrangedParty[] = [
    { party: listedOwn ?? own, parent: -1, deleted: false, heading: false, own: true },
  ];
  const seen = new Set<number>([own.partyId]);
  const groups: Record<Group, Merged[]> = { organisations: [], persons: [], deleted: [] };
  for (const entry of mergeTopLevel(parties, own.partyId)) groups[groupOf(entry)].push(entry);
  await maybeYield();

  for (const group of ['organisations', 'persons', 'deleted'] as const) {
    const entries = groups[group];
    const order = await sortInSlices(
      entries.map((entry) => sortKey(entry.party)),
      maybeYield,
    );
    for (let n = 0; n < order.length; n += 1) {
      const entry = entries[order[n] ?? 0];
      if (!entry) continue;
      const children =
        entry.children.length === 0
          ? entry.children
          : [...entry.children]
              .filter((child) => !seen.has(child.partyId))
              .sort((a, b) => {
                const x = sortKey(a);
                const y = sortKey(b);
                return x < y ? -1 : x > y ? 1 : 0;
              });
      if (entry.noAccess && children.length === 0) continue;
      const parentDeleted = entry.party.isDeleted;
      const parent = rows.length;
      seen.add(entry.party.partyId);
      rows.push({
        party: entry.party,
        parent: -1,
        deleted: parentDeleted,
        heading: entry.noAccess,
        own: false,
      });
      for (const child of children) {
        seen.add(child.partyId);
        rows.push({
          party: child,
          parent,
          deleted: parentDeleted || child.isDeleted,
          heading: false,
          own: false,
        });
      }
      if ((n & 1023) === 1023) await maybeYield();
    }
  }
  return rows;
}
