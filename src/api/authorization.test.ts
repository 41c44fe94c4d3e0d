import { afterEach, describe, expect, it, vi } from 'vitest';

import { clearAltinnToken, setAltinnToken } from '../auth/altinnToken';
import { fetchParties, parseParties } from './authorization';
import { configureApiClient } from './client';

describe('parseParties', () => {
  it('reads localtest-style string ids and nested subunits', () => {
    const parties = parseParties([
      {
        partyId: '501337',
        partyUuid: 'e9dd7d91-32d8-4933-a108-07562762d572',
        partyTypeName: 1,
        ssn: '01039012345',
        unitType: null,
        name: 'Sophie Salt',
        isDeleted: false,
        onlyHierarchyElementWithNoAccess: false,
        person: null,
        organisation: null,
        childParties: null,
      },
      {
        partyId: '500000',
        partyTypeName: 2,
        orgNumber: '897069650',
        unitType: 'AS',
        name: 'DDG Fitness AS',
        childParties: [
          {
            partyId: '500001',
            partyTypeName: 2,
            orgNumber: '897069651',
            unitType: 'BEDR',
            name: 'DDG Fitness Oslo',
          },
        ],
      },
    ]);
    expect(parties).toHaveLength(2);
    expect(parties[0]).toMatchObject({ partyId: 501337, kind: 'person', name: 'Sophie Salt', children: [] });
    expect(parties[1]).toMatchObject({ partyId: 500000, kind: 'organisation', orgNumber: '897069650' });
    expect(parties[1]?.children).toEqual([
      expect.objectContaining({
        partyId: 500001,
        kind: 'subunit',
        unitType: 'BEDR',
        name: 'DDG Fitness Oslo',
      }),
    ]);
  });

  it('reads the real service shape with numeric ids and an empty orgNumber', () => {
    const [party] = parseParties([
      { partyId: 50593193, partyTypeName: 1, name: 'Ola', orgNumber: '', isDeleted: true, childParties: [] },
    ]);
    expect(party).toMatchObject({ partyId: 50593193, orgNumber: null, isDeleted: true, children: [] });
  });

  it.each([
    ['not an array', { parties: [] }],
    ['a missing id', [{ name: 'x' }]],
    ['a non-numeric id', [{ partyId: 'abc' }]],
    ['a bad child', [{ partyId: 1, childParties: [{ partyId: null }] }]],
    ['an entry that is not an object', [null]],
    ['a zero id', [{ partyId: 0 }]],
  ])('rejects %s', (_name, body) => {
    expect(() => parseParties(body)).toThrow();
  });

  // Issue 6: a wrong-typed optional field costs that field, not the person's whole party list.
  it('reads wrong-typed optional fields as absent', () => {
    const [party] = parseParties([
      { partyId: 1, name: 42, isDeleted: 'false', childParties: {}, partyTypeName: 'org', orgNumber: 7 },
    ]);
    expect(party).toMatchObject({ partyId: 1, name: '', isDeleted: false, children: [], kind: 'unknown' });
    expect(party?.orgNumber).toBeNull();
  });

  it('shows a party name in its real order: bidi overrides are dropped', () => {
    const [party] = parseParties([
      { partyId: 1, name: 'Liv Nordmann \u202Egnp.exe\u202C', partyTypeName: 1 },
    ]);
    expect(party?.name).toBe('Liv Nordmann gnp.exe');
  });
});

describe('fetchParties', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    clearAltinnToken();
  });

  it('treats 404 as "only yourself"', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    configureApiClient({ basePath: '/platform' });
    setAltinnToken('t');
    await expect(fetchParties(1337)).resolves.toEqual([]);
  });

  it('asks for the signed-in user id', async () => {
    const fetchMock = vi.fn(async (_url: string) => new Response('[{"partyId":1,"name":"A"}]'));
    vi.stubGlobal('fetch', fetchMock);
    configureApiClient({ basePath: '/platform' });
    setAltinnToken('t');
    await expect(fetchParties(1337)).resolves.toHaveLength(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/platform/authorization/api/v1/parties?userId=1337');
  });

  it('reads a large list in slices with the same result, and calls a bad body an invalid response', async () => {
    const body = JSON.stringify(
      Array.from({ length: 3000 }, (_, i) => ({ partyId: i + 1, partyTypeName: 2, name: `Firma ${i}` })),
    );
    vi.stubGlobal('fetch', async () => new Response(body));
    setAltinnToken('t');
    const parties = await fetchParties(1337);
    expect(parties).toHaveLength(3000);
    expect(parties[2999]).toMatchObject({ partyId: 3000, name: 'Firma 2999', kind: 'organisation' });

    vi.stubGlobal('fetch', async () => new Response('[{"partyId":1},{"partyId":null}]'));
    await expect(fetchParties(1337)).rejects.toMatchObject({ kind: 'invalid-response' });
    vi.stubGlobal('fetch', async () => new Response('[{"partyId":1},'));
    await expect(fetchParties(1337)).rejects.toMatchObject({ kind: 'invalid-response' });
  });

  it('rejects other failures', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 403 }));
    setAltinnToken('t');
    await expect(fetchParties(1337)).rejects.toMatchObject({ status: 403 });
  });
});
