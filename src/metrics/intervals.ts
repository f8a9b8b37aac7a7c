import { sampleVariance, type Moments } from './moments.js';
import { tQuantile } from './tDistribution.js';

export interface Interval {
  low: number;
  high: number;
}

/** The 97.5th percentile of the standard normal distribution. */
export const Z_975 = 1.959963984540054;

/** 95% confidence interval for the mean (Student's t); null below two values. For undeclared scales. */
export function meanConfidenceInterval(moments: Moments): Interval | null {
  const variance = sampleVariance(moments);
  if (variance === null) return null;
  const half = tQuantile(0.975, moments.n - 1) * Math.sqrt(variance / moments.n);
  return { low: moments.mean - half, high: moments.mean + half };
}

/** How an interval of a mean was made (the API says which, beside the interval). */
export type MeanIntervalMethod = 'wilson' | 'quasi_binomial_wilson' | 't';

/** Pseudo-observations of the widest spread the scale allows, added to the observed spread (see below). */
const DISPERSION_PRIOR = 0.5;

/**
 * The 95% interval of a mean of scores on a known scale [low, high], which never leaves it.
 * - Scores all at the scale's ends (0/1 verdicts): Wilson's interval of that proportion, the same
 *   as the pass rate's.
 * - Otherwise a quasi-binomial Wilson (score) interval: the mean rescaled to [0, 1] is treated as a
 *   proportion whose variance is a fraction φ of p(1 − p), φ estimated from the scores, so the
 *   interval is Wilson's at an effective size n / φ. φ is shrunk by half a pseudo-observation
 *   toward 1 (the widest spread), so six equal scores are not certainty, and Student's t replaces z
 *   at small n (one pseudo-observation over-covered: 97.1% for Beta(2.5, 2.5) at n = 30). Measured coverage (test/metrics/intervalCoverage.test.ts, README): 93-97% for n ≥ 30,
 *   and above 90% below, on Bernoulli and Beta scores with means near 0, 0.5 and 1.
 * Without a scale (an undeclared one) it is Student's t, which may leave it: the API says so.
 */
export function boundedMeanInterval(
  moments: Moments,
  range: { low: number; high: number } | null,
): { interval: Interval | null; method: MeanIntervalMethod } {
  if (range === null) return { interval: meanConfidenceInterval(moments), method: 't' };
  const { n } = moments;
  if (n === 0) return { interval: null, method: 'wilson' };
  const width = range.high - range.low;
  const p = Math.min(1, Math.max(0, (moments.mean - range.low) / width));
  const back = (interval: Interval | null): Interval | null =>
    interval && { low: range.low + interval.low * width, high: range.low + interval.high * width };
  const spread = p * (1 - p);
  const variance = n > 1 ? moments.m2 / (n - 1) / (width * width) : 0;
  // All at one end, or all at the two ends: a proportion, exactly.
  const atEnds = spread === 0 || (n > 1 && Math.abs(variance - (spread * n) / (n - 1)) <= 1e-9 * spread);
  // Whole successes, so the interval is the pass rate's to the last bit.
  if (atEnds) return { interval: back(wilsonInterval(Math.round(p * n), n)), method: 'wilson' };
  const dispersion = (n * variance + DISPERSION_PRIOR * spread) / ((n + DISPERSION_PRIOR) * spread);
  const z = n > 1 ? tQuantile(0.975, n - 1) : Z_975;
  return { interval: back(wilsonAt(p, n / dispersion, z)), method: 'quasi_binomial_wilson' };
}

/**
 * The 95% interval of a mean paired difference of scores on a scale `width` wide: Student's t,
 * clipped to the differences possible (±width). The quasi-binomial interval of a mean does not
 * carry over: its shrink toward the widest spread is ±width here, far wider than the differences
 * of two similar runs, and it called a steady +0.11 over 10 items "unchanged".
 */
export function pairedDifferenceInterval(moments: Moments, width: number | null): Interval | null {
  const interval = meanConfidenceInterval(moments);
  if (!interval || width === null) return interval;
  return { low: Math.max(-width, interval.low), high: Math.min(width, interval.high) };
}

/**
 * Wilson score 95% interval for a proportion. Unlike the normal approximation it
 * stays inside [0, 1] and is sensible at 0 or n successes and for small n.
 */
export function wilsonInterval(successes: number, n: number): Interval | null {
  if (n <= 0) return null;
  return wilsonAt(successes / n, n, Z_975);
}

/** Wilson's score interval of a proportion p observed over (an effective) n, at quantile z. */
function wilsonAt(p: number, n: number, z: number): Interval {
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}
