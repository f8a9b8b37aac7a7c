import { describe, expect, it } from 'vitest';
import { addToSketch, emptyScoreSketch } from '../../src/metrics/quantileSketch.js';
import { HISTOGRAM_BINS, scoreHistogram } from '../../src/metrics/scoreHistogram.js';

const histogramOf = (scores: number[]) =>
  scoreHistogram(addToSketch(emptyScoreSketch(), scores), Math.min(...scores), Math.max(...scores));

describe('the score histogram read from the score sketch', () => {
  it('bins judge scores in [0, 1] exactly: twenty 0.05-wide bins, 1.0 in the last', () => {
    const scores = [0, 0.02, 0.05, 0.5, 0.5, 0.74, 0.99, 1];
    const bins = histogramOf(scores);
    expect(bins).toHaveLength(HISTOGRAM_BINS);
    expect(bins[0]).toMatchObject({ low: 0, high: 0.05, count: 2 });
    expect(bins[1]!.count).toBe(1);
    expect(bins[10]!.count).toBe(2);
    expect(bins[14]!.count).toBe(1);
    expect(bins[19]).toMatchObject({ high: 1, count: 2 });
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(scores.length);
  });

  it('spreads other scales over [min, max], counting every score once', () => {
    const scores = Array.from({ length: 100 }, (_, i) => 1 + i * 0.9);
    const bins = histogramOf(scores);
    expect(bins[0]!.low).toBe(1);
    expect(bins.at(-1)!.high).toBeCloseTo(90.1, 9);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(100);
    // Evenly spread values: every bin holds about a twentieth (log buckets blur edges a little).
    for (const bin of bins) expect(bin.count).toBeGreaterThanOrEqual(3);
  });

  it('is empty before any score, and one bin holds a constant score', () => {
    expect(scoreHistogram(emptyScoreSketch(), null, null)).toEqual([]);
    const constant = histogramOf([3, 3, 3]);
    expect(constant.reduce((n, b) => n + b.count, 0)).toBe(3);
  });
});
