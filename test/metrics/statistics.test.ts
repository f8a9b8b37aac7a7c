import tCdf from '@stdlib/stats-base-dists-t-cdf';
import { describe, expect, it } from 'vitest';
import { meanConfidenceInterval, wilsonInterval, Z_975 } from '../../src/metrics/intervals.js';
import { addToMoments, emptyMoments, mergeMoments } from '../../src/metrics/moments.js';
import { percentile, summarize } from '../../src/metrics/summarize.js';
import { tQuantile } from '../../src/metrics/tDistribution.js';

describe("Student's t quantiles", () => {
  // Published two-sided table values (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
  it.each([
    [0.975, 1, 12.706],
    [0.975, 2, 4.303],
    [0.975, 5, 2.571],
    [0.975, 10, 2.228],
    [0.975, 30, 2.042],
    [0.975, 100, 1.984],
    [0.995, 5, 4.032],
    [0.95, 20, 1.725],
    [0.9995, 1, 636.619],
  ])('t(%f, df=%i) = %f', (p, df, expected) => {
    expect(tQuantile(p, df)).toBeCloseTo(expected, 3);
  });

  it('is symmetric, tends to the normal quantile, and inverts the CDF', () => {
    expect(tQuantile(0.025, 10)).toBeCloseTo(-2.228, 3);
    expect(tQuantile(0.5, 7)).toBe(0);
    expect(tQuantile(0.975, 1e6)).toBeCloseTo(Z_975, 4);
    for (const df of [1, 3, 9, 57, 400]) expect(tCdf(tQuantile(0.9, df), df)).toBeCloseTo(0.9, 10);
  });
});

describe('intervals', () => {
  /** The Wilson formula written out independently. */
  function naiveWilson(k: number, n: number) {
    const z = 1.96;
    const p = k / n;
    const center = p + (z * z) / (2 * n);
    const spread = z * Math.sqrt((p * (1 - p) + (z * z) / (4 * n)) / n);
    const scale = 1 + (z * z) / n;
    return { low: (center - spread) / scale, high: (center + spread) / scale };
  }

  it('Wilson 95% matches published and independently computed values', () => {
    const eightOfTen = wilsonInterval(8, 10)!;
    expect(eightOfTen.low).toBeCloseTo(0.4902, 4);
    expect(eightOfTen.high).toBeCloseTo(0.9433, 4);
    for (const [k, n] of [
      [0, 10],
      [10, 10],
      [37, 50],
      [512, 1000],
    ] as const) {
      const interval = wilsonInterval(k, n)!;
      const naive = naiveWilson(k, n);
      expect(interval.low).toBeCloseTo(Math.max(0, naive.low), 3);
      expect(interval.high).toBeCloseTo(Math.min(1, naive.high), 3);
    }
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('the t-interval of the mean matches mean ± t·s/√n', () => {
    const values = [0.2, 0.4, 0.4, 0.5, 0.9, 1, 0.3, 0.6, 0.7, 0.1, 0.8]; // n = 11, df = 10
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const s = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1));
    const half = (2.228138852 * s) / Math.sqrt(values.length);
    const interval = meanConfidenceInterval(values.reduce(addToMoments, emptyMoments()))!;
    expect(interval.low).toBeCloseTo(mean - half, 9);
    expect(interval.high).toBeCloseTo(mean + half, 9);
    expect(meanConfidenceInterval(addToMoments(emptyMoments(), 1))).toBeNull();
  });
});

describe('moments and summarize', () => {
  it('merged moments equal those of the union, even with a large offset', () => {
    const offset = 1e9;
    const a = [1, 2, 3, 4].map((v) => v + offset);
    const b = [10, 20].map((v) => v + offset);
    const merged = mergeMoments(
      a.reduce(addToMoments, emptyMoments()),
      b.reduce(addToMoments, emptyMoments()),
    );
    const all = [...a, ...b];
    const mean = all.reduce((x, y) => x + y, 0) / all.length;
    const m2 = all.reduce((x, v) => x + (v - mean) ** 2, 0);
    expect(merged.n).toBe(6);
    expect(merged.mean).toBeCloseTo(mean, 6);
    expect(merged.m2).toBeCloseTo(m2, 6);
  });

  it('summarize reports count, mean, sample stdev, extremes, interpolated median and CI', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6];
    const mean = 31 / 8;
    const stdev = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / 7);
    const summary = summarize(values);
    expect(summary).toMatchObject({ count: 8, min: 1, max: 9, p50: 3.5 });
    expect(summary.mean).toBeCloseTo(mean, 12);
    expect(summary.stdev).toBeCloseTo(stdev, 12);
    const half = (2.364624252 * stdev) / Math.sqrt(8); // t(0.975, 7)
    expect(summary.meanCi95!.low).toBeCloseTo(mean - half, 8);
    expect(summarize([])).toEqual({
      count: 0,
      mean: null,
      stdev: null,
      min: null,
      max: null,
      p50: null,
      meanCi95: null,
    });
    expect(summarize([2])).toMatchObject({ count: 1, mean: 2, stdev: null, p50: 2, meanCi95: null });
  });

  it('percentile interpolates linearly between closest ranks', () => {
    expect(percentile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(percentile([10, 20, 30, 40], 0.95)).toBeCloseTo(38.5, 12);
    expect(percentile([], 0.5)).toBeNull();
  });
});
