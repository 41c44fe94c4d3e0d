import { describe, expect, it } from 'vitest';

import type { Party } from '../../api/authorization';
import { buildPartyIndex, FLAG_DELETED, FLAG_HEADING, FLAG_OWN, ownPartyStandIn } from './partyIndex';

function org(partyId: number, name: string, extra: Partial<Party> = {}): Party {
  return {
    ...ownPartyStandIn(partyId, name),
    kind: 'organisation',
    orgNumber: String(300000000 + partyId),
    ...extra,
  };
}

const noYield = () => Promise.resolve();

describe('buildPartyIndex', () => {
  it('fills flat arrays in display order with normalised names and digits', async () => {
    const own = { ...ownPartyStandIn(1, 'Sophie Salt'), ssn: '01039012345' };
    const index = await buildPartyIndex(
      [
        org(3, 'Ødegård Bygg AS', { isDeleted: true }),
        org(2, 'Salt Holding AS', {
          onlyHierarchyElementWithNoAccess: true,
          children: [org(21, 'Salt Holding avd. Bodø', { kind: 'subunit' })],
        }),
      ],
      own,
      { yieldFn: noYield },
    );
    expect(index.size).toBe(4);
    expect(index.names).toEqual([
      ' sophie salt',
      ' salt holding as',
      ' salt holding avd bodo',
      ' odegard bygg as',
    ]);
    expect(index.digits).toEqual(['01039012345', '300000002', '300000021', '300000003']);
    expect([...index.flags]).toEqual([FLAG_OWN, FLAG_HEADING, 0, FLAG_DELETED]);
    expect([...index.parent]).toEqual([-1, -1, 1, -1]);
    expect(index.rowOf.get(21)).toBe(2);
    expect(index.hasDeleted).toBe(true);
    expect(index.allDeleted).toBe(false);
  });

  it('knows when every party but the person is deleted', async () => {
    const index = await buildPartyIndex([org(2, 'A', { isDeleted: true })], ownPartyStandIn(1, 'Me'), {
      yieldFn: noYield,
    });
    expect(index.allDeleted).toBe(true);
    const alone = await buildPartyIndex([], ownPartyStandIn(1, 'Me'), { yieldFn: noYield });
    expect(alone.allDeleted).toBe(false);
  });

  it('builds a large list in many slices, giving way between them', async () => {
    const parties = Array.from({ length: 20_000 }, (_, i) => org(i + 2, `Firma ${i} AS`));
    let yields = 0;
    const index = await buildPartyIndex(parties, ownPartyStandIn(1, 'Me'), {
      budgetMs: 0,
      yieldFn: () => {
        yields += 1;
        return Promise.resolve();
      },
    });
    expect(index.size).toBe(20_001);
    expect(yields).toBeGreaterThanOrEqual(20_000 / 256);
    expect(index.names[1]).toBe(' firma 0 as');
  });
});
