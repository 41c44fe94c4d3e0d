import type { Party } from '../../api/authorization';

/** The party with this id anywhere in the list, subunits included. */
export function findParty(parties: readonly Party[] | undefined, partyId: number): Party | null {
  for (const party of parties ?? []) {
    if (party.partyId === partyId) return party;
    const child = findParty(party.children, partyId);
    if (child) return child;
  }
  return null;
}
