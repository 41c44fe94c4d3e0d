/**
 * Seeded pseudo-random numbers, so every dataset is a pure function of its seed.
 * sfc32 is small, fast and good enough for test data; Math.random would make the
 * committed dataset impossible to reproduce byte for byte.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** A version-4-shaped GUID, lower case, as Storage writes them. */
  guid(): string;
  /** Advances exactly as `guid()` does without building the string (for index-only passes). */
  skipGuid(): void;
}

/** Mixes any number of integers into one 32-bit seed (splitmix-style avalanche). */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    // Fold in the high bits of numbers above 2^32 so large ids do not collide.
    h = Math.imul(h ^ Math.floor(part / 0x100000000), 0x27d4eb2f);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/** sfc32 state as a class, so creating one costs no closures (the generator makes millions). */
class Sfc32 implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d = 1;

  constructor(seedParts: number[]) {
    this.a = mixSeed(1, ...seedParts);
    this.b = mixSeed(2, ...seedParts);
    this.c = mixSeed(3, ...seedParts);
    // Warm up so that nearby seeds do not start with correlated outputs.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.uint32() / 0x100000000;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  skipGuid(): void {
    this.uint32();
    this.uint32();
    this.uint32();
    this.uint32();
  }

  guid(): string {
    const a = this.uint32();
    // Version 4 in the third group, RFC 4122 variant in the fourth.
    const b = ((this.uint32() & 0xffff0fff) | 0x00004000) >>> 0;
    const c = ((this.uint32() & 0x3fffffff) | 0x80000000) >>> 0;
    const d = this.uint32();
    // One flat string from char codes: concatenating parts would leave a rope of small strings,
    // which costs the generator memory and GC time when it keeps 100,000 instances.
    const codes = guidCodes;
    const words = guidWords;
    words[0] = a;
    words[1] = b;
    words[2] = c;
    words[3] = d;
    let o = 0;
    for (let w = 0; w < 4; w++) {
      const x = words[w] ?? 0;
      for (let shift = 28; shift >= 0; shift -= 4) {
        if (o === 8 || o === 13 || o === 18 || o === 23) codes[o++] = 0x2d;
        codes[o++] = hexCodes[(x >>> shift) & 0xf] ?? 0x30;
      }
    }
    return String.fromCharCode.apply(null, codes);
  }
}

const guidCodes: number[] = new Array<number>(36).fill(0x30);
const guidWords = new Uint32Array(4);
const hexCodes = [...'0123456789abcdef'].map((ch) => ch.charCodeAt(0));

export function createRng(...seedParts: number[]): Rng {
  return new Sfc32(seedParts);
}
