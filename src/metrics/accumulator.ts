import type { MetricSummary } from '../domain/runs.js';
import { boundedMeanInterval, wilsonInterval } from './intervals.js';
import { scoreHistogram } from './scoreHistogram.js';
import { addToMoments, emptyMoments, mergeMoments, sampleVariance, type Moments } from './moments.js';
import {
  addToSketch,
  emptyLatencySketch,
  emptyScoreSketch,
  mergeSketches,
  sketchQuantile,
  type QuantileSketch,
} from './quantileSketch.js';

/**
 * The running metrics of one (evaluator, model): plain JSON that a batch builds from
 * its own results and the run merges, so totals never need a scan over all results.
 * Merging is associative and commutative (exactly for counts and sketches, up to
 * rounding for the moments), so batches may be merged in any order.
 */
export interface MetricAccumulator {
  /** Every observation: scored + unscored + errors. */
  count: number;
  scored: number;
  unscored: number;
  errors: number;
  /** Moments of the scores of scored observations. */
  score: Moments;
  min: number | null;
  max: number | null;
  /** Scored observations that passed, out of those with a pass/fail verdict (a threshold). */
  passed: number;
  withVerdict: number;
  tokens: { input: number; output: number };
  spendUsd: number;
  /** Unreadable judge replies, and items no reply could be read for (absent in older states). */
  parseFailures?: number;
  escalations?: number;
  unparseable?: number;
  scoreSketch: QuantileSketch;
  latencySketch: QuantileSketch;
}

export interface Observation {
  status: 'scored' | 'unscored' | 'error';
  /** Required when scored; ignored otherwise (an unscored item is never a zero). */
  score?: number;
  /** null or absent when the evaluator has no threshold. */
  passed?: boolean | null;
  latencyMs?: number;
  tokens?: { input: number; output: number };
  spendUsd?: number;
  /** Judge replies of this observation that could not be read. */
  parseFailures?: number;
  /** Re-asks of this observation's judge that escalated (JSON mode). */
  escalations?: number;
  /** No reply could be read: an error carrying the raw reply. */
  unparseable?: boolean;
}

export function emptyAccumulator(): MetricAccumulator {
  return {
    count: 0,
    scored: 0,
    unscored: 0,
    errors: 0,
    score: emptyMoments(),
    min: null,
    max: null,
    passed: 0,
    withVerdict: 0,
    tokens: { input: 0, output: 0 },
    spendUsd: 0,
    parseFailures: 0,
    escalations: 0,
    unparseable: 0,
    scoreSketch: emptyScoreSketch(),
    latencySketch: emptyLatencySketch(),
  };
}

/** Returns a new accumulator; the given one is left untouched. */
export function addObservation(acc: MetricAccumulator, obs: Observation): MetricAccumulator {
  return addObservations(acc, [obs]);
}

/** A batch's observations at once: the sketches are copied once rather than per observation. */
export function addObservations(
  acc: MetricAccumulator,
  observations: readonly Observation[],
): MetricAccumulator {
  const next: MetricAccumulator = { ...acc, tokens: { ...acc.tokens } };
  const scores: number[] = [];
  const latencies: number[] = [];
  for (const obs of observations) {
    next.count++;
    next.tokens.input += obs.tokens?.input ?? 0;
    next.tokens.output += obs.tokens?.output ?? 0;
    next.spendUsd += obs.spendUsd ?? 0;
    next.parseFailures = (next.parseFailures ?? 0) + (obs.parseFailures ?? 0);
    next.escalations = (next.escalations ?? 0) + (obs.escalations ?? 0);
    if (obs.unparseable) next.unparseable = (next.unparseable ?? 0) + 1;
    if (obs.latencyMs !== undefined) latencies.push(obs.latencyMs);
    if (obs.status === 'unscored') next.unscored++;
    if (obs.status === 'error') next.errors++;
    if (obs.status !== 'scored') continue;

    const score = obs.score;
    if (score === undefined || !Number.isFinite(score)) {
      throw new RangeError(`a scored observation needs a finite score, got ${score}`);
    }
    next.scored++;
    next.score = addToMoments(next.score, score);
    next.min = next.min === null ? score : Math.min(next.min, score);
    next.max = next.max === null ? score : Math.max(next.max, score);
    scores.push(score);
    if (obs.passed !== undefined && obs.passed !== null) {
      next.withVerdict++;
      if (obs.passed) next.passed++;
    }
  }
  next.scoreSketch = addToSketch(acc.scoreSketch, scores);
  next.latencySketch = addToSketch(acc.latencySketch, latencies);
  return next;
}

export function mergeAccumulators(a: MetricAccumulator, b: MetricAccumulator): MetricAccumulator {
  const extreme = (x: number | null, y: number | null, pick: (p: number, q: number) => number) =>
    x === null ? y : y === null ? x : pick(x, y);
  return {
    count: a.count + b.count,
    scored: a.scored + b.scored,
    unscored: a.unscored + b.unscored,
    errors: a.errors + b.errors,
    score: mergeMoments(a.score, b.score),
    min: extreme(a.min, b.min, Math.min),
    max: extreme(a.max, b.max, Math.max),
    passed: a.passed + b.passed,
    withVerdict: a.withVerdict + b.withVerdict,
    tokens: { input: a.tokens.input + b.tokens.input, output: a.tokens.output + b.tokens.output },
    spendUsd: a.spendUsd + b.spendUsd,
    parseFailures: (a.parseFailures ?? 0) + (b.parseFailures ?? 0),
    escalations: (a.escalations ?? 0) + (b.escalations ?? 0),
    unparseable: (a.unparseable ?? 0) + (b.unparseable ?? 0),
    scoreSketch: mergeSketches(a.scoreSketch, b.scoreSketch),
    latencySketch: mergeSketches(a.latencySketch, b.latencySketch),
  };
}

export function finalizeMetrics(
  acc: MetricAccumulator,
  context: {
    evaluatorId: string;
    model: string | null;
    unpaired: number;
    /** The evaluator's scale (null: undeclared); absent for plans made before scales. */
    range?: { low: number; high: number } | null;
  },
): MetricSummary {
  const variance = sampleVariance(acc.score);
  const range = context.range ?? null;
  const meanInterval = boundedMeanInterval(acc.score, range);
  return {
    evaluator_id: context.evaluatorId,
    model: context.model,
    count: acc.count,
    scored: acc.scored,
    errors: acc.errors,
    unscored: acc.unscored,
    unpaired: context.unpaired,
    mean: acc.scored > 0 ? acc.score.mean : null,
    stdev: variance === null ? null : Math.sqrt(variance),
    min: acc.min,
    max: acc.max,
    p50: sketchQuantile(acc.scoreSketch, 0.5),
    mean_ci95: meanInterval.interval,
    mean_ci95_method: meanInterval.method,
    score_range: range,
    passed: acc.passed,
    pass_rate: acc.withVerdict > 0 ? acc.passed / acc.withVerdict : null,
    pass_rate_ci95: wilsonInterval(acc.passed, acc.withVerdict),
    latency_ms: {
      p50: sketchQuantile(acc.latencySketch, 0.5),
      p95: sketchQuantile(acc.latencySketch, 0.95),
    },
    tokens: { input: acc.tokens.input, output: acc.tokens.output },
    spend_usd: acc.spendUsd,
    score_histogram: scoreHistogram(acc.scoreSketch, acc.min, acc.max),
    parse_failures: {
      replies: acc.parseFailures ?? 0,
      escalations: acc.escalations ?? 0,
      items: acc.unparseable ?? 0,
    },
  };
}
