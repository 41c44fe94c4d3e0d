import { Readable } from 'node:stream';
import { pngSize, writePng } from '../datasets/lib/png.ts';
import type { BlobRef } from '../store/source.ts';

/**
 * Lazily generated large files for the download benchmark. Nothing is held in memory: the 300 MiB
 * CSV is produced chunk by chunk from a template whose line numbers are patched in place.
 */

const lineLength = 100;
const linesPerChunk = 655;
export const BIG_CSV_LINES = 3 * 1024 * 1024;
export const BIG_CSV_SIZE = BIG_CSV_LINES * lineLength;

function csvTemplate(): Buffer {
  const line = 'linje;000000000;2026-11-27;0000012345,00;Generert testlinje for nedlastingsmåling'.padEnd(
    lineLength - 1,
    ' ',
  );
  const one = Buffer.from(`${line}\n`, 'utf8');
  // "å" takes two bytes in UTF-8: trim the padding so every line is exactly lineLength bytes.
  const exact = Buffer.concat([one.subarray(0, lineLength - 1), Buffer.from('\n')]);
  return Buffer.concat(Array.from({ length: linesPerChunk }, () => exact));
}

function* csvChunks(): Generator<Buffer> {
  const template = csvTemplate();
  for (let first = 0; first < BIG_CSV_LINES; first += linesPerChunk) {
    const lines = Math.min(linesPerChunk, BIG_CSV_LINES - first);
    const chunk = Buffer.from(template.subarray(0, lines * lineLength));
    for (let l = 0; l < lines; l++)
      chunk.write(String(first + l + 1).padStart(9, '0'), l * lineLength + 6, 'latin1');
    yield chunk;
  }
}

export function bigCsvBlob(): BlobRef {
  return { size: BIG_CSV_SIZE, open: () => Readable.from(csvChunks(), { objectMode: false }) };
}

/** 816 x 816 RGB with stored deflate: just under 2 MB. */
const side = 816;
export const SCAN_PNG_SIZE = pngSize(side, side);

export function scanPngBlob(page: number): BlobRef {
  return {
    size: SCAN_PNG_SIZE,
    open: () =>
      Readable.from(
        (function* () {
          yield writePng(side, side, (x, y) => [
            (x + page * 7) & 0xff,
            (y + page * 13) & 0xff,
            (x ^ y) & 0xff,
          ]);
        })(),
        { objectMode: false },
      ),
  };
}
