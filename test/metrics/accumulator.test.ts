import { describe, expect, it } from 'vitest';
import { metricSummarySchema } from '../../src/domain/runs.js';
import {
  addObservation,
  addObservations,
  emptyAccumulator,
  finalizeMetrics,
  mergeAccumulators,
  type MetricAccumulator,
  type Observation,
} from '../../src/metrics/accumulator.js';
import {
  addPairedScores,
  emptyPairedAccumulator,
  finalizePairedDifference,
  mergePairedAccumulators,
} from '../../src/metrics/paired.js';
import { addToSketch, emptyLatencySketch, emptyScoreSketch } from '../../src/metrics/quantileSketch.js';
import { seededRandom } from '../../src/metrics/seededRandom.js';

// Naive statistics over raw arrays, written independently of src/metrics.
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const stdev = (xs: number[]) => Math.sqrt(xs.reduce((a, v) => a + (v - mean(xs)) ** 2, 0) / (xs.length - 1));
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * q;
  const lo = Math.floor(rank);
  return sorted[lo]! + (rank - lo) * (sorted[Math.ceil(rank)]! - sorted[lo]!);
}

function observations(count: number, seed: number, scoreOf: (r: () => number) => number): Observation[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (): Observation => {
    const roll = random();
    const latencyMs = Math.round(50 + random() * random() * 5000);
    const tokens = { input: Math.floor(random() * 500), output: Math.floor(random() * 100) };
    if (roll < 0.05) return { status: 'error', latencyMs, tokens, spendUsd: 0.001 };
    if (roll < 0.08) return { status: 'unscored' };
    const score = scoreOf(random);
    return { status: 'scored', score, passed: score >= 0.6, latencyMs, tokens, spendUsd: 0.002 };
  });
}

const accumulate = (obs: Observation[]) => addObservations(emptyAccumulator(), obs);

