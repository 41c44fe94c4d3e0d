import type { Readable } from 'node:stream';

/**
 * Where a dataset comes from. The loader reads every dataset through this interface, so a
 * folder on disk (`--data DIR`) and the generator (`--generate ...`) are loaded by the same code.
 * Paths are relative to the dataset root and use `/`, exactly as in the layout in emulator/README.md
 * (e.g. `Profile/User/1337.json`, `storage/instances/500000/<guid>/instance.json`).
 */
export interface DatasetSource {
  /** A human-readable description for the start-up banner, e.g. the folder or the generator parameters. */
  readonly description: string;
  /** Names of the entries (files and folders) directly under `dir`; `[]` when it does not exist. */
  list(dir: string): string[];
  /** The parsed JSON at `path`, or `undefined` when there is no such file. Throws on malformed JSON. */
  readJson(path: string): unknown;
  /** The raw text at `path` (for policy.xml), or `undefined`. */
  readText(path: string): string | undefined;
  /** A data file, opened lazily so generated datasets never hold their blobs in memory. */
  blob(path: string): BlobRef | undefined;
  /**
   * Optional fast path for the loader: one entry per instance folder under
   * `storage/instances/{partyDir}`, in `list()` order, equal to what reading each instance.json
   * would give. The generator offers it so that loading never builds 100,000 documents just to
   * read their ids and `lastChanged`; a folder on disk does not need it.
   */
  instanceIndex?(partyDir: string): InstanceIndexEntry[];
}

/** What the loader keeps of an instance until it is used. */
export interface InstanceIndexEntry {
  guid: string;
  appId: string;
  org: string;
  /** instance.json's `lastChanged` in whole milliseconds since the epoch, as written (before any date shift). */
  lastChangedMs: number;
}

export interface BlobRef {
  /** Size in bytes. */
  readonly size: number;
  /** A fresh stream of the bytes each time it is called. */
  open(): Readable;
}
