import { meanConfidenceInterval, type Interval } from './intervals.js';
import { addToMoments, emptyMoments, sampleVariance } from './moments.js';

export interface Summary {
  count: number;
  mean: number | null;
  /** Sample standard deviation; null below two values. */
  stdev: number | null;
  min: number | null;
  max: number | null;
  p50: number | null;
  meanCi95: Interval | null;
}

/** Percentile of ascending values by linear interpolation between closest ranks (R's type 7, numpy's default). */
export function percentile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * q;
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const low = sorted[below]!;
  return low + (rank - below) * (sorted[above]! - low);
}

/** Descriptive statistics of a list held in memory (batches use MetricAccumulator instead). */
export function summarize(values: readonly number[]): Summary {
  const moments = values.reduce(addToMoments, emptyMoments());
  const sorted = [...values].sort((a, b) => a - b);
  const variance = sampleVariance(moments);
  return {
    count: values.length,
    mean: values.length > 0 ? moments.mean : null,
    stdev: variance === null ? null : Math.sqrt(variance),
    min: sorted[0] ?? null,
    max: sorted.at(-1) ?? null,
    p50: percentile(sorted, 0.5),
    meanCi95: meanConfidenceInterval(moments),
  };
}
