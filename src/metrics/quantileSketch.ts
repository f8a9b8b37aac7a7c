/**
 * A bounded, mergeable histogram for percentiles of values accumulated batch by
 * batch. Plain JSON, so it can sit in workflow state or a MongoDB document.
 *
 * Buckets: `linearBuckets` equal buckets over [0, 1] (where judge scores live),
 * and log-spaced buckets with ratio `gamma` beyond (|x| > 1, or x < 0) for custom
 * scales and latencies. Each bucket keeps its count and sum, and a percentile reads
 * the bucket's mean: exact when a bucket holds one distinct value (the usual case
 * for judge scores like 0.5), otherwise off by less than the bucket's width
 * (1/linearBuckets inside [0, 1], a relative (gamma − 1) outside).
 *
 * Merging adds counts and sums, so merge(a, b) is exactly the sketch of the union.
 *
 * Hand-written on purpose: the sketch libraries (DDSketch, t-digest, KLL packages) keep their
 * state in class instances or binary encodings, while this one must be plain JSON that a
 * deterministic workflow holds, continues-as-new with, and merges batch by batch; and none
 * keeps the exact linear buckets over [0, 1] that make judge-score percentiles exact.
 */
export interface QuantileSketch {
  linearBuckets: number;
  gamma: number;
  /** bucket key → [count, sum of the values in it] */
  buckets: Record<string, [number, number]>;
}

/** Values closer to zero than this share one log bucket, which keeps the bucket count bounded. */
const SMALLEST_MAGNITUDE = 1e-9;

/** 200 buckets over [0, 1] keep a score p50 within ±0.005; 1.02 keeps other values within 2%. */
export function emptyScoreSketch(): QuantileSketch {
  return { linearBuckets: 200, gamma: 1.02, buckets: {} };
}

/** Latencies in ms are > 1 in practice; 1.04 (±4%) bounds 1 ms .. 10 min to ~340 buckets. */
export function emptyLatencySketch(): QuantileSketch {
  return { linearBuckets: 1, gamma: 1.04, buckets: {} };
}

function bucketKey(sketch: QuantileSketch, value: number): string {
  if (value >= 0 && value <= 1)
    return `l${Math.min(Math.floor(value * sketch.linearBuckets), sketch.linearBuckets - 1)}`;
  const magnitude = Math.max(Math.abs(value), SMALLEST_MAGNITUDE);
  const index = Math.ceil(Math.log(magnitude) / Math.log(sketch.gamma));
  return `${value < 0 ? 'n' : 'p'}${index}`;
}

/** Returns a new sketch (copied once, however many values); non-finite values are rejected. */
export function addToSketch(sketch: QuantileSketch, values: readonly number[]): QuantileSketch {
  if (values.length === 0) return sketch;
  const buckets = { ...sketch.buckets };
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError(`cannot add ${value} to a quantile sketch`);
    const key = bucketKey(sketch, value);
    const [count, sum] = buckets[key] ?? [0, 0];
    buckets[key] = [count + 1, sum + value];
  }
  return { ...sketch, buckets };
}

export function mergeSketches(a: QuantileSketch, b: QuantileSketch): QuantileSketch {
  if (a.linearBuckets !== b.linearBuckets || a.gamma !== b.gamma) {
    throw new RangeError('cannot merge quantile sketches with different bucket layouts');
  }
  const buckets: Record<string, [number, number]> = { ...a.buckets };
  for (const [key, [count, sum]] of Object.entries(b.buckets)) {
    const [have, total] = buckets[key] ?? [0, 0];
    buckets[key] = [have + count, total + sum];
  }
  return { ...a, buckets };
}

export function sketchCount(sketch: QuantileSketch): number {
  return Object.values(sketch.buckets).reduce((total, [count]) => total + count, 0);
}

/** The q-th quantile with the same linear interpolation as `percentile` over raw values. */
export function sketchQuantile(sketch: QuantileSketch, q: number): number | null {
  const bins = Object.values(sketch.buckets)
    .filter(([count]) => count > 0)
    .map(([count, sum]) => ({ count, value: sum / count }))
    .sort((x, y) => x.value - y.value);
  const total = bins.reduce((n, bin) => n + bin.count, 0);
  if (total === 0) return null;
  const rank = (total - 1) * q;
  const valueAt = (index: number): number => {
    let seen = 0;
    for (const bin of bins) {
      seen += bin.count;
      if (index < seen) return bin.value;
    }
    return bins.at(-1)!.value;
  };
  const below = Math.floor(rank);
  const low = valueAt(below);
  return low + (rank - below) * (valueAt(Math.ceil(rank)) - low);
}
