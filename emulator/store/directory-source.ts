import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import type { BlobRef, DatasetSource } from './source.ts';

/** A dataset folder on disk (`--data DIR`), read through the same interface as the generator. */
export function createDirectorySource(root: string): DatasetSource {
  const base = path.resolve(root);

  // Dataset paths are relative and use `/`; anything escaping the root is treated as absent.
  function resolve(relative: string): string | undefined {
    const full = path.resolve(base, ...relative.split('/').filter((part) => part.length > 0));
    return full === base || full.startsWith(base + path.sep) ? full : undefined;
  }

  return {
    description: `folder ${base}`,
    list(dir) {
      const full = resolve(dir);
      if (!full || !existsSync(full) || !statSync(full).isDirectory()) return [];
      return readdirSync(full).sort();
    },
    readJson(relative) {
      const text = this.readText(relative);
      if (text === undefined) return undefined;
      try {
        // Tolerate a UTF-8 byte-order mark, which some editors (and localtest's files) write.
        return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
      } catch (error) {
        throw new Error(`Malformed JSON in ${relative}: ${(error as Error).message}`, { cause: error });
      }
    },
    readText(relative) {
      const full = resolve(relative);
      if (!full || !existsSync(full) || !statSync(full).isFile()) return undefined;
      return readFileSync(full, 'utf8');
    },
    blob(relative): BlobRef | undefined {
      const full = resolve(relative);
      if (!full || !existsSync(full)) return undefined;
      const stats = statSync(full);
      if (!stats.isFile()) return undefined;
      return { size: stats.size, open: () => createReadStream(full) };
    },
  };
}
