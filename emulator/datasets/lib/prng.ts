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

export function createRng(...seedParts: number[]): Rng {
  let a = mixSeed(1, ...seedParts);
  let b = mixSeed(2, ...seedParts);
  let c = mixSeed(3, ...seedParts);
  let d = 1;
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up so that nearby seeds do not start with correlated outputs.
  for (let i = 0; i < 12; i++) nextUint32();

  const next = (): number => nextUint32() / 0x100000000;
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    chance: (probability) => next() < probability,
    guid: () => {
      const words = [nextUint32(), nextUint32(), nextUint32(), nextUint32()];
      const hex = words.map((w) => w.toString(16).padStart(8, '0')).join('');
      const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
}
