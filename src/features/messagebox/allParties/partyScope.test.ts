import { describe, expect, it } from 'vitest';

import type { Party } from '../../../api/authorization';
import {
  ALL_PARTIES_CAP,
  parseChosenParties,
  quickPicks,
  readableParties,
  resolveScope,
  serialiseChosenParties,
  type ScopeParty,
} from './partyScope';

function party(partyId: number, extra: Partial<Party> = {}): Party {
  return {
    partyId,
    partyUuid: null,
    kind: 'organisation',
    name: `Party ${partyId}`,
    orgNumber: null,
    ssn: null,
    unitType: null,
    isDeleted: false,
    onlyHierarchyElementWithNoAccess: false,
    children: [],
    ...extra,
  };
}

const own = { partyId: 501337, name: 'Sophie Salt' };

describe('readableParties', () => {
  it('puts the person first, keeps list order with subunits, skips access-less main units and duplicates', () => {
    const list = [
      party(501337, { kind: 'person', name: 'Sophie Salt' }),
      party(500000, { children: [party(500001, { kind: 'subunit' })] }),
      party(501000, {
        onlyHierarchyElementWithNoAccess: true,
        children: [party(501001, { kind: 'subunit' })],
      }),
      party(500000),
      party(520002, { kind: 'person' }),
    ];
    const readable = readableParties(list, own);
    expect(readable.map((p) => p.partyId)).toEqual([501337, 500000, 500001, 501001, 520002]);
    expect(readable.map((p) => p.isOrganisation)).toEqual([false, true, true, true, false]);
  });

  it('still has the person when the party list is empty (the API’s 404 case)', () => {
    expect(readableParties([], own)).toEqual([
      { partyId: 501337, name: 'Sophie Salt', isOrganisation: false, isDeleted: false, orgNumber: null },
    ]);
  });
});

const many = (count: number, extra: Partial<ScopeParty> = {}): ScopeParty[] =>
  Array.from({ length: count }, (_, i) => ({
    partyId: 1000 + i,
    name: `P${i}`,
    isOrganisation: true,
    isDeleted: false,
    orgNumber: null,
    ...extra,
  }));

describe('resolveScope', () => {
  it('loads every non-deleted party up to the cap', () => {
    const readable = [...many(ALL_PARTIES_CAP), { ...many(1)[0]!, partyId: 9, isDeleted: true }];
    const scope = resolveScope(readable, null);
    expect(scope.kind).toBe('all');
    expect(scope.kind === 'all' && scope.parties.length).toBe(ALL_PARTIES_CAP);
  });

  it('asks to narrow above the cap instead of loading them', () => {
    expect(resolveScope(many(ALL_PARTIES_CAP + 1), null)).toEqual({
      kind: 'tooMany',
      total: ALL_PARTIES_CAP + 1,
    });
  });

  it('uses the chosen parties, dropping ids the person cannot read', () => {
    const scope = resolveScope(many(15_000), [1002, 1003, 42]);
    expect(scope.kind === 'chosen' && scope.parties.map((p) => p.partyId)).toEqual([1002, 1003]);
    expect(resolveScope(many(3), [42]).kind).toBe('all');
  });
});

describe('the parties URL parameter', () => {
  it('round-trips ids, drops garbage and duplicates, and stops at the cap', () => {
    expect(parseChosenParties('500000,abc,500001,500000,-3,0')).toEqual([500000, 500001]);
    expect(parseChosenParties('')).toBeNull();
    expect(parseChosenParties(null)).toBeNull();
    const ids = Array.from({ length: 150 }, (_, i) => i + 1);
    expect(parseChosenParties(serialiseChosenParties(ids))).toHaveLength(ALL_PARTIES_CAP);
  });
});

describe('quickPicks', () => {
  it('offers organisations only and favourites when they fit under the cap', () => {
    const readable = [
      ...many(3),
      ...many(200, { isOrganisation: false }).map((p, i) => ({ ...p, partyId: 5000 + i })),
    ];
    expect(quickPicks(readable, [5000, 77])).toEqual({
      organisations: [1000, 1001, 1002],
      favourites: [5000],
    });
    expect(quickPicks(many(150), [])).toEqual({ organisations: null, favourites: null });
  });
});
