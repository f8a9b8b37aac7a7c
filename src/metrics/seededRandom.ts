/**
 * Deterministic pseudo-random numbers for resampling and display orders: the same seed
 * gives the same sequence on every machine and every retry, so a bootstrap interval or
 * a listwise order recomputed from stored results is the one reported before.
 */

/** A 32-bit FNV-1a hash of a string: turns an item id (or any label) into a seed. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, fast generator with a full 2^32 period; returns uniforms in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A permutation of 0..k-1 (Fisher–Yates) drawn from `random`. */
export function seededPermutation(k: number, random: () => number): number[] {
  const order = Array.from({ length: k }, (_, i) => i);
  for (let i = k - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** The value at fraction `p` of sorted `values` (linear interpolation, as numpy's default). */
export function quantileOfSorted(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const position = (values.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, values.length - 1);
  return values[below]! + (values[above]! - values[below]!) * (position - below);
}
