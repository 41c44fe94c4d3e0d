import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fileProblems, pngProblems } from '../datasets/lib/file-checks.ts';
import type { DataElement, Instance, InstanceEvent } from '../datasets/lib/storage-types.ts';
import type { DatasetSource } from '../store/source.ts';
import {
  ACCOUNTANT_PARTY_ID,
  ACCOUNTANT_USER_ID,
  BIG_PARTY_ID,
  CLIENTS_WITH_INSTANCES,
  GENERATOR_REFERENCE_TIME,
  generateDataset,
} from './generator.ts';

interface ListItem {
  partyId: string;
  partyTypeName: number;
  isDeleted: boolean;
  childParties: ListItem[] | null;
}
const flat = (items: ListItem[]): ListItem[] => items.flatMap((i) => [i, ...flat(i.childParties ?? [])]);

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function countBytes(stream: Readable): Promise<number> {
  let n = 0;
  for await (const chunk of stream) n += (chunk as Buffer).length;
  return n;
}

/** Every path and every JSON document of a (small) generated dataset, in a stable order. */
function snapshot(source: DatasetSource): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of source.list(dir)) {
      const path = dir ? `${dir}/${name}` : name;
      const children = source.list(path);
      if (children.length > 0) walk(path);
      else if (name.endsWith('.json')) out.push(`${path} ${JSON.stringify(source.readJson(path))}`);
      else out.push(`${path} ${source.readText(path)?.length ?? source.blob(path)?.size ?? '?'}`);
    }
  };
  walk('');
  return out;
}

