import quantile from '@stdlib/stats-base-dists-t-quantile';

/**
 * Student's t quantiles from @stdlib, whose inverse incomplete beta (a port of Boost's) is exact
 * to double precision for any df > 0, where a table would cover only the degrees of freedom
 * someone thought to list. It is plain arithmetic (no I/O, clock or randomness), so the workflow
 * bundle, which finalizes metrics, replays it alike.
 */

/** The t such that P(T <= t) = p, e.g. tQuantile(0.975, 10) = 2.228. */
export function tQuantile(p: number, df: number): number {
  // @stdlib answers NaN out of range; a NaN interval would pass silently into the run's metrics.
  if (!(p > 0 && p < 1)) throw new RangeError('p must be in (0, 1)');
  if (!(df > 0)) throw new RangeError('df must be positive');
  return quantile(p, df);
}
