import { bootstrapInterval } from './bootstrap.js';
import { wilsonInterval, type Interval } from './intervals.js';

/**
 * How well a judge agrees with people: Spearman's rank correlation for scores, Cohen's kappa for
 * verdicts and ordinal scales (quadratic weights where the order matters), a pass/fail confusion
 * matrix, and the items where they disagree most. Intervals are 95% percentile bootstraps over
 * items (`bootstrap.ts`), the one method for all of them.
 */
/** One labelled item: what the judge gave it (a scored result) and what a person said. */
export interface LabelledResult {
  item_id: string;
  judge: number;
  judge_passed: boolean | null;
  human: number | null;
  human_passed: boolean | null;
}

export interface Coefficient {
  value: number | null;
  ci95: Interval | null;
}

export type KappaWeights = 'none' | 'linear' | 'quadratic';

export interface Calibration {
  items: number;
  spearman: Coefficient;
  cohen_kappa: Coefficient & { weights: KappaWeights; over: 'scores' | 'verdicts' };
  verdict_agreement: { items: number; rate: number | null; ci95: Interval | null };
  /** Rows: the human's verdict; columns: the judge's. */
  confusion: { pass_pass: number; pass_fail: number; fail_pass: number; fail_fail: number } | null;
  /** The largest |judge − human| first, then differing verdicts. */
  disagreements: Array<{
    item_id: string;
    judge: number;
    human: number | null;
    judge_passed: boolean | null;
    human_passed: boolean | null;
  }>;
}

/** A scale with this many distinct values or fewer is read as ordinal (kappa over the scores). */
export const ORDINAL_MAX_VALUES = 11;

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
 * A judge against human labels. Scores on both sides give Spearman's rho; kappa is quadratic
 * over the scores where the scale is ordinal (few distinct values), else unweighted over pass/fail
 * verdicts (the human's `passed`, or their score against the evaluator's threshold).
 */
export function calibrate(
  rows: readonly LabelledResult[],
  options: { threshold: number | null; disagreements?: number },
): Calibration {
  const { threshold } = options;
  const humanVerdict = (row: LabelledResult): boolean | null =>
    row.human_passed ?? (row.human !== null && threshold !== null ? row.human >= threshold : null);
  const scored = rows.filter((row): row is LabelledResult & { human: number } => row.human !== null);
  const judged = scored.map((row) => row.judge);
  const human = scored.map((row) => row.human);
  const spearmanOn = (indices: number[]): number =>
    spearman(
      indices.map((i) => judged[i]!),
      indices.map((i) => human[i]!),
    );

  const verdicts = rows.flatMap((row) => {
    const h = humanVerdict(row);
    return h === null || row.judge_passed === null ? [] : [{ human: h, judge: row.judge_passed }];
  });
  const distinct = new Set([...judged, ...human]).size;
  const ordinal = scored.length > 0 && distinct <= ORDINAL_MAX_VALUES;
  const kappaOn = ordinal
    ? (indices: number[]) =>
        cohenKappa(
          indices.map((i) => human[i]!),
          indices.map((i) => judged[i]!),
          'quadratic',
        )
    : (indices: number[]) =>
        cohenKappa(
          indices.map((i) => String(verdicts[i]!.human)),
          indices.map((i) => String(verdicts[i]!.judge)),
          'none',
        );
  const kappaItems = ordinal ? scored.length : verdicts.length;
  const agreeing = verdicts.filter((v) => v.human === v.judge).length;

  let confusion: Calibration['confusion'] = null;
  if (verdicts.length > 0) {
    confusion = { pass_pass: 0, pass_fail: 0, fail_pass: 0, fail_fail: 0 };
    for (const v of verdicts) confusion[`${v.human ? 'pass' : 'fail'}_${v.judge ? 'pass' : 'fail'}`]++;
  }
  const difference = (row: LabelledResult): number =>
    row.human === null ? 0 : Math.abs(row.judge - row.human);
  const verdictsDiffer = (row: LabelledResult): boolean => {
    const h = humanVerdict(row);
    return h !== null && row.judge_passed !== null && h !== row.judge_passed;
  };
  return {
    items: rows.length,
    spearman: {
      value: finite(spearmanOn(scored.map((_, i) => i))),
      ci95: bootstrapInterval(scored.length, spearmanOn),
    },
    cohen_kappa: {
      value: kappaItems > 0 ? finite(kappaOn(Array.from({ length: kappaItems }, (_, i) => i))) : null,
      ci95: bootstrapInterval(kappaItems, kappaOn),
      weights: ordinal ? 'quadratic' : 'none',
      over: ordinal ? 'scores' : 'verdicts',
    },
    verdict_agreement: {
      items: verdicts.length,
      rate: verdicts.length > 0 ? agreeing / verdicts.length : null,
      ci95: wilsonInterval(agreeing, verdicts.length),
    },
    confusion,
    disagreements: rows
      .filter((row) => difference(row) > 0 || verdictsDiffer(row))
      .sort(
        (p, q) =>
          difference(q) - difference(p) ||
          Number(verdictsDiffer(q)) - Number(verdictsDiffer(p)) ||
          (p.item_id < q.item_id ? -1 : 1),
      )
      .slice(0, options.disagreements ?? 10)
      .map(({ item_id, judge, human, judge_passed, human_passed }) => ({
        item_id,
        judge,
        human,
        judge_passed,
        human_passed,
      })),
  };
}
