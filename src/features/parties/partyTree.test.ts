import { describe, expect, it } from 'vitest';

import type { Party } from '../../api/authorization';
import { countActableParties, findParty } from './partyTree';

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

const list = [
  party(501337, { kind: 'person' }),
  party(500000, { children: [party(500001, { kind: 'subunit' }), party(500002, { kind: 'subunit' })] }),
  party(500100, { onlyHierarchyElementWithNoAccess: true, children: [party(500101, { kind: 'subunit' })] }),
  party(500200, { isDeleted: true }),
];

describe('findParty', () => {
  it('finds top-level parties and subunits', () => {
    expect(findParty(list, 501337)?.name).toBe('Party 501337');
    expect(findParty(list, 500101)?.kind).toBe('subunit');
    expect(findParty(list, 42)).toBeNull();
  });
});

describe('countActableParties', () => {
  it('counts parties and subunits, not deleted ones or access-less main units', () => {
    expect(countActableParties(list, 501337)).toBe(5);
  });

  it('is 1 when the list is empty (only yourself)', () => {
    expect(countActableParties([], 501337)).toBe(1);
  });

  it('counts the own party even when it is not listed', () => {
    expect(countActableParties([party(500000)], 501337)).toBe(2);
  });
});
