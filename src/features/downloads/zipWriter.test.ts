import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { createZipWriter } from './zipWriter';

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function streamOf(chunks: Uint8Array[], failAfter?: number): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (failAfter !== undefined && i === failAfter) {
        controller.error(new TypeError('network error'));
        return;
      }
      const next = chunks[i];
      i += 1;
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
}

function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) out[i] = (i * 31 + seed) & 0xff;
  return out;
}

describe('createZipWriter', () => {
  it('streams entries that unzip to the same bytes, names with non-ASCII letters and folders included', async () => {
    const zip = createZipWriter();
    const output = collect(zip.readable);
    const big = [bytes(65_536, 1), bytes(65_536, 2), bytes(1000, 3)];
    const first = await zip.addFile('2024-05-02 Søknad/kvittering.pdf', streamOf(big));
    const second = await zip.addFile('index.json', new TextEncoder().encode('{"a":1}'), { compress: true });
    const third = await zip.addFile('tom.txt', streamOf([]));
    await zip.end();
    const files = unzipSync(await output);

    expect(Object.keys(files)).toEqual(['2024-05-02 Søknad/kvittering.pdf', 'index.json', 'tom.txt']);
    expect(files['2024-05-02 Søknad/kvittering.pdf']).toEqual(
      new Uint8Array([...big[0]!, ...big[1]!, ...big[2]!]),
    );
    expect(new TextDecoder().decode(files['index.json'])).toBe('{"a":1}');
    expect(files['tom.txt']).toEqual(new Uint8Array(0));
    expect(first).toEqual({ bytes: 132_072, complete: true });
    expect(second.complete && third.complete).toBe(true);
  });

  it('keeps a source that breaks part-way as a readable, short entry and says it is incomplete', async () => {
    const zip = createZipWriter();
    const output = collect(zip.readable);
    const result = await zip.addFile(
      'broken.bin',
      streamOf([bytes(100, 1), bytes(100, 2), bytes(100, 3)], 2),
    );
    await zip.addFile('after.txt', new TextEncoder().encode('ok'));
    await zip.end();
    const files = unzipSync(await output);
    expect(result).toEqual({ bytes: 200, complete: false });
    expect(files['broken.bin']?.length).toBe(200);
    expect(new TextDecoder().decode(files['after.txt'])).toBe('ok');
  });

  it('waits for the reader instead of buffering the whole source', async () => {
    const zip = createZipWriter();
    let pulled = 0;
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 1000) controller.close();
        else controller.enqueue(bytes(1024, pulled));
      },
    });
    const adding = zip.addFile('big.bin', source);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Nobody reads the ZIP: only about the queue's worth of chunks may have been pulled.
    expect(pulled).toBeLessThan(40);
    const output = collect(zip.readable);
    await adding;
    await zip.end();
    expect(unzipSync(await output)['big.bin']?.length).toBe(1000 * 1024);
  });

  it('stops the source and errors the stream when aborted', async () => {
    const zip = createZipWriter();
    const reader = zip.readable.getReader();
    let cancelled = false;
    const source = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(bytes(1024, 1)),
      cancel: () => {
        cancelled = true;
      },
    });
    const adding = zip.addFile('endless.bin', source);
    await reader.read();
    zip.abort(new Error('cancelled by the person'));
    await expect(adding).rejects.toThrow('cancelled by the person');
    await expect(reader.read()).rejects.toThrow('cancelled by the person');
    expect(cancelled).toBe(true);
  });
});
