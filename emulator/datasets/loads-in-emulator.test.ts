import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../generate/generator.ts';
import { createDirectorySource } from '../store/directory-source.ts';
import { loadDataset } from '../store/load-dataset.ts';
import { buildDefaultDataset } from './default-dataset.ts';

// Guards the contract between these datasets and the platform's loader: both sides read the layout
// in emulator/README.md, and a drift on either side shows up here as warnings or lost records.
describe('the emulator loader', () => {
  it('loads the default dataset without warnings and keeps every record', () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), 'default');
    const loaded = loadDataset(createDirectorySource(root));
    expect(loaded.warnings).toEqual([]);
    expect(loaded.instances.size).toBe(buildDefaultDataset().index.length);
    expect(loaded.users.size).toBe(8);
    expect(loaded.apps.size).toBe(10);
  });

  it('loads a generated dataset without warnings', () => {
    const loaded = loadDataset(generateDataset({ parties: 400, instances: 300, seed: 2 }));
    expect(loaded.warnings).toEqual([]);
    expect(loaded.byParty.get(600001)?.length).toBe(300);
    expect(loaded.users.size).toBe(4);
  });
});
