import { bootstrapInterval } from './bootstrap.js';
import type { Interval } from './intervals.js';

/**
 * How well a judge agrees with people: Spearman's rank correlation for scores, Cohen's kappa for
 * verdicts and ordinal scales (quadratic weights where the order matters), a pass/fail confusion
 * matrix, and the items where they disagree most. Intervals are 95% percentile bootstraps over
 * items (`bootstrap.ts`), the one method for all of them.
 */
export interface LabelledScore {
  item_id: string;
  judge: number;
  human: number;
}

export interface Coefficient {
  value: number | null;
  ci95: Interval | null;
}

export type KappaWeights = 'none' | 'linear' | 'quadratic';

export interface Calibration {
  items: number;
  spearman: Coefficient;
  cohen_kappa: Coefficient & { weights: KappaWeights };
  /** Rows: the human's verdict; columns: the judge's. Present when a threshold says what passes. */
  confusion: { pass_pass: number; pass_fail: number; fail_pass: number; fail_fail: number } | null;
  /** The largest |judge − human| first. */
  disagreements: Array<LabelledScore & { difference: number }>;
}

/** Ranks from 1, ties given the mean of the ranks they span (as scipy's `rankdata`). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!.index] = rank;
    start = end + 1;
  }
  return ranks;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const meanX = x.reduce((a, b) => a + b, 0) / n;
  const meanY = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - meanX) * (y[i]! - meanY);
    sxx += (x[i]! - meanX) ** 2;
    syy += (y[i]! - meanY) ** 2;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho; NaN when either side does not vary. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  if (x.length < 2) return Number.NaN;
  return pearson(averageRanks(x), averageRanks(y));
}

/**
 * Cohen's kappa between two raters' labels, with weights over the labels' sorted order (as
 * scikit-learn's `cohen_kappa_score`): 'quadratic' for ordinal scales, 'none' for nominal verdicts.
 */
export function cohenKappa<T extends string | number>(
  a: readonly T[],
  b: readonly T[],
  weights: KappaWeights,
): number {
  const labels = [...new Set([...a, ...b])].sort((p, q) =>
    typeof p === 'number' && typeof q === 'number'
      ? p - q
      : String(p) < String(q)
        ? -1
        : String(p) > String(q)
          ? 1
          : 0,
  );
  const k = labels.length;
  const position = new Map(labels.map((label, index) => [label, index]));
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  a.forEach((label, i) => observed[position.get(label)!]![position.get(b[i]!)!]!++);
  const rows = observed.map((row) => row.reduce((s, v) => s + v, 0));
  const columns = labels.map((_, j) => observed.reduce((s, row) => s + row[j]!, 0));
  const total = a.length;
  let weightedObserved = 0;
  let weightedExpected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w =
        weights === 'none' ? (i === j ? 0 : 1) : weights === 'linear' ? Math.abs(i - j) : (i - j) ** 2;
      weightedObserved += w * observed[i]![j]!;
      weightedExpected += (w * rows[i]! * columns[j]!) / total;
    }
  }
  return weightedExpected === 0 ? Number.NaN : 1 - weightedObserved / weightedExpected;
}

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

/**
 * A judge against human labels. `threshold` (the evaluator's) turns scores into pass/fail for the
 * confusion matrix; kappa is over the scores themselves when the scale is ordinal (few distinct
 * values), quadratic-weighted, else over pass/fail.
 */
export function calibrate(
  pairs: readonly LabelledScore[],
  options: { threshold: number | null; ordinal: boolean; disagreements?: number },
): Calibration {
  const judge = pairs.map((p) => p.judge);
  const human = pairs.map((p) => p.human);
  const n = pairs.length;
  const { threshold } = options;
  const weights: KappaWeights = options.ordinal ? 'quadratic' : 'none';
  const kappaLabels = (values: readonly number[], indices: readonly number[]): Array<number | string> =>
    indices.map((i) =>
      options.ordinal || threshold === null ? values[i]! : values[i]! >= threshold ? 'pass' : 'fail',
    );
  const kappaOn = (indices: number[]): number =>
    cohenKappa(kappaLabels(human, indices), kappaLabels(judge, indices), weights);
  const all = pairs.map((_, i) => i);
  let confusion: Calibration['confusion'] = null;
  if (threshold !== null) {
    confusion = { pass_pass: 0, pass_fail: 0, fail_pass: 0, fail_fail: 0 };
    for (const pair of pairs) {
      const key =
        `${pair.human >= threshold ? 'pass' : 'fail'}_${pair.judge >= threshold ? 'pass' : 'fail'}` as const;
      confusion[key]++;
    }
  }
  return {
    items: n,
    spearman: {
      value: finite(spearman(judge, human)),
      ci95: bootstrapInterval(n, (indices) =>
        spearman(
          indices.map((i) => judge[i]!),
          indices.map((i) => human[i]!),
        ),
      ),
    },
    cohen_kappa: { value: finite(kappaOn(all)), ci95: bootstrapInterval(n, kappaOn), weights },
    confusion,
    disagreements: pairs
      .map((pair) => ({ ...pair, difference: Math.abs(pair.judge - pair.human) }))
      .filter((pair) => pair.difference > 0)
      .sort((p, q) => q.difference - p.difference || (p.item_id < q.item_id ? -1 : 1))
      .slice(0, options.disagreements ?? 10),
  };
}
