import { sampleVariance, type Moments } from './moments.js';
import { tQuantile } from './tDistribution.js';

export interface Interval {
  low: number;
  high: number;
}

/** The 97.5th percentile of the standard normal distribution. */
export const Z_975 = 1.959963984540054;

/** 95% confidence interval for the mean (Student's t); null below two values. */
export function meanConfidenceInterval(moments: Moments): Interval | null {
  const variance = sampleVariance(moments);
  if (variance === null) return null;
  const half = tQuantile(0.975, moments.n - 1) * Math.sqrt(variance / moments.n);
  return { low: moments.mean - half, high: moments.mean + half };
}

/**
 * Wilson score 95% interval for a proportion. Unlike the normal approximation it
 * stays inside [0, 1] and is sensible at 0 or n successes and for small n.
 */
export function wilsonInterval(successes: number, n: number): Interval | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = Z_975 * Z_975;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (Z_975 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}
