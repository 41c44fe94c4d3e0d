import { describe, expect, it } from 'vitest';

import { apps } from '../datasets/lib/apps.ts';
import { ddgFitness, olaParty } from '../datasets/lib/default-people.ts';
import { buildInstance, instanceLastChanged } from '../datasets/lib/instance-builder.ts';
import { instanceKinds, specFor } from '../datasets/lib/instance-kinds.ts';
import { createRng } from '../datasets/lib/prng.ts';
import { generateDataset } from '../generate/generator.ts';
import { ticksKey } from './dates.ts';
import { asString } from './json.ts';
import { loadDataset } from './load-dataset.ts';
import type { LoadedDataset } from './model.ts';
import type { DatasetSource } from './source.ts';

/** The same source without its index, so the loader reads every instance.json as for a folder. */
function withoutIndex(source: DatasetSource): DatasetSource {
  return {
    description: source.description,
    list: (dir) => source.list(dir),
    readJson: (path) => source.readJson(path),
    readText: (path) => source.readText(path),
    blob: (path) => source.blob(path),
  };
}

function rows(dataset: LoadedDataset): string[] {
  return [...dataset.byParty.entries()].flatMap(([partyId, list]) =>
    list.map((r) => [partyId, r.rowId, r.guid, r.partyId, r.appId, r.org, r.sortKey].join(' ')),
  );
}

const loadedAt = Date.UTC(2026, 10, 28, 1, 2, 3, 456);

describe("the generator's instance index", () => {
  it('gives the loader exactly what reading every instance.json gives, and each sortKey is the document lastChanged', () => {
    for (const now of [loadedAt, undefined]) {
      const params = { parties: 40, instances: 3000, seed: 11, ...(now === undefined ? {} : { now }) };
      const source = generateDataset(params);
      expect(source.instanceIndex).toBeTypeOf('function');
      const fast = loadDataset(source, loadedAt);
      const slow = loadDataset(withoutIndex(generateDataset(params)), loadedAt);
      expect(fast.instances.size).toBeGreaterThan(3000);
      expect(rows(fast)).toEqual(rows(slow));
      for (const record of fast.instances.values()) {
        expect(ticksKey(asString(record.doc['lastChanged']))).toBe(record.sortKey);
      }
    }
  });

  it('instanceLastChanged matches buildInstance for every kind, for persons and organisations', () => {
    const actor = { userId: 12345, pid: olaParty.ssn ?? '', authenticationLevel: 3 };
    const coworker = { userId: 1003, pid: '08829698278', authenticationLevel: 3 };
    let compared = 0;
    for (const kind of instanceKinds) {
      for (const owner of [olaParty, ddgFitness]) {
        for (let n = 0; n < 40; n++) {
          const make = () => {
            const rng = createRng(5, n, owner.partyId);
            const guid = rng.guid();
            const spec = specFor(kind, { rng, now: loadedAt, apps, owner, actor, coworker, guid });
            return { rng, spec };
          };
          const full = make();
          const light = make();
          if (!full.spec || !light.spec) continue;
          const built = buildInstance(full.spec, full.rng, () => Buffer.from('x'));
          expect(instanceLastChanged(light.spec, light.rng)).toBe(Date.parse(built.instance.lastChanged));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(instanceKinds.length * 40);
  });
});
