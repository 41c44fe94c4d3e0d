import { Readable } from 'node:stream';

import type { BlobRef, DatasetSource } from './source.ts';

export type MemoryEntry = string | Uint8Array | { json: unknown } | { blob: BlobRef };

/**
 * A DatasetSource over a map of paths, for tests, the benchmark and the empty fallback dataset.
 * Text entries are files; `{ json }` entries are parsed JSON; `{ blob }` entries are lazy bytes.
 */
export function createMemorySource(description: string, entries: Map<string, MemoryEntry>): DatasetSource {
  const children = new Map<string, Set<string>>();
  for (const path of entries.keys()) {
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      const name = parts[i] ?? '';
      let set = children.get(dir);
      if (!set) children.set(dir, (set = new Set()));
      set.add(name);
    }
  }
  const text = (path: string): string | undefined => {
    const entry = entries.get(path);
    if (typeof entry === 'string') return entry;
    if (entry instanceof Uint8Array) return Buffer.from(entry).toString('utf8');
    if (entry && 'json' in entry) return JSON.stringify(entry.json);
    return undefined;
  };
  return {
    description,
    list: (dir) => [...(children.get(dir.replace(/\/+$/, '')) ?? [])].sort(),
    readJson(path) {
      const entry = entries.get(path);
      if (entry && typeof entry === 'object' && 'json' in entry) return entry.json;
      const raw = text(path);
      return raw === undefined ? undefined : (JSON.parse(raw) as unknown);
    },
    readText: text,
    blob(path) {
      const entry = entries.get(path);
      if (entry === undefined) return undefined;
      if (typeof entry === 'object' && 'blob' in entry) return entry.blob;
      const bytes =
        typeof entry === 'string' || !(entry instanceof Uint8Array)
          ? Buffer.from(text(path) ?? '')
          : Buffer.from(entry);
      return { size: bytes.length, open: () => Readable.from([bytes]) };
    },
  };
}