describe('generateDataset', () => {
  it('is deterministic: the same seed gives identical listings and JSON, another seed differs', () => {
    const params = { parties: 300, instances: 120 };
    const a = snapshot(generateDataset({ ...params, seed: 7 }));
    const b = snapshot(generateDataset({ ...params, seed: 7 }));
    const c = snapshot(generateDataset({ ...params, seed: 8 }));
    expect(a.length).toBeGreaterThan(1000);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('does not depend on the order in which files are read', () => {
    const dirOf = (source: DatasetSource): string[] =>
      source
        .list(`storage/instances/${BIG_PARTY_ID}`)
        .map((g) => `storage/instances/${BIG_PARTY_ID}/${g}/instance.json`);
    const forward = generateDataset({ parties: 50, instances: 200, seed: 9 });
    const backward = generateDataset({ parties: 50, instances: 200, seed: 9 });
    const a = dirOf(forward).map((p) => JSON.stringify(forward.readJson(p)));
    const b = [...dirOf(backward)]
      .reverse()
      .map((p) => JSON.stringify(backward.readJson(p)))
      .reverse();
    expect(b).toEqual(a);
  });

  it('writes dates relative to `now` when given, and then declares no reference time', () => {
    const shift = 5 * 24 * 3_600_000 + 1234;
    const base = generateDataset({ parties: 20, instances: 50, seed: 4 });
    const later = generateDataset({
      parties: 20,
      instances: 50,
      seed: 4,
      now: GENERATOR_REFERENCE_TIME + shift,
    });
    expect(base.readJson('storage/dataset.json')).toEqual({ referenceTime: '2026-11-27T09:00:00Z' });
    expect(later.readJson('storage/dataset.json')).toBeUndefined();
    expect(later.list('storage')).not.toContain('dataset.json');
    const guid = base.list(`storage/instances/${BIG_PARTY_ID}`)[0];
    const path = `storage/instances/${BIG_PARTY_ID}/${guid}/instance.json`;
    const [x, y] = [base.readJson(path) as Instance, later.readJson(path) as Instance];
    expect(Date.parse(y.created) - Date.parse(x.created)).toBe(shift);
    expect(Date.parse(y.lastChanged) - Date.parse(x.lastChanged)).toBe(shift);
    expect(y.data.map((d) => d.contentHash)).toEqual(x.data.map((d) => d.contentHash));
  });

  it('never dates anything after the reference time except due dates and visibleAfter', () => {
    const source = generateDataset({ parties: 20, instances: 3_000, seed: 13 });
    const limit = GENERATOR_REFERENCE_TIME;
    for (const guid of source.list(`storage/instances/${BIG_PARTY_ID}`)) {
      const dir = `storage/instances/${BIG_PARTY_ID}/${guid}`;
      const instance = source.readJson(`${dir}/instance.json`) as Instance;
      const events = (source.readJson(`${dir}/events.json`) as { instanceEvents: InstanceEvent[] })
        .instanceEvents;
      expect(Date.parse(instance.lastChanged), instance.id).toBeLessThanOrEqual(limit);
      for (const e of events)
        expect(Date.parse(e.created), `${instance.id} ${e.eventType}`).toBeLessThanOrEqual(limit);
    }
  });

  it('gives the accountant exactly `parties` parties, with subunits, persons and deleted ones', () => {
    const source = generateDataset({ parties: 15_000, instances: 10, seed: 1 });
    const list = source.readJson(`authorization/partylist/${ACCOUNTANT_USER_ID}.json`) as ListItem[];
    const all = flat(list);
    expect(all).toHaveLength(15_000);
    expect(new Set(all.map((p) => p.partyId)).size).toBe(15_000);
    expect(list[0]?.partyId).toBe(String(ACCOUNTANT_PARTY_ID));
    expect(list[1]?.partyId).toBe(String(BIG_PARTY_ID));
    expect(list.some((p) => (p.childParties ?? []).length > 0)).toBe(true);
    expect(all.filter((p) => p.partyTypeName === 1).length).toBeGreaterThan(500);
    expect(all.some((p) => p.isDeleted)).toBe(true);
    const registered = source.list('Register/Party');
    for (const p of all.slice(0, 200)) expect(registered).toContain(`${p.partyId}.json`);
  });

  it('puts `instances` instances in the big party and a handful in the first client parties', () => {
    const source = generateDataset({ parties: 500, instances: 2_345, seed: 3 });
    expect(source.list(`storage/instances/${BIG_PARTY_ID}`)).toHaveLength(2_345);
    const holders = source.list('storage/instances').map(Number);
    const clients = holders.filter((id) => id > BIG_PARTY_ID && id < ACCOUNTANT_PARTY_ID + 500);
    expect(clients).toHaveLength(CLIENTS_WITH_INSTANCES);
    for (const id of clients) {
      const n = source.list(`storage/instances/${id}`).length;
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
    }
  });

  it('builds instances that reference existing apps and whose blobs exist with matching size and hash', async () => {
    const source = generateDataset({ parties: 200, instances: 400, seed: 11 });
    const apps = new Set<string>();
    for (const org of source.list('storage/applications')) {
      for (const app of source.list(`storage/applications/${org}`)) apps.add(`${org}/${app}`);
    }
    const states = new Set<string>();
    let elements = 0;
    for (const party of source.list('storage/instances')) {
      if (Number(party) === ACCOUNTANT_PARTY_ID) continue; // the download-test files are checked below
      for (const guid of source.list(`storage/instances/${party}`)) {
        const dir = `storage/instances/${party}/${guid}`;
        const instance = source.readJson(`${dir}/instance.json`) as Instance;
        const events = (source.readJson(`${dir}/events.json`) as { instanceEvents: InstanceEvent[] })
          .instanceEvents;
        expect(instance.id).toBe(`${party}/${guid}`);
        expect(apps.has(instance.appId), instance.appId).toBe(true);
        expect(events[0]?.eventType).toBe('Created');
        states.add(
          instance.status.isArchived ? 'archived' : (instance.process.currentTask?.altinnTaskType ?? '?'),
        );
        if (instance.status.isSoftDeleted) states.add('deleted');
        expect(source.list(`${dir}/data`)).toEqual(instance.data.map((d) => d.id));
        for (const d of instance.data) {
          const blob = source.blob(`${dir}/data/${d.id}`);
          expect(blob?.size, d.id).toBe(d.size);
          if (elements < 300 && blob) {
            const bytes = await readAll(blob.open());
            expect(bytes.length).toBe(d.size);
            expect(createHash('md5').update(bytes).digest('base64')).toBe(d.contentHash);
            expect(fileProblems(d.contentType, bytes)).toEqual([]);
          }
          elements++;
        }
      }
    }
    expect(elements).toBeGreaterThan(500);
    for (const s of ['data', 'confirmation', 'signing', 'feedback', 'archived', 'deleted'])
      expect(states, s).toContain(s);
  });

  it('has a 300 MiB CSV and fifty 2 MB PNGs in dedicated instances, streamed lazily', async () => {
    const source = generateDataset({ parties: 10, instances: 0, seed: 5 });
    const [bigGuid, scansGuid] = source.list(`storage/instances/${ACCOUNTANT_PARTY_ID}`).slice(0, 2);
    const read = (guid: string | undefined): Instance =>
      source.readJson(`storage/instances/${ACCOUNTANT_PARTY_ID}/${guid}/instance.json`) as Instance;
    const csv = read(bigGuid).data.find((d: DataElement) => d.contentType === 'text/csv');
    expect(csv?.size).toBe(300 * 1024 * 1024);
    const csvBlob = source.blob(`storage/instances/${ACCOUNTANT_PARTY_ID}/${bigGuid}/data/${csv?.id}`);
    const started = performance.now();
    expect(await countBytes(csvBlob?.open() as Readable)).toBe(300 * 1024 * 1024);
    console.log(`streamed the 300 MiB CSV in ${(performance.now() - started).toFixed(0)} ms`);

    const scans = read(scansGuid).data.filter((d: DataElement) => d.contentType === 'image/png');
    expect(scans).toHaveLength(50);
    for (const d of scans) expect(d.size).toBeGreaterThan(1_900_000);
    const first = scans[0];
    const png = await readAll(
      source
        .blob(`storage/instances/${ACCOUNTANT_PARTY_ID}/${scansGuid}/data/${first?.id}`)
        ?.open() as Readable,
    );
    expect(png.length).toBe(first?.size);
    expect(pngProblems(png)).toEqual([]);
  });

  it('builds 100,000 parties and a 100,000-instance listing quickly (time printed, loose bound)', () => {
    const started = performance.now();
    const source = generateDataset({ parties: 100_000, instances: 100_000, seed: 42 });
    const list = source.readJson(`authorization/partylist/${ACCOUNTANT_USER_ID}.json`) as ListItem[];
    const afterParties = performance.now();
    const guids = source.list(`storage/instances/${BIG_PARTY_ID}`);
    const afterListing = performance.now();
    for (const guid of guids.slice(0, 5_000))
      source.readJson(`storage/instances/${BIG_PARTY_ID}/${guid}/instance.json`);
    const afterBuild = performance.now();
    console.log(
      `generator: 100,000-party list in ${(afterParties - started).toFixed(0)} ms, ` +
        `100,000 instance ids in ${(afterListing - afterParties).toFixed(0)} ms, ` +
        `5,000 instances built in ${(afterBuild - afterListing).toFixed(0)} ms; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
    );
    expect(flat(list)).toHaveLength(100_000);
    expect(guids).toHaveLength(100_000);
    expect(new Set(guids).size).toBe(100_000);
    expect(afterBuild - started).toBeLessThan(20_000);
  });
});
