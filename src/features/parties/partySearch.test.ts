import { beforeAll, describe, expect, it } from 'vitest';

import type { Party } from '../../api/authorization';
import { buildPartyIndex, ownPartyStandIn, type PartyIndex } from './partyIndex';
import { searchParties, withHeadings } from './partySearch';

function org(partyId: number, name: string, orgNumber: string, extra: Partial<Party> = {}): Party {
  return { ...ownPartyStandIn(partyId, name), kind: 'organisation', orgNumber, ...extra };
}

let index: PartyIndex;

beforeAll(async () => {
  index = await buildPartyIndex(
    [
      org(500000, 'DDG Fitness AS', '897069650', {
        children: [
          org(500001, 'DDG Fitness Oslo', '897069651', { kind: 'subunit' }),
          org(500002, 'DDG Fitness Bergen', '897069652', { kind: 'subunit' }),
        ],
      }),
      org(500800, 'EAS Health Consulting Sortland', '910457292'),
      org(501000, 'Salt Holding AS', '300100007', {
        onlyHierarchyElementWithNoAccess: true,
        children: [org(501001, 'Salt Holding AS avd. Drammen', '300100104', { kind: 'subunit' })],
      }),
      org(500900, 'Saltverket Design AS', '300090001', { isDeleted: true }),
      { ...ownPartyStandIn(520002, 'Per Ødegård'), ssn: '24056512345' },
    ],
    { ...ownPartyStandIn(501337, 'Sophie Salt'), ssn: '01039012345' },
    { yieldFn: () => Promise.resolve() },
  );
});

function names(query: string, showDeleted = false): string[] {
  const { matches } = searchParties(index, query, showDeleted);
  return [...matches].map((row) => index.parties[row]?.name ?? '?');
}

describe('searchParties', () => {
  it('lists every selectable party for an empty query, deleted ones only when asked', () => {
    expect(names('')).toEqual([
      'Sophie Salt',
      'DDG Fitness AS',
      'DDG Fitness Bergen',
      'DDG Fitness Oslo',
      'EAS Health Consulting Sortland',
      'Salt Holding AS avd. Drammen',
      'Per Ødegård',
    ]);
    expect(names('', true)).toContain('Saltverket Design AS');
  });

  it('matches names by the start of words, in any order, ignoring case and diacritics', () => {
    expect(names('fit berg')).toEqual(['DDG Fitness Bergen']);
    expect(names('BERGEN ddg')).toEqual(['DDG Fitness Bergen']);
    expect(names('odegard')).toEqual(['Per Ødegård']);
    expect(names('ØDEGÅRD')).toEqual(['Per Ødegård']);
    expect(names('itness')).toEqual([]);
  });

  it('matches the start of organisation numbers, typed with or without spaces', () => {
    expect(names('89706965')).toEqual(['DDG Fitness AS', 'DDG Fitness Bergen', 'DDG Fitness Oslo']);
    expect(names('897 069 651')).toEqual(['DDG Fitness Oslo']);
    expect(names('069651')).toEqual([]);
  });

  it('matches identity numbers only from the start, never the hidden digits', () => {
    expect(names('240565')).toEqual(['Per Ødegård']);
    expect(names('24056512345')).toEqual(['Per Ødegård']);
    expect(names('12345')).toEqual([]);
    expect(names('*****')).toHaveLength(7);
  });

  it('finds subunits of an access-less main unit by the main unit name, never the heading itself', () => {
    expect(names('salt holding')).toEqual(['Salt Holding AS avd. Drammen']);
    expect(names('salt')).toEqual(['Sophie Salt', 'Salt Holding AS avd. Drammen']);
    expect(names('salt', true)).toEqual([
      'Sophie Salt',
      'Salt Holding AS avd. Drammen',
      'Saltverket Design AS',
    ]);
  });

  it('narrows the previous matches when the query only grows, with the same result as a fresh search', () => {
    const first = searchParties(index, 'ddg', false);
    const narrowed = searchParties(index, 'ddg fitness o', false, first);
    expect([...narrowed.matches]).toEqual([...searchParties(index, 'ddg fitness o', false).matches]);
    const widened = searchParties(index, 'dd', false, narrowed);
    expect(widened.matches.length).toBe(3);
    const otherSwitch = searchParties(index, 'saltv', true, searchParties(index, 'salt', false));
    expect(otherSwitch.matches.length).toBe(1);
  });
});

describe('withHeadings', () => {
  it('keeps the main unit visible above a matching subunit', () => {
    const rows = withHeadings(index, searchParties(index, '897069652', false).matches);
    expect([...rows].map((row) => index.parties[row]?.name)).toEqual([
      'DDG Fitness AS',
      'DDG Fitness Bergen',
    ]);
    const drammen = withHeadings(index, searchParties(index, 'drammen', false).matches);
    expect([...drammen].map((row) => index.parties[row]?.name)).toEqual([
      'Salt Holding AS',
      'Salt Holding AS avd. Drammen',
    ]);
  });

  it('does not repeat a main unit that matched itself', () => {
    const rows = withHeadings(index, searchParties(index, 'ddg', false).matches);
    expect(rows.length).toBe(3);
  });
});

describe('searchParties at scale', () => {
  it('finds exactly what a plain check of every row finds', async () => {
    const words = ['Fjord', 'Bakeri', 'Nordlys', 'Bygg', 'Ødegård', 'Åsen', 'Regnskap', 'Holding'];
    const parties = Array.from({ length: 3000 }, (_, i) =>
      org(700000 + i, `${words[i % 8]} ${words[(i * 7) % 8]} ${i} AS`, String(300000000 + i * 37), {
        isDeleted: i % 50 === 0,
        onlyHierarchyElementWithNoAccess: i % 97 === 0,
        children:
          i % 10 === 0
            ? [org(900000 + i, `${words[(i * 3) % 8]} avd ${i}`, String(400000000 + i), { kind: 'subunit' })]
            : [],
      }),
    );
    const big = await buildPartyIndex(parties, ownPartyStandIn(1, 'Me'), {
      yieldFn: () => Promise.resolve(),
    });
    for (const query of [
      'n',
      'nord',
      'fjord bakeri',
      'odeg 12',
      '3000',
      '30000',
      '4000001',
      'holding',
      'zzz',
    ]) {
      for (const showDeleted of [false, true]) {
        const fast = [...searchParties(big, query, showDeleted).matches];
        const slow: number[] = [];
        for (let row = 0; row < big.size; row += 1) {
          const only = searchParties(big, query, showDeleted, {
            query: query.slice(0, 1),
            showDeleted,
            matches: Int32Array.of(row),
          });
          if (only.matches.length === 1) slow.push(row);
        }
        expect(fast, `${query} ${showDeleted}`).toEqual(slow);
      }
    }
  });
});
