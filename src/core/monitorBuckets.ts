import type { AlertRule, AlertWindow, MonitorPoint } from '../domain/monitors.js';
import { boundedMeanInterval, wilsonInterval } from '../metrics/intervals.js';
import { addToMoments, emptyMoments, mergeMoments, type Moments } from '../metrics/moments.js';

export const HOUR = 3600;
export const DAY = 86400;
export const hourOf = (seconds: number) => seconds - (seconds % HOUR);

/** What one hour of one evaluator's results adds up to: mergeable, so any range reads from hours. */
export interface BucketTotals {
  count: number;
  errors: number;
  moments: Moments;
  passed: number;
  /** Results with a pass/fail verdict (the pass rate's denominator). */
  judged: number;
  spend_usd: number;
}

export interface ScoredResult {
  evaluator_id: string;
  status: string;
  score: number | null;
  passed: boolean | null;
  spend_usd: number;
}

export const emptyTotals = (): BucketTotals => ({
  count: 0,
  errors: 0,
  moments: emptyMoments(),
  passed: 0,
  judged: 0,
  spend_usd: 0,
});

export function addResult(totals: BucketTotals, result: ScoredResult): BucketTotals {
  const next = { ...totals, count: totals.count + 1, spend_usd: totals.spend_usd + (result.spend_usd ?? 0) };
  if (result.status === 'error') return { ...next, errors: next.errors + 1 };
  if (result.score !== null && Number.isFinite(result.score))
    next.moments = addToMoments(next.moments, result.score);
  if (result.passed !== null) {
    next.judged += 1;
    if (result.passed) next.passed += 1;
  }
  return next;
}

export function mergeTotals(a: BucketTotals, b: BucketTotals): BucketTotals {
  return {
    count: a.count + b.count,
    errors: a.errors + b.errors,
    moments: mergeMoments(a.moments, b.moments),
    passed: a.passed + b.passed,
    judged: a.judged + b.judged,
    spend_usd: a.spend_usd + b.spend_usd,
  };
}

/** The totals of a set of results per key (one hour's, when stored as buckets). */
export function totalsBy<R extends ScoredResult>(
  results: Iterable<R>,
  keyOf: (result: R) => string,
): Map<string, BucketTotals> {
  const totals = new Map<string, BucketTotals>();
  for (const result of results) {
    const key = keyOf(result);
    totals.set(key, addResult(totals.get(key) ?? emptyTotals(), result));
  }
  return totals;
}

/** Per evaluator: the totals of a set of results. */
export const totalsByEvaluator = (results: Iterable<ScoredResult>) =>
  totalsBy(results, (r) => r.evaluator_id);

/** A point of the series; `range` is the evaluator's scale, which the mean's interval stays within (null: undeclared). */
export function pointOf(
  start: number,
  evaluatorId: string,
  totals: BucketTotals,
  range: { low: number; high: number } | null,
): MonitorPoint {
  const { moments } = totals;
  return {
    start,
    evaluator_id: evaluatorId,
    count: totals.count,
    scored: totals.count - totals.errors,
    errors: totals.errors,
    mean: moments.n > 0 ? moments.mean : null,
    mean_interval: boundedMeanInterval(moments, range).interval,
    passed: totals.passed,
    pass_rate: totals.judged > 0 ? totals.passed / totals.judged : null,
    pass_rate_interval: wilsonInterval(totals.passed, totals.judged),
    spend_usd: totals.spend_usd,
  };
}

/** A rule's metric: `<evaluator name>.<pass_rate|mean>` (evaluator names may contain dots). */
export function parseRuleMetric(metric: string): { evaluator: string; metric: string } {
  const dot = metric.lastIndexOf('.');
  return { evaluator: metric.slice(0, dot), metric: metric.slice(dot + 1) };
}

export function windowOf(
  from: number,
  to: number,
  rule: AlertRule,
  totals: BucketTotals,
  range: { low: number; high: number } | null,
): AlertWindow {
  const point = pointOf(from, '', totals, range);
  const { metric } = parseRuleMetric(rule.metric);
  const count = metric === 'pass_rate' ? totals.judged : totals.moments.n;
  return metric === 'pass_rate'
    ? { from, to, count, value: point.pass_rate, interval: point.pass_rate_interval }
    : { from, to, count, value: point.mean, interval: point.mean_interval };
}

/**
 * `breached`: the window has enough items and its whole 95% interval lies on the rule's side
 * of the value; `clear`: it does not. An alert fires on breached and resolves on clear.
 */
export function judgeWindow(rule: AlertRule, window: AlertWindow): 'breached' | 'clear' | 'unknown' {
  if (window.count < rule.min_items || !window.interval) return 'unknown';
  const wrongSide = rule.op === '<' ? window.interval.high < rule.value : window.interval.low > rule.value;
  return wrongSide ? 'breached' : 'clear';
}
