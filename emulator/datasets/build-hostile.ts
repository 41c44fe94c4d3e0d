import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHostileDataset } from './hostile-dataset.ts';
import { serialiseDataset } from './lib/serialise.ts';

/**
 * Writes emulator/datasets/hostile/ from hostile-dataset.ts. Run with
 * `npx tsx emulator/datasets/build-hostile.ts`; the output is committed and a rebuild gives the
 * same bytes (hostile-dataset.test.ts checks that).
 */
const root = join(dirname(fileURLToPath(import.meta.url)), 'hostile');

const serialised = await serialiseDataset(buildHostileDataset().files);
rmSync(root, { recursive: true, force: true });
for (const [path, content] of serialised) {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}
console.log(`Wrote ${serialised.size} files to ${root}`);
