import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDirectorySource } from '../store/directory-source.ts';
import { loadDataset } from '../store/load-dataset.ts';
import { buildHostileDataset, HOSTILE_USER_ID, hostilePerson } from './hostile-dataset.ts';
import { fileNames } from './hostile-payloads.ts';
import { isValidOrgNumber, isValidPersonNumber } from './lib/identity-numbers.ts';
import { serialiseDataset } from './lib/serialise.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), 'hostile');

describe('the hostile dataset', () => {
  it('is what the builder writes, byte for byte (rebuild with build-hostile.ts)', async () => {
    const built = await serialiseDataset(buildHostileDataset().files);
    for (const [path, bytes] of built) expect(readFileSync(join(root, path)).equals(bytes), path).toBe(true);
  });

  it('loads in the emulator without warnings, keeping every instance and its hostile fields verbatim', () => {
    const { index } = buildHostileDataset();
    const loaded = loadDataset(createDirectorySource(root));
    expect(loaded.warnings).toEqual([]);
    expect(loaded.instances.size).toBe(index.length);
    const user = loaded.users.get(HOSTILE_USER_ID);
    expect(user?.pid).toBe(hostilePerson.ssn);
    expect(user?.name).toContain('<img src=x onerror=');
    expect(loaded.partyLists.get(HOSTILE_USER_ID)?.map((p) => p['name'])).toContain(null);

    const doc = (key: string) => {
      const entry = index.find((i) => i.key === key);
      return entry ? loaded.instances.get(entry.guid)?.doc : undefined;
    };
    expect(doc('datoer')?.['created']).toBe('2026-11-21T23:30:00+14:00');
    expect(doc('datoer')?.['lastChanged']).toBe('2026-11-23T10:15:30.1234567Z');
    expect(doc('lenke')?.['dueBefore']).toBe('9999-12-31T23:59:59.9999999Z');
    expect(doc('feiltype')?.['dueBefore']).toBe(12345);
    expect(doc('utentittel')?.['process']).toBeUndefined();
    expect(doc('mange')?.['data']).toHaveLength(500);
    const names = (doc('filnavn')?.['data'] as { filename?: string; size: number }[]).map((d) => d.filename);
    for (const name of Object.values(fileNames)) expect(names).toContain(name);
  });

  it('uses synthetic identity numbers that pass the checks', () => {
    const loaded = loadDataset(createDirectorySource(root));
    for (const party of loaded.parties.values()) {
      const ssn = party['ssn'];
      const orgNumber = party['orgNumber'];
      if (typeof ssn === 'string' && ssn) {
        expect(isValidPersonNumber(ssn)).toBe(true);
        expect(Number(ssn.slice(2, 4))).toBeGreaterThan(80);
      }
      if (typeof orgNumber === 'string' && orgNumber) expect(isValidOrgNumber(orgNumber)).toBe(true);
    }
  });
});
