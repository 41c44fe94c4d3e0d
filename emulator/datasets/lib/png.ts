import { crc32 } from './crc32.ts';

/**
 * A PNG writer whose zlib stream uses stored (uncompressed) deflate blocks. Compressing with
 * node:zlib would be smaller, but its output may change with the bundled zlib version, and the
 * committed dataset must rebuild to identical bytes on any Node.
 */

export type Rgb = readonly [number, number, number];

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const maxStoredBlock = 65535;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + (bytes[i] ?? 0)) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function storedZlib(raw: Buffer): Buffer {
  const parts: Buffer[] = [Buffer.from([0x78, 0x01])];
  const blockCount = Math.max(1, Math.ceil(raw.length / maxStoredBlock));
  for (let i = 0; i < blockCount; i++) {
    const block = raw.subarray(i * maxStoredBlock, (i + 1) * maxStoredBlock);
    const head = Buffer.alloc(5);
    head[0] = i === blockCount - 1 ? 1 : 0; // BFINAL on the last block, BTYPE 00 (stored)
    head.writeUInt16LE(block.length, 1);
    head.writeUInt16LE(~block.length & 0xffff, 3);
    parts.push(head, block);
  }
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(adler32(raw), 0);
  parts.push(tail);
  return Buffer.concat(parts);
}

/** The exact file size `writePng` produces for these dimensions (for lazy blobs). */
export function pngSize(width: number, height: number): number {
  const raw = height * (1 + width * 3);
  const blocks = Math.max(1, Math.ceil(raw / maxStoredBlock));
  const zlib = 2 + blocks * 5 + raw + 4;
  return signature.length + (12 + 13) + (12 + zlib) + 12;
}

/** An 8-bit RGB PNG; `pixel` gives each pixel's colour. */
export function writePng(width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour
  const raw = Buffer.alloc(height * (1 + width * 3));
  let o = 0;
  for (let y = 0; y < height; y++) {
    raw[o++] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      raw[o++] = r;
      raw[o++] = g;
      raw[o++] = b;
    }
  }
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', storedZlib(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
