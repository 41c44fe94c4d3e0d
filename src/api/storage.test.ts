import { describe, expect, it } from 'vitest';

import { instancesQueryPath, parseInstancesPage, platformPathOfNextLink } from './storage';

const instance = {
  id: '501337/6323A337-26E7-4D40-89E8-F5BB3D80BE3A',
  instanceOwner: { partyId: '501337' },
  appId: 'skd/mva-melding',
  org: 'skd',
  dueBefore: '2026-11-29T00:00:00Z',
  visibleAfter: '2026-11-01T00:00:00Z',
  process: {
    started: '2026-11-01T00:00:00Z',
    currentTask: { elementId: 'Task_2', altinnTaskType: 'signing' },
  },
  status: {
    isArchived: false,
    isSoftDeleted: false,
    isHardDeleted: false,
    readStatus: 'UpdatedSinceLastReview',
    substatus: { label: 'substatus.purring.label', description: null },
  },
  presentationTexts: { Title: 'Mars', Empty: null },
  data: [],
  lastChanged: '2026-11-20T10:00:00Z',
};

describe('next link → platform path', () => {
  it('keeps path and query verbatim (double-encoded token stays double-encoded)', () => {
    const next =
      'https://platform.altinn.no/storage/api/v1/instances?instanceOwner.partyId=5&size=2&continuationToken=638412345678901230%253b123456';
    const path = platformPathOfNextLink(next);
    expect(path).toBe(
      '/storage/api/v1/instances?instanceOwner.partyId=5&size=2&continuationToken=638412345678901230%253b123456',
    );
    // The client prepends its base path, so the request goes to the app's own origin.
    expect(`/platform${path}`).toBe(
      '/platform/storage/api/v1/instances?instanceOwner.partyId=5&size=2&continuationToken=638412345678901230%253b123456',
    );
  });

  it('works for the emulator origin too', () => {
    expect(platformPathOfNextLink('http://127.0.0.1:5101/storage/api/v1/instances?a=1')).toBe(
      '/storage/api/v1/instances?a=1',
    );
  });

  it('refuses a link to any other path', () => {
    expect(() => platformPathOfNextLink('https://evil.example/authentication/api/v1/refresh')).toThrow();
  });
});

describe('parseInstancesPage', () => {
  it('keeps what a row needs and normalises the guid', () => {
    const page = parseInstancesPage({ count: 1, self: 'x', next: null, instances: [instance] });
    expect(page.nextPath).toBeNull();
    expect(page.instances[0]).toMatchObject({
      partyId: 501337,
      guid: '6323a337-26e7-4d40-89e8-f5bb3d80be3a',
      currentTask: { elementId: 'Task_2', altinnTaskType: 'signing', name: null },
      readStatus: 'UpdatedSinceLastReview',
      substatusLabel: 'substatus.purring.label',
      presentationTexts: { Title: 'Mars' },
    });
  });

  it('accepts an empty page that still has next', () => {
    const page = parseInstancesPage({
      instances: [],
      next: 'http://127.0.0.1:5101/storage/api/v1/instances?continuationToken=1%253b2',
    });
    expect(page).toEqual({ instances: [], nextPath: '/storage/api/v1/instances?continuationToken=1%253b2' });
  });

  it('rejects a body that does not fit', () => {
    expect(() => parseInstancesPage({ instances: [{ id: 'nope' }] })).toThrow();
    expect(() => parseInstancesPage([])).toThrow();
  });
});

describe('instancesQueryPath', () => {
  it('encodes repeated keys', () => {
    expect(
      instancesQueryPath([
        ['instanceOwner.partyId', '1'],
        ['lastChanged', 'gte:2026-01-01T00:00:00.000Z'],
        ['lastChanged', 'lt:2026-02-01T00:00:00.000Z'],
      ]),
    ).toBe(
      '/storage/api/v1/instances?instanceOwner.partyId=1&lastChanged=gte%3A2026-01-01T00%3A00%3A00.000Z&lastChanged=lt%3A2026-02-01T00%3A00%3A00.000Z',
    );
  });
});