describe('MetricAccumulator', () => {
  const all = observations(2000, 7, (r) => r());
  const context = { evaluatorId: 'evl_1', model: 'openai/gpt-4o-mini', unpaired: 3 };

  it('matches naive statistics over the raw observations', () => {
    const summary = finalizeMetrics(accumulate(all), context);
    const scored = all.filter((o) => o.status === 'scored');
    const scores = scored.map((o) => o.score!);
    const latencies = all.flatMap((o) => (o.latencyMs === undefined ? [] : [o.latencyMs]));
    const passed = scored.filter((o) => o.passed).length;

    expect(metricSummarySchema.parse(summary)).toEqual(summary);
    expect(summary).toMatchObject({
      evaluator_id: 'evl_1',
      model: 'openai/gpt-4o-mini',
      count: 2000,
      scored: scored.length,
      errors: all.filter((o) => o.status === 'error').length,
      unscored: all.filter((o) => o.status === 'unscored').length,
      unpaired: 3,
      min: Math.min(...scores),
      max: Math.max(...scores),
      passed,
      tokens: {
        input: all.reduce((a, o) => a + (o.tokens?.input ?? 0), 0),
        output: all.reduce((a, o) => a + (o.tokens?.output ?? 0), 0),
      },
    });
    expect(summary.mean).toBeCloseTo(mean(scores), 12);
    expect(summary.stdev).toBeCloseTo(stdev(scores), 12);
    expect(summary.spend_usd).toBeCloseTo(
      all.reduce((a, o) => a + (o.spendUsd ?? 0), 0),
      12,
    );
    // The sketch's median of continuous [0, 1] scores is within ±0.01 (by design ±0.005).
    expect(Math.abs(summary.p50! - quantile(scores, 0.5))).toBeLessThan(0.005);
    expect(summary.pass_rate).toBeCloseTo(passed / scored.length, 12);
    const half = (1.961 * stdev(scores)) / Math.sqrt(scores.length); // t(0.975, ~1900) ≈ 1.961
    expect(summary.mean_ci95!.high - summary.mean_ci95!.low).toBeCloseTo(2 * half, 4);
    // Latency buckets are 4% wide: percentiles are within that of the exact ones.
    expect(summary.latency_ms.p50! / quantile(latencies, 0.5)).toBeCloseTo(1, 1);
    expect(Math.abs(summary.latency_ms.p95! / quantile(latencies, 0.95) - 1)).toBeLessThan(0.04);
  });

  it('adding a batch at once equals adding its observations one by one', () => {
    const batch = all.slice(0, 300);
    expect(addObservations(emptyAccumulator(), batch)).toEqual(
      batch.reduce(addObservation, emptyAccumulator()),
    );
  });

  it('merging batch accumulators, in any order, equals accumulating the union', () => {
    const batches = [all.slice(0, 333), all.slice(333, 1000), all.slice(1000, 1001), all.slice(1001)];
    const parts = batches.map((batch) => accumulate(batch));
    const forward = parts.reduce(mergeAccumulators, emptyAccumulator());
    const backward = [...parts].reverse().reduce(mergeAccumulators, emptyAccumulator());
    const whole = finalizeMetrics(accumulate(all), context);
    for (const merged of [forward, backward]) {
      const summary = finalizeMetrics(merged, context);
      expect(summary).toMatchObject({
        count: whole.count,
        scored: whole.scored,
        errors: whole.errors,
        unscored: whole.unscored,
        min: whole.min,
        max: whole.max,
        passed: whole.passed,
        tokens: whole.tokens,
        pass_rate_ci95: whole.pass_rate_ci95,
      });
      for (const key of ['mean', 'stdev', 'p50', 'pass_rate', 'spend_usd'] as const) {
        expect(summary[key]).toBeCloseTo(whole[key]!, 12);
      }
      expect(summary.mean_ci95!.low).toBeCloseTo(whole.mean_ci95!.low, 12);
      expect(summary.latency_ms.p50).toBeCloseTo(whole.latency_ms.p50!, 9);
      expect(summary.latency_ms.p95).toBeCloseTo(whole.latency_ms.p95!, 9);
    }
  });

  it('survives a JSON round trip between batches', () => {
    const first = JSON.parse(JSON.stringify(accumulate(all.slice(0, 500)))) as MetricAccumulator;
    const second = JSON.parse(JSON.stringify(accumulate(all.slice(500)))) as MetricAccumulator;
    const merged = finalizeMetrics(mergeAccumulators(first, second), context);
    expect(merged.mean).toBeCloseTo(finalizeMetrics(accumulate(all), context).mean!, 12);
  });

  it('is exact for the discrete scores judges usually give', () => {
    const scores = [0, 0.25, 0.5, 0.5, 0.75, 1, 1, 0.25, 0.5];
    const summary = finalizeMetrics(accumulate(scores.map((score) => ({ status: 'scored', score }))), {
      ...context,
      unpaired: 0,
    });
    expect(summary.p50).toBe(quantile(scores, 0.5));
    expect(summary.pass_rate).toBeNull();
    expect(summary.pass_rate_ci95).toBeNull();
  });

  it('handles scores on other scales and of either sign', () => {
    const custom = observations(3000, 11, (r) => Math.round((r() * 20 - 5) * 1000) / 1000);
    const scores = custom.filter((o) => o.status === 'scored').map((o) => o.score!);
    const summary = finalizeMetrics(accumulate(custom), context);
    expect(summary.mean).toBeCloseTo(mean(scores), 10);
    expect(Math.abs(summary.p50! - quantile(scores, 0.5))).toBeLessThan(
      0.02 * Math.abs(quantile(scores, 0.5)),
    );
  });

  it('reports nothing it does not know', () => {
    const summary = finalizeMetrics(emptyAccumulator(), context);
    expect(summary).toMatchObject({
      count: 0,
      mean: null,
      stdev: null,
      min: null,
      max: null,
      p50: null,
      mean_ci95: null,
      pass_rate: null,
      latency_ms: { p50: null, p95: null },
    });
    const onlyErrors = finalizeMetrics(accumulate([{ status: 'error' }, { status: 'unscored' }]), context);
    expect(onlyErrors).toMatchObject({ count: 2, errors: 1, unscored: 1, scored: 0, mean: null });
  });

  it('rejects a scored observation without a finite score', () => {
    expect(() => addObservation(emptyAccumulator(), { status: 'scored' })).toThrow(RangeError);
    expect(() => addObservation(emptyAccumulator(), { status: 'scored', score: Number.NaN })).toThrow(
      RangeError,
    );
  });

  it('stays bounded however many distinct values it sees', () => {
    const random = seededRandom(3);
    const scores = addToSketch(emptyScoreSketch(), Array.from({ length: 20_000 }, random));
    const latencies = addToSketch(
      emptyLatencySketch(),
      Array.from({ length: 20_000 }, () => 1 + random() * 600_000),
    );
    expect(Object.keys(scores.buckets).length).toBeLessThanOrEqual(200);
    expect(Object.keys(latencies.buckets).length).toBeLessThanOrEqual(340);
  });
});

describe('PairedAccumulator', () => {
  it('gives the mean difference and its t-interval, merged across batches', () => {
    const random = seededRandom(5);
    const pairs = Array.from({ length: 40 }, () => {
      const scoreA = random();
      return { scoreA, scoreB: Math.min(1, scoreA + random() * 0.2) };
    });
    const differences = pairs.map((p) => p.scoreB - p.scoreA);
    const merged = mergePairedAccumulators(
      pairs.slice(0, 15).reduce(addPairedScores, emptyPairedAccumulator()),
      pairs.slice(15).reduce(addPairedScores, emptyPairedAccumulator()),
    );
    const result = finalizePairedDifference(merged, { evaluatorId: 'evl_1', modelA: 'a', modelB: 'b' });
    const half = (2.022690901 * stdev(differences)) / Math.sqrt(40); // t(0.975, 39)
    expect(result).toMatchObject({ evaluator_id: 'evl_1', model_a: 'a', model_b: 'b', n: 40 });
    expect(result.mean_difference).toBeCloseTo(mean(differences), 12);
    expect(result.ci95!.low).toBeCloseTo(mean(differences) - half, 8);
    expect(result.ci95!.high).toBeCloseTo(mean(differences) + half, 8);
    expect(
      finalizePairedDifference(emptyPairedAccumulator(), { evaluatorId: 'e', modelA: 'a', modelB: 'b' }),
    ).toEqual({ evaluator_id: 'e', model_a: 'a', model_b: 'b', mean_difference: null, ci95: null, n: 0 });
  });
});
