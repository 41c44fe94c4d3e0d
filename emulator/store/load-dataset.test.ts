import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { createDirectorySource } from './directory-source.ts';
import { loadDataset, minAuthLevelFromPolicy, toServiceParty } from './load-dataset.ts';
import { createMemorySource } from './memory-source.ts';
import { PlatformStore } from './platform-store.ts';

describe('minAuthLevelFromPolicy', () => {
  it('reads the user obligation and ignores the org one; 2 when absent', () => {
    const policy = (category: string, level: number): string =>
      `<xacml:Policy><xacml:ObligationExpressions><xacml:ObligationExpression><xacml:AttributeAssignmentExpression AttributeId="a" Category="${category}"><xacml:AttributeValue DataType="int">${level}</xacml:AttributeValue></xacml:AttributeAssignmentExpression></xacml:ObligationExpression></xacml:ObligationExpressions></xacml:Policy>`;
    expect(minAuthLevelFromPolicy(policy('urn:altinn:minimum-authenticationlevel', 4))).toBe(4);
    expect(minAuthLevelFromPolicy(policy('urn:altinn:minimum-authenticationlevel-org', 4))).toBe(2);
    expect(minAuthLevelFromPolicy(undefined)).toBe(2);
  });
});

describe('toServiceParty', () => {
  it('turns localtest string ids and `organisation` into the service shape', () => {
    const party = toServiceParty({
      partyId: '500000',
      partyTypeName: 2,
      name: 'X',
      organisation: null,
      childParties: [{ partyId: '500001' }],
    });
    expect(party['partyId']).toBe(500000);
    expect(party).toHaveProperty('organization', null);
    expect(party).not.toHaveProperty('organisation');
    expect((party['childParties'] as Record<string, unknown>[])[0]?.['partyId']).toBe(500001);
  });
});

describe('loadDataset', () => {
  const instance = (lastChanged: string): Record<string, unknown> => ({
    appId: 'ttd/a',
    org: 'ttd',
    status: { isArchived: false, isSoftDeleted: false, isHardDeleted: false, readStatus: 'Unread' },
    dueBefore: '2024-01-10T00:00:00Z',
    lastChanged,
    created: lastChanged,
    data: [{ id: 'd', selfLinks: { platform: 'https://example.invalid' } }],
  });

  it('shifts every date by (now - referenceTime) and strips stored selfLinks', () => {
    const files = new Map([
      ['storage/dataset.json', { json: { referenceTime: '2024-01-01T00:00:00Z' } }],
      ['storage/applications/ttd/a/applicationmetadata.json', { json: { id: 'ttd/a', org: 'ttd' } }],
      [
        'storage/instances/1/00000000-0000-4000-8000-000000000001/instance.json',
        { json: instance('2023-12-31T00:00:00Z') },
      ],
    ]);
    const now = Date.UTC(2024, 0, 11);
    const dataset = loadDataset(createMemorySource('t', files), now);
    const record = dataset.instances.get('00000000-0000-4000-8000-000000000001');
    expect(record?.doc['dueBefore']).toBe('2024-01-20T00:00:00Z');
    expect(record?.doc['lastChanged']).toBe('2024-01-10T00:00:00Z');
    expect(record?.doc['id']).toBe('1/00000000-0000-4000-8000-000000000001');
    expect(JSON.stringify(record?.doc)).not.toContain('selfLinks');
    expect(dataset.warnings).toEqual([]);
  });

  it('warns about instances of unknown apps', () => {
    const files = new Map([
      [
        'storage/instances/1/00000000-0000-4000-8000-000000000001/instance.json',
        { json: instance('2024-01-01T00:00:00Z') },
      ],
    ]);
    expect(loadDataset(createMemorySource('t', files)).warnings[0]).toContain('unknown app ttd/a');
  });

  it('keeps paging order after an update and restores the dataset on reset', () => {
    const files = new Map([
      ['storage/applications/ttd/a/applicationmetadata.json', { json: { id: 'ttd/a', org: 'ttd' } }],
      [
        'storage/instances/1/00000000-0000-4000-8000-000000000001/instance.json',
        { json: instance('2024-01-01T00:00:00Z') },
      ],
      [
        'storage/instances/1/00000000-0000-4000-8000-000000000002/instance.json',
        { json: instance('2024-01-02T00:00:00Z') },
      ],
    ]);
    const store = new PlatformStore(loadDataset(createMemorySource('t', files)));
    const order = (): string[] => store.partyInstances(1).map((r) => r.guid.slice(-1));
    expect(order()).toEqual(['1', '2']);
    store.update('00000000-0000-4000-8000-000000000001', (doc) => {
      doc['lastChanged'] = '2024-01-03T00:00:00Z';
    });
    expect(order()).toEqual(['2', '1']);
    store.reset();
    expect(order()).toEqual(['1', '2']);
    expect(store.instance('00000000-0000-4000-8000-000000000001')?.doc['lastChanged']).toBe(
      '2024-01-01T00:00:00Z',
    );
  });
});

describe('createDirectorySource', () => {
  it('reads a folder, tolerates a BOM, and never leaves its root', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'innboks-source-'));
    try {
      mkdirSync(path.join(root, 'Profile', 'User'), { recursive: true });
      writeFileSync(path.join(root, 'Profile', 'User', '1.json'), '\uFEFF{"UserId": 1}');
      writeFileSync(path.join(root, 'data.bin'), Buffer.from([1, 2, 3]));
      const source = createDirectorySource(root);
      expect(source.list('Profile/User')).toEqual(['1.json']);
      expect(source.readJson('Profile/User/1.json')).toEqual({ UserId: 1 });
      expect(source.blob('data.bin')?.size).toBe(3);
      expect(source.readText('../../../etc/passwd')).toBeUndefined();
      expect(source.list('..')).toEqual([]);
      expect(source.readJson('missing.json')).toBeUndefined();
      writeFileSync(path.join(root, 'bad.json'), '{');
      expect(() => source.readJson('bad.json')).toThrow(/Malformed JSON in bad.json/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
