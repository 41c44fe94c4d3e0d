/**
 * A minimal baseline JPEG encoder for greyscale images made of flat 8x8 blocks: each block has
 * only a DC coefficient, so the entropy coder needs the standard DC table and an AC table that
 * holds nothing but end-of-block. Real decoders accept it; it keeps test photos tiny and exact.
 */

// Annex K.3 luminance DC table: code lengths per category 0..11.
const dcCounts = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const dcSymbols = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

function canonicalCodes(
  counts: readonly number[],
  symbols: readonly number[],
): Map<number, [number, number]> {
  const codes = new Map<number, [number, number]>();
  let code = 0;
  let k = 0;
  counts.forEach((count, i) => {
    for (let j = 0; j < count; j++) codes.set(symbols[k++] ?? 0, [code++, i + 1]);
    code <<= 1;
  });
  return codes;
}

class BitWriter {
  private readonly bytes: number[] = [];
  private acc = 0;
  private n = 0;
  write(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.acc = (this.acc << 1) | ((value >> i) & 1);
      if (++this.n === 8) this.flushByte();
    }
  }
  private flushByte(): void {
    this.bytes.push(this.acc);
    if (this.acc === 0xff) this.bytes.push(0x00); // byte stuffing
    this.acc = 0;
    this.n = 0;
  }
  finish(): number[] {
    while (this.n !== 0) this.write(1, 1); // pad with ones, as the standard asks
    return this.bytes;
  }
}

function segment(marker: number, body: readonly number[]): number[] {
  const length = body.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...body];
}

/**
 * A greyscale JPEG of `blocksWide` x `blocksHigh` flat blocks; `shade` gives each block's grey
 * level (0-255).
 */
export function writeJpeg(
  blocksWide: number,
  blocksHigh: number,
  shade: (bx: number, by: number) => number,
): Buffer {
  const width = blocksWide * 8;
  const height = blocksHigh * 8;
  const dcCodes = canonicalCodes(dcCounts, dcSymbols);
  const bits = new BitWriter();
  let previous = 0;
  for (let by = 0; by < blocksHigh; by++) {
    for (let bx = 0; bx < blocksWide; bx++) {
      const level = Math.max(0, Math.min(255, Math.round(shade(bx, by))));
      // With a quantiser of 1, a flat block's DC coefficient is 8 * (level - 128).
      const dc = 8 * (level - 128);
      const diff = dc - previous;
      previous = dc;
      const magnitude = Math.abs(diff);
      const category = magnitude === 0 ? 0 : Math.floor(Math.log2(magnitude)) + 1;
      const [code, length] = dcCodes.get(category) ?? [0, 0];
      bits.write(code, length);
      if (category > 0) bits.write(diff > 0 ? diff : diff + (1 << category) - 1, category);
      bits.write(0, 1); // AC: end of block, the only symbol in the AC table
    }
  }
  const out = [
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]),
    ...segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]),
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    ...segment(0xc4, [0x00, ...dcCounts, ...dcSymbols]),
    ...segment(0xc4, [0x10, 1, ...new Array<number>(15).fill(0), 0x00]),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...bits.finish(),
    0xff,
    0xd9,
  ];
  return Buffer.from(out);
}
