import type { QuantileSketch } from './quantileSketch.js';

export interface HistogramBin {
  low: number;
  high: number;
  count: number;
}

/** Twenty bins: 0.05 wide over [0, 1], fine enough to tell judge score clusters apart. */
export const HISTOGRAM_BINS = 20;

/**
 * Score distribution read from the run's mergeable score sketch, so no scan of the
 * results is needed. Scores within [0, 1] (judges, booleans) land in twenty 0.05-wide
 * bins exactly: each sketch bucket there is 0.005 wide and nests inside one bin.
 * Other ranges get twenty equal bins over [min, max], each sketch bucket placed by
 * its mean (off by at most the bucket's 2% relative width). Empty: no scores yet.
 */
export function scoreHistogram(
  sketch: QuantileSketch,
  min: number | null,
  max: number | null,
): HistogramBin[] {
  if (min === null || max === null) return [];
  const unit = min >= 0 && max <= 1;
  const low = unit ? 0 : min;
  const high = unit ? 1 : max;
  const width = (high - low) / HISTOGRAM_BINS;
  const bins: HistogramBin[] = Array.from({ length: HISTOGRAM_BINS }, (_, i) => ({
    low: low + i * width,
    high: i === HISTOGRAM_BINS - 1 ? high : low + (i + 1) * width,
    count: 0,
  }));
  for (const [key, [count, sum]] of Object.entries(sketch.buckets)) {
    if (count === 0) continue;
    let index: number;
    if (unit && key.startsWith('l')) {
      index = Math.floor((Number(key.slice(1)) * HISTOGRAM_BINS) / sketch.linearBuckets);
    } else {
      index = width === 0 ? 0 : Math.floor((sum / count - low) / width);
    }
    bins[Math.min(Math.max(index, 0), HISTOGRAM_BINS - 1)]!.count += count;
  }
  return bins;
}
