import type { Interval } from './intervals.js';
import { quantileOfSorted, seededRandom } from './seededRandom.js';

/**
 * Resampling items with replacement: the interval method for statistics with no closed-form
 * interval that holds at small n (agreement coefficients, rank correlations, kappas). Seeded, so
 * the same data always gives the same interval.
 */
export const BOOTSTRAP_RESAMPLES = 1000;
export const BOOTSTRAP_SEED = 20261205;

/** `resamples` lists of `n` item indices drawn with replacement, the same for the same seed. */
export function bootstrapIndices(
  n: number,
  resamples = BOOTSTRAP_RESAMPLES,
  seed = BOOTSTRAP_SEED,
): number[][] {
  const random = seededRandom(seed);
  return Array.from({ length: resamples }, () => Array.from({ length: n }, () => Math.floor(random() * n)));
}

/**
 * The 95% percentile bootstrap interval of `statistic` over items: the 2.5th and 97.5th
 * percentiles (linear interpolation between order statistics, as numpy's default) of the statistic
 * on each resample. Resamples where the statistic is undefined (NaN, e.g. no variation left) are
 * left out; null when fewer than half of them are defined, or below two items.
 */
export function bootstrapInterval(
  n: number,
  statistic: (indices: number[]) => number,
  resamples: number[][] = bootstrapIndices(n),
): Interval | null {
  if (n < 2) return null;
  const values = resamples.map(statistic).filter((value) => Number.isFinite(value));
  if (values.length < resamples.length / 2) return null;
  values.sort((a, b) => a - b);
  return { low: quantileOfSorted(values, 0.025), high: quantileOfSorted(values, 0.975) };
}
