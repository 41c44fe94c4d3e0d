import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { DatasetFiles } from './dataset-files.ts';

/**
 * Turns dataset content into file bytes. JSON goes through Prettier with the repository's own
 * settings, so `prettier --check .` passes on the committed dataset and rebuilding is byte-identical.
 */
export async function serialiseDataset(files: DatasetFiles): Promise<Map<string, Buffer>> {
  const sample = join(dirname(fileURLToPath(import.meta.url)), '..', 'default', 'x.json');
  const options = (await resolveConfig(sample)) ?? {};
  const out = new Map<string, Buffer>();
  const paths = [...files.keys()].sort();
  for (const path of paths) {
    const file = files.get(path);
    if (!file) continue;
    if ('bytes' in file) out.set(path, file.bytes);
    else if ('text' in file && path.endsWith('.md')) {
      out.set(path, Buffer.from(await format(file.text, { ...options, parser: 'markdown' }), 'utf8'));
    } else if ('text' in file) out.set(path, Buffer.from(file.text, 'utf8'));
    else
      out.set(
        path,
        Buffer.from(await format(JSON.stringify(file.json, null, 2), { ...options, parser: 'json' }), 'utf8'),
      );
  }
  return out;
}
