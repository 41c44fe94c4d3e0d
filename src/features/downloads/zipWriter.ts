import { Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';

/**
 * A ZIP written as a stream: entries are added one after another and their bytes leave as soon as
 * they are read, so a 300 MB attachment passes through in chunks and is never whole in memory.
 * The producer waits whenever the consumer (the browser's download, or a file on disk) has not
 * taken what was already written: backpressure keeps memory bounded to a few chunks.
 */
export interface ZipEntryResult {
  /** Bytes of the original file written into the entry. */
  bytes: number;
  /** False when the source failed part-way: the entry holds only what arrived. */
  complete: boolean;
}

export interface ZipEntryOptions {
  mtime?: Date;
  /** Deflate the entry (text, XML, JSON); already-compressed files are stored. */
  compress?: boolean;
  onBytes?: (bytes: number) => void;
}

export interface ZipWriter {
  readonly readable: ReadableStream<Uint8Array>;
  addFile(
    name: string,
    source: ReadableStream<Uint8Array> | Uint8Array,
    options?: ZipEntryOptions,
  ): Promise<ZipEntryResult>;
  /** Writes the central directory and closes the stream. */
  end(): Promise<void>;
  /** Stops everything: the consumer sees an error, no further entries are written. */
  abort(reason: unknown): void;
}

/** Chunks, not bytes: a fetch body arrives in pieces of up to 64 KiB, so a few MB at most. */
const HIGH_WATER_MARK = 16;

export class ZipCancelledError extends Error {
  override readonly name = 'ZipCancelledError';
}

// fflate's ZIP header needs a year from 1980 on; anything earlier (or invalid) becomes now.
function safeDate(date: Date | undefined): Date {
  if (!date || Number.isNaN(date.getTime()) || date.getFullYear() < 1980) return new Date();
  return date;
}

export function createZipWriter(): ZipWriter {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let waiting: (() => void) | null = null;
  let failure: unknown = null;
  let finished: (() => void) | null = null;
  let closed = false;

  const readable = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
      },
      pull() {
        waiting?.();
        waiting = null;
      },
      cancel(reason) {
        failure = new ZipCancelledError(typeof reason === 'string' ? reason : 'cancelled');
        waiting?.();
        waiting = null;
      },
    },
    new CountQueuingStrategy({ highWaterMark: HIGH_WATER_MARK }),
  );

  const zip = new Zip((error, chunk, final) => {
    if (error) {
      failure = error;
      controller.error(error);
      return;
    }
    if (failure === null) controller.enqueue(chunk);
    if (final) {
      closed = true;
      if (failure === null) controller.close();
      finished?.();
    }
  });

  async function room(): Promise<void> {
    if (failure !== null) throw failure;
    while ((controller.desiredSize ?? 1) <= 0) {
      await new Promise<void>((resolve) => {
        waiting = resolve;
      });
      if (failure !== null) throw failure;
    }
  }

  async function addFile(
    name: string,
    source: ReadableStream<Uint8Array> | Uint8Array,
    options: ZipEntryOptions = {},
  ): Promise<ZipEntryResult> {
    await room();
    const file: ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void } = options.compress
      ? new ZipDeflate(name, { level: 6 })
      : new ZipPassThrough(name);
    file.mtime = safeDate(options.mtime);
    zip.add(file);
    if (ArrayBuffer.isView(source)) {
      file.push(source, true);
      options.onBytes?.(source.length);
      return { bytes: source.length, complete: true };
    }
    const reader = source.getReader();
    let bytes = 0;
    try {
      for (;;) {
        await room();
        const { done, value } = await reader.read();
        if (done) break;
        file.push(value);
        bytes += value.length;
        options.onBytes?.(value.length);
      }
    } catch (error) {
      if (failure !== null) {
        void reader.cancel().catch(() => undefined);
        throw failure;
      }
      // The source broke part-way (a dropped connection): close the entry with what arrived
      // so the archive stays readable, and tell the caller it is incomplete.
      void reader.cancel().catch(() => undefined);
      file.push(new Uint8Array(0), true);
      void error;
      return { bytes, complete: false };
    }
    file.push(new Uint8Array(0), true);
    return { bytes, complete: true };
  }

  return {
    readable,
    addFile,
    async end() {
      if (failure !== null) throw failure;
      const done = new Promise<void>((resolve) => {
        finished = resolve;
      });
      zip.end();
      if (!closed) await done;
    },
    abort(reason) {
      if (failure !== null) return;
      failure = reason instanceof Error ? reason : new ZipCancelledError(String(reason));
      zip.terminate();
      controller.error(failure);
      waiting?.();
      waiting = null;
    },
  };
}
