import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDefaultDataset } from './default-dataset.ts';
import { serialiseDataset } from './lib/serialise.ts';

/**
 * Writes emulator/datasets/default/ from default-dataset.ts. Run with
 * `npx tsx emulator/datasets/build-default.ts`; the output is committed and rebuilding gives the
 * same bytes, ABOUT.md included (it is generated too, so its instance tables never go stale).
 */
const root = join(dirname(fileURLToPath(import.meta.url)), 'default');

const started = performance.now();
const serialised = await serialiseDataset(buildDefaultDataset().files);
for (const sub of ['Profile', 'Register', 'authorization', 'storage', 'ABOUT.md'])
  rmSync(join(root, sub), { recursive: true, force: true });
let bytes = 0;
for (const [path, content] of serialised) {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  bytes += content.length;
}
console.log(
  `Wrote ${serialised.size} files (${(bytes / 1024).toFixed(0)} KiB) to ${root} in ${(performance.now() - started).toFixed(0)} ms`,
);
