import { describe, expect, it } from 'vitest';
import { meanConfidenceInterval, wilsonInterval } from '../../src/metrics/intervals.js';
import { addToMoments, emptyMoments, mergeMoments, sampleVariance } from '../../src/metrics/moments.js';
import {
  addPairedScores,
  emptyPairedAccumulator,
  finalizePairedDifference,
  mergePairedAccumulators,
} from '../../src/metrics/paired.js';
import { summarize } from '../../src/metrics/summarize.js';

/** Pure: the edges of the statistics a run reports (statistics.test.ts checks the values). */

const momentsOf = (values: number[]) => values.reduce(addToMoments, emptyMoments());

describe('moments', () => {
  it('merging with an empty side is the identity, and returns a copy, not the same object', () => {
    const a = momentsOf([1, 2, 4]);
    const left = mergeMoments(emptyMoments(), a);
    const right = mergeMoments(a, emptyMoments());
    expect(left).toEqual(a);
    expect(right).toEqual(a);
    expect(left).not.toBe(a);
    expect(right).not.toBe(a);
    expect(mergeMoments(emptyMoments(), emptyMoments())).toEqual(emptyMoments());
  });

  it('merging is order-free: any split and any order give the moments of the whole', () => {
    const values = [0.1, 0.9, 0.5, 0.5, 0.3, 0.7, 1, 0, 0.25, 0.75];
    const whole = momentsOf(values);
    for (let cut = 0; cut <= values.length; cut++) {
      const a = momentsOf(values.slice(0, cut));
      const b = momentsOf(values.slice(cut));
      for (const merged of [mergeMoments(a, b), mergeMoments(b, a)]) {
        expect(merged.n).toBe(whole.n);
        expect(merged.mean).toBeCloseTo(whole.mean, 14);
        expect(merged.m2).toBeCloseTo(whole.m2, 13);
      }
    }
  });

  it('variance needs two values; a constant series has none, and rounding never makes it negative', () => {
    expect(sampleVariance(emptyMoments())).toBeNull();
    expect(sampleVariance(momentsOf([5]))).toBeNull();
    expect(sampleVariance(momentsOf([0.1, 0.1, 0.1, 0.1]))).toBe(0);
    expect(sampleVariance({ n: 3, mean: 1, m2: -1e-18 })).toBe(0);
    expect(sampleVariance(momentsOf([1, 3]))).toBe(2);
  });
});

describe('intervals at their edges', () => {
  it('the mean interval of a constant series is the point itself', () => {
    expect(meanConfidenceInterval(momentsOf([0.7, 0.7, 0.7]))).toEqual({ low: 0.7, high: 0.7 });
  });

  it('the mean interval of two values is wide (t with one degree of freedom), and centred', () => {
    const interval = meanConfidenceInterval(momentsOf([0, 1]))!;
    // s = √0.5, se = 0.5, t(0.975, 1) = 12.706.
    expect(interval.low).toBeCloseTo(0.5 - 12.7062 * 0.5, 3);
    expect(interval.high).toBeCloseTo(0.5 + 12.7062 * 0.5, 3);
  });

  it('Wilson stays inside [0, 1], contains the observed rate, and narrows as n grows', () => {
    let previousWidth = Infinity;
    for (const n of [2, 4, 10, 100, 1000, 100_000]) {
      for (const k of [0, Math.floor(n / 3), n]) {
        const { low, high } = wilsonInterval(k, n)!;
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        // Within rounding: at k = n the upper bound computes to 1 − 1e-16.
        expect(low).toBeLessThanOrEqual(k / n + 1e-12);
        expect(high).toBeGreaterThanOrEqual(k / n - 1e-12);
      }
      const { low, high } = wilsonInterval(n / 2, n)!;
      expect(high - low).toBeLessThan(previousWidth);
      previousWidth = high - low;
    }
    // All successes: the interval reaches 1 but does not collapse onto it.
    const allPass = wilsonInterval(10, 10)!;
    expect(allPass.high).toBeCloseTo(1, 12);
    expect(allPass.low).toBeCloseTo(0.7225, 4);
    expect(wilsonInterval(0, -1)).toBeNull();
  });
});

describe('paired differences at their edges', () => {
  const context = { evaluatorId: 'evl', modelA: 'a', modelB: 'b' };

  it('is score_b − score_a: a better model B gives a positive difference', () => {
    const acc = [
      { scoreA: 0.2, scoreB: 0.5 },
      { scoreA: 0.4, scoreB: 0.9 },
    ].reduce(addPairedScores, emptyPairedAccumulator());
    expect(finalizePairedDifference(acc, context).mean_difference).toBeCloseTo(0.4, 12);
  });

  it('one pair gives a difference without an interval; identical differences a zero-width one', () => {
    const one = addPairedScores(emptyPairedAccumulator(), { scoreA: 1, scoreB: 0 });
    expect(finalizePairedDifference(one, context)).toMatchObject({ mean_difference: -1, ci95: null, n: 1 });
    const same = [0, 0.25, 0.5].map((a) => ({ scoreA: a, scoreB: a + 0.5 }));
    const result = finalizePairedDifference(same.reduce(addPairedScores, emptyPairedAccumulator()), context);
    expect(result.mean_difference).toBeCloseTo(0.5, 12);
    expect(result.ci95!.high - result.ci95!.low).toBeCloseTo(0, 12);
  });

  it('merging an empty batch changes nothing', () => {
    const acc = addPairedScores(emptyPairedAccumulator(), { scoreA: 0.1, scoreB: 0.3 });
    expect(mergePairedAccumulators(acc, emptyPairedAccumulator())).toEqual(acc);
    expect(mergePairedAccumulators(emptyPairedAccumulator(), acc)).toEqual(acc);
  });

  it('refuses a non-finite score rather than poisoning the run’s totals with NaN', () => {
    for (const scores of [
      { scoreA: NaN, scoreB: 1 },
      { scoreA: 0, scoreB: Infinity },
      { scoreA: -Infinity, scoreB: 0 },
    ]) {
      expect(() => addPairedScores(emptyPairedAccumulator(), scores)).toThrow(RangeError);
    }
  });
});

describe('summarize at its edges', () => {
  it('an empty list has a count of 0 and nothing else', () => {
    expect(summarize([])).toEqual({
      count: 0,
      mean: null,
      stdev: null,
      min: null,
      max: null,
      p50: null,
      meanCi95: null,
    });
  });

  it('one value is its own mean, median and extremes, without spread or interval', () => {
    expect(summarize([0.4])).toEqual({
      count: 1,
      mean: 0.4,
      stdev: null,
      min: 0.4,
      max: 0.4,
      p50: 0.4,
      meanCi95: null,
    });
  });

  it('sorts numerically, not as strings, and does not reorder the caller’s list', () => {
    const values = [10, 9, 100, 2];
    const summary = summarize(values);
    expect(summary).toMatchObject({ min: 2, max: 100, p50: 9.5 });
    expect(values).toEqual([10, 9, 100, 2]);
  });
});
