import { beforeAll, describe, expect, it } from 'vitest';

import type { Party } from '../../api/authorization';
import { buildPartyIndex, ownPartyStandIn, type PartyIndex } from './partyIndex';
import { isSelectable, pickerItems, SECTION_ALL, SECTION_FAVOURITES, SECTION_RECENT } from './pickerItems';
import { searchParties } from './partySearch';

function org(partyId: number, name: string, extra: Partial<Party> = {}): Party {
  return { ...ownPartyStandIn(partyId, name), kind: 'organisation', ...extra };
}

let index: PartyIndex;
beforeAll(async () => {
  index = await buildPartyIndex(
    [
      org(2, 'Alfa AS'),
      org(3, 'Beta AS', {
        onlyHierarchyElementWithNoAccess: true,
        children: [org(31, 'Beta avd', { kind: 'subunit' })],
      }),
      org(4, 'Gamma AS', { isDeleted: true }),
    ],
    ownPartyStandIn(1, 'Me'),
    { yieldFn: () => Promise.resolve() },
  );
});

const memory = { favourites: [31, 4, 999], recent: [2, 3], last: 2 };

describe('pickerItems', () => {
  it('shows favourites and recent parties above everyone when not searching', () => {
    const items = [...pickerItems(index, searchParties(index, '', false), memory)];
    expect(items).toEqual([SECTION_FAVOURITES, 3, SECTION_RECENT, 1, SECTION_ALL, 0, 1, 2, 3]);
    expect(items.filter((item) => isSelectable(index, item))).toEqual([3, 1, 0, 1, 3]);
  });

  it('includes deleted favourites only with the switch on', () => {
    const items = [...pickerItems(index, searchParties(index, '', true), memory)];
    expect(items.slice(0, 3)).toEqual([SECTION_FAVOURITES, 3, 4]);
  });

  it('shows only matches while searching', () => {
    expect([...pickerItems(index, searchParties(index, 'beta', false), memory)]).toEqual([2, 3]);
  });

  it('shows the plain list when nothing is remembered', () => {
    expect([
      ...pickerItems(index, searchParties(index, '', false), { favourites: [], recent: [], last: null }),
    ]).toEqual([0, 1, 2, 3]);
  });
});
