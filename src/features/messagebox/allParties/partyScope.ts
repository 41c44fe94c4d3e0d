import type { Party } from '../../../api/authorization';

/**
 * Which parties the all-parties view loads. Every party costs at least one request per query,
 * so above `ALL_PARTIES_CAP` the view asks the person to choose rather than firing thousands of
 * requests: 100 parties at 4 in flight is 25 rounds, a few seconds against the real platform;
 * an accountant's 15,000 would be minutes and a heavy load on Storage.
 */
export const ALL_PARTIES_CAP = 100;

/** One party as the all-parties view needs it. */
export interface ScopeParty {
  partyId: number;
  name: string;
  isOrganisation: boolean;
  isDeleted: boolean;
  orgNumber: string | null;
}

/**
 * Every party the person can read, in the party list's order (subunits after their main unit),
 * their own party first. Main units listed only as the way to a subunit give no access and are
 * left out. Duplicates (a party listed twice) are kept once.
 */
export function readableParties(
  parties: readonly Party[],
  own: { partyId: number; name: string },
): ScopeParty[] {
  const out: ScopeParty[] = [];
  const seen = new Set<number>();
  const add = (party: ScopeParty) => {
    if (seen.has(party.partyId)) return;
    seen.add(party.partyId);
    out.push(party);
  };
  const ownListed = findById(parties, own.partyId);
  add({
    partyId: own.partyId,
    name: ownListed?.name || own.name,
    isOrganisation: false,
    isDeleted: false,
    orgNumber: null,
  });
  const visit = (list: readonly Party[]) => {
    for (const party of list) {
      if (!party.onlyHierarchyElementWithNoAccess) {
        add({
          partyId: party.partyId,
          name: party.name,
          isOrganisation: party.kind === 'organisation' || party.kind === 'subunit',
          isDeleted: party.isDeleted,
          orgNumber: party.orgNumber,
        });
      }
      visit(party.children);
    }
  };
  visit(parties);
  return out;
}

function findById(parties: readonly Party[], partyId: number): Party | null {
  for (const party of parties) {
    if (party.partyId === partyId) return party;
    const child = findById(party.children, partyId);
    if (child) return child;
  }
  return null;
}

export type PartyScope =
  | { kind: 'all'; parties: ScopeParty[] }
  | { kind: 'chosen'; parties: ScopeParty[] }
  | { kind: 'tooMany'; total: number };

/**
 * The parties to load: the ones chosen in the URL (unknown ids dropped, at most the cap), else
 * all readable parties that are not deleted when they fit under the cap, else "too many".
 */
export function resolveScope(readable: readonly ScopeParty[], chosen: readonly number[] | null): PartyScope {
  if (chosen !== null) {
    const wanted = new Set(chosen);
    const parties = readable.filter((p) => wanted.has(p.partyId)).slice(0, ALL_PARTIES_CAP);
    if (parties.length > 0) return { kind: 'chosen', parties };
  }
  const active = readable.filter((p) => !p.isDeleted);
  return active.length <= ALL_PARTIES_CAP
    ? { kind: 'all', parties: active }
    : { kind: 'tooMany', total: active.length };
}

/** The URL's `parties` parameter: comma-separated party ids, at most the cap. */
export const PARTIES_PARAM = 'parties';

export function parseChosenParties(value: string | null): number[] | null {
  if (!value) return null;
  const ids: number[] = [];
  for (const part of value.split(',')) {
    if (!/^[1-9]\d{0,14}$/.test(part)) continue;
    const id = Number(part);
    if (!ids.includes(id)) ids.push(id);
    if (ids.length >= ALL_PARTIES_CAP) break;
  }
  return ids.length > 0 ? ids : null;
}

export function serialiseChosenParties(ids: readonly number[]): string {
  return [...new Set(ids)].slice(0, ALL_PARTIES_CAP).join(',');
}

/** Quick picks offered above the cap, each only when it fits under it. */
export function quickPicks(
  readable: readonly ScopeParty[],
  favourites: readonly number[],
): { organisations: number[] | null; favourites: number[] | null } {
  const active = readable.filter((p) => !p.isDeleted);
  const organisations = active.filter((p) => p.isOrganisation).map((p) => p.partyId);
  const known = new Set(readable.map((p) => p.partyId));
  const favs = favourites.filter((id) => known.has(id));
  return {
    organisations: organisations.length > 0 && organisations.length <= ALL_PARTIES_CAP ? organisations : null,
    favourites: favs.length > 0 && favs.length <= ALL_PARTIES_CAP ? favs : null,
  };
}
