import { describe, expect, it } from 'vitest';
import { boundedMeanInterval, wilsonInterval } from '../../src/metrics/intervals.js';
import { addToMoments, emptyMoments, type Moments } from '../../src/metrics/moments.js';
import { seededRandom } from '../../src/metrics/seededRandom.js';

/**
 * How often the 95% interval of a mean covers the true mean, measured: thousands of synthetic runs
 * of 0-1 scores from Bernoulli and Beta distributions with means near 0, 0.5 and 1, n from 5 to
 * 2,000, with a fixed seed (the figures are in the README, "How intervals are made").
 */
const random = seededRandom(27);

function normal(): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Marsaglia and Tsang's gamma sampler (shape < 1 boosted by U^(1/shape)). */
function gamma(shape: number): number {
  if (shape < 1) return gamma(shape + 1) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal();
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

const beta = (a: number, b: number) => () => {
  const x = gamma(a);
  return x / (x + gamma(b));
};
const bernoulli = (p: number) => () => (random() < p ? 1 : 0);

const distributions = [
  { name: 'Bernoulli(0.05)', mean: 0.05, draw: bernoulli(0.05) },
  { name: 'Bernoulli(0.5)', mean: 0.5, draw: bernoulli(0.5) },
  { name: 'Bernoulli(0.95)', mean: 0.95, draw: bernoulli(0.95) },
  { name: 'Beta(0.25, 4.75)', mean: 0.05, draw: beta(0.25, 4.75) },
  { name: 'Beta(2.5, 2.5)', mean: 0.5, draw: beta(2.5, 2.5) },
  { name: 'Beta(4.75, 0.25)', mean: 0.95, draw: beta(4.75, 0.25) },
  { name: 'Beta(1, 1)', mean: 0.5, draw: beta(1, 1) },
];
const sizes = [5, 10, 30, 100, 500, 2000];
const RUNS = 1000;
const range = { low: 0, high: 1 };

describe('the interval of a mean on a known scale', () => {
  it('covers the true mean 93-97% of the time from 30 items, at least 90% below, and never leaves the scale', () => {
    const table: string[] = [];
    const results: { name: string; n: number; coverage: number }[] = [];
    for (const { name, mean, draw } of distributions) {
      const row: string[] = [];
      for (const n of sizes) {
        let covered = 0;
        for (let run = 0; run < RUNS; run++) {
          let moments: Moments = emptyMoments();
          for (let i = 0; i < n; i++) moments = addToMoments(moments, draw());
          const { interval } = boundedMeanInterval(moments, range);
          expect(interval!.low).toBeGreaterThanOrEqual(0);
          expect(interval!.high).toBeLessThanOrEqual(1);
          if (interval!.low <= mean && mean <= interval!.high) covered++;
        }
        const coverage = (100 * covered) / RUNS;
        row.push(`${n}: ${coverage.toFixed(1)}%`);
        results.push({ name, n, coverage });
      }
      table.push(`${name.padEnd(17)} ${row.join('  ')}`);
    }
    console.log(`coverage of 95% mean intervals, ${RUNS} runs each:\n${table.join('\n')}`);
    for (const { name, n, coverage } of results) {
      if (n >= 30) {
        expect(coverage, `${name}, n=${n}`).toBeGreaterThanOrEqual(93);
        expect(coverage, `${name}, n=${n}`).toBeLessThanOrEqual(97);
      } else {
        expect(coverage, `${name}, n=${n}`).toBeGreaterThanOrEqual(90);
      }
    }
  });

  it("gives 0/1 scores exactly the pass rate's Wilson interval, and six equal scores a real width", () => {
    const ofScores = (scores: number[]) => scores.reduce(addToMoments, emptyMoments());
    const exact = boundedMeanInterval(ofScores([1, 1, 0, 1, 1, 1]), range);
    expect(exact).toEqual({ interval: wilsonInterval(5, 6), method: 'wilson' });
    const allOnes = boundedMeanInterval(ofScores([1, 1, 1, 1, 1, 1]), range);
    expect(allOnes.interval!.low).toBeCloseTo(0.61, 2);
    expect(allOnes.interval!.high).toBe(1);
    const allHalf = boundedMeanInterval(ofScores([0.5, 0.5, 0.5, 0.5, 0.5, 0.5]), range).interval!;
    expect(allHalf.high - allHalf.low).toBeGreaterThan(0.2);
    // On a scale of 1-10 the same rule holds, rescaled.
    const tenPoint = boundedMeanInterval(ofScores([10, 10, 1, 10, 10, 10]), { low: 1, high: 10 });
    const wilson = wilsonInterval(5, 6)!;
    expect(tenPoint.interval!.low).toBeCloseTo(1 + 9 * wilson.low, 12);
    expect(tenPoint.interval!.high).toBeCloseTo(1 + 9 * wilson.high, 12);
  });

  it("says Student's t where the scale is undeclared", () => {
    const moments = [0.2, 0.9, 1.4].reduce(addToMoments, emptyMoments());
    expect(boundedMeanInterval(moments, null).method).toBe('t');
  });
});
