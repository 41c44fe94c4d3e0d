import type { Party } from '../../api/authorization';

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
 * How many parties the person can act for: every listed party and subunit, except deleted ones
 * and main units listed only as the path to a subunit (they give no access of their own).
 * Always at least 1, because a person can always act for themselves (the API's 404 case).
 */
export function countActableParties(parties: readonly Party[], ownPartyId: number): number {
  const ids = new Set<number>([ownPartyId]);
  const visit = (list: readonly Party[]) => {
    for (const party of list) {
      if (!party.isDeleted && !party.onlyHierarchyElementWithNoAccess) ids.add(party.partyId);
      visit(party.children);
    }
  };
  visit(parties);
  return ids.size;
}
