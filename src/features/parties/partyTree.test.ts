import { describe, expect, it } from 'vitest';

import type { Party } from '../../api/authorization';
import { actablePartyIds, arrangeParties, canActFor, countActableParties, findParty } from './partyTree';

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

describe('canActFor (the / redirect to the last party used)', () => {
  it('accepts listed parties and subunits, refuses unknown, deleted and access-less ones', () => {
    expect(canActFor(list, 500000)).toBe(true);
    expect(canActFor(list, 500101)).toBe(true);
    expect(canActFor(list, 42)).toBe(false);
    expect(canActFor(list, 500200)).toBe(false);
    expect(canActFor(list, 500100)).toBe(false);
  });
});

describe('actablePartyIds', () => {
  it('counts the shown rows the way the total counts them (subunits included)', () => {
    expect([...actablePartyIds(list.slice(0, 2))].sort()).toEqual([500000, 500001, 500002, 501337]);
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

describe('arrangeParties', () => {
  const byName = (p: Party) => p.name.toLowerCase();
  const own = party(501337, { kind: 'person', name: 'Sophie Salt' });
  const names = (rows: Awaited<ReturnType<typeof arrangeParties>>) =>
    rows.map(
      (r) =>
        `${r.parent >= 0 ? '  ' : ''}${r.party.name}${r.heading ? ' [heading]' : ''}${r.deleted ? ' [deleted]' : ''}`,
    );

  it('puts the person first, organisations with subunits beneath, persons, then deleted', async () => {
    const rows = await arrangeParties(
      [
        party(3, { kind: 'person', name: 'Per Person' }),
        party(4, {
          name: 'Zeta AS',
          isDeleted: true,
          children: [party(41, { kind: 'subunit', name: 'Zeta avd' })],
        }),
        party(501337, { kind: 'person', name: 'Sophie Salt' }),
        party(2, {
          name: 'Beta AS',
          children: [
            party(22, { kind: 'subunit', name: 'Beta Y' }),
            party(21, { kind: 'subunit', name: 'Beta X' }),
          ],
        }),
        party(1, { name: 'Alfa AS' }),
      ],
      own,
      byName,
    );
    expect(names(rows)).toEqual([
      'Sophie Salt',
      'Alfa AS',
      'Beta AS',
      '  Beta X',
      '  Beta Y',
      'Per Person',
      'Zeta AS [deleted]',
      '  Zeta avd [deleted]',
    ]);
    expect(rows[0]?.own).toBe(true);
    expect(rows[3]?.parent).toBe(2);
  });

  it('shows an access-less main unit only as the heading of its subunits, and drops it without any', async () => {
    const rows = await arrangeParties(
      [
        party(5, {
          name: 'Salt Holding AS',
          onlyHierarchyElementWithNoAccess: true,
          children: [party(51, { kind: 'subunit', name: 'Salt Holding avd. Drammen' })],
        }),
        party(6, { name: 'Tom Holding AS', onlyHierarchyElementWithNoAccess: true }),
      ],
      own,
      byName,
    );
    expect(names(rows)).toEqual(['Sophie Salt', 'Salt Holding AS [heading]', '  Salt Holding avd. Drammen']);
  });

  it('adds the own party when the list does not name it', async () => {
    const rows = await arrangeParties([], own, byName);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ own: true, party: { partyId: 501337 } });
  });

  it('shows a party listed twice once, keeps a listed subunit under its main unit, and merges access', async () => {
    const rows = await arrangeParties(
      [
        party(7, {
          name: 'Dup AS',
          onlyHierarchyElementWithNoAccess: true,
          children: [party(71, { kind: 'subunit', name: 'Dup A' })],
        }),
        party(71, { name: 'Dup A' }),
        party(7, {
          name: 'Dup AS',
          children: [
            party(72, { kind: 'subunit', name: 'Dup B' }),
            party(71, { kind: 'subunit', name: 'Dup A' }),
          ],
        }),
        party(8, { name: 'Once AS' }),
        party(8, { name: 'Once AS' }),
      ],
      own,
      byName,
    );
    expect(names(rows)).toEqual(['Sophie Salt', 'Dup AS', '  Dup A', '  Dup B', 'Once AS']);
    expect(rows.filter((r) => r.party.partyId === 71)).toHaveLength(1);
  });
});
