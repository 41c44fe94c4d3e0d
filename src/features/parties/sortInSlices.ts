/**
 * The order that sorts `keys` (stable), computed in slices: blocks are sorted one at a time, then
 * merged pairwise, with `maybeYield` called often so no single task sorts 100,000 names at once.
 */
export async function sortInSlices(
  keys: readonly string[],
  maybeYield: () => Promise<void>,
): Promise<Int32Array> {
  const n = keys.length;
  const compare = (x: number, y: number): number => {
    const a = keys[x] ?? '';
    const b = keys[y] ?? '';
    return a < b ? -1 : a > b ? 1 : x - y;
  };
  let from = new Int32Array(n);
  for (let i = 0; i < n; i += 1) from[i] = i;
  const BLOCK = 2048;
  for (let lo = 0; lo < n; lo += BLOCK) {
    from.subarray(lo, Math.min(lo + BLOCK, n)).sort(compare);
    await maybeYield();
  }
  let to = new Int32Array(n);
  for (let width = BLOCK; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const left = from[i] ?? 0;
        const right = from[j] ?? 0;
        if (compare(left, right) <= 0) {
          to[k] = left;
          i += 1;
        } else {
          to[k] = right;
          j += 1;
        }
        k += 1;
        if ((k & 4095) === 0) await maybeYield();
      }
      to.set(from.subarray(i, mid), k);
      to.set(from.subarray(j, hi), k + (mid - i));
    }
    [from, to] = [to, from];
  }
  return from;
}
