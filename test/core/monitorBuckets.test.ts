import { describe, expect, it } from 'vitest';
import {
  emptyTotals,
  judgeWindow,
  mergeTotals,
  totalsByEvaluator,
  windowOf,
  type ScoredResult,
} from '../../src/core/monitorBuckets.js';
import { isSampled, matchesFilters } from '../../src/evaluation/monitorSampling.js';
import { alertRuleSchema } from '../../src/domain/monitors.js';

const verdicts = (passed: number, failed: number): ScoredResult[] => [
  ...Array.from({ length: passed }, () => ({
    evaluator_id: 'e',
    status: 'scored',
    score: 1,
    passed: true,
    spend_usd: 0.01,
  })),
  ...Array.from({ length: failed }, () => ({
    evaluator_id: 'e',
    status: 'scored',
    score: 0,
    passed: false,
    spend_usd: 0.01,
  })),
];

/** The evaluators here score on 0-1. */
const unit = { low: 0, high: 1 };
const rule = alertRuleSchema.parse({ metric: 'polite.pass_rate', op: '<', value: 0.8, min_items: 20 });
const verdictOf = (passed: number, failed: number) =>
  judgeWindow(
    rule,
    windowOf(0, 3600, rule, totalsByEvaluator(verdicts(passed, failed)).get('e') ?? emptyTotals(), unit),
  );

describe('monitor alert windows', () => {
  it('fire only when the whole 95% interval lies on the wrong side, not when the point estimate does', () => {
    // 0.75 observed from 40 items: below 0.8, but the interval reaches above it.
    expect(verdictOf(30, 10)).toBe('clear');
    // 0.5 from 40: the interval lies wholly below 0.8.
    expect(verdictOf(20, 20)).toBe('breached');
    // Recovered: 0.95 from 40.
    expect(verdictOf(38, 2)).toBe('clear');
  });

  it('say nothing below min_items', () => {
    expect(verdictOf(0, 19)).toBe('unknown');
  });

  it('watch the mean with its t interval, either direction', () => {
    const high = alertRuleSchema.parse({ metric: 'helpful.mean', op: '>', value: 0.5, min_items: 5 });
    const totals = totalsByEvaluator(verdicts(30, 0)).get('e')!;
    const noisy = totalsByEvaluator(verdicts(3, 3)).get('e')!;
    expect(judgeWindow(high, windowOf(0, 3600, high, totals, unit))).toBe('breached'); // 30 scores of 1
    expect(judgeWindow(high, windowOf(0, 3600, high, noisy, unit))).toBe('clear');
  });

  it('merge hours into the same totals as their results taken whole', () => {
    const all = verdicts(13, 7);
    const merged = mergeTotals(
      totalsByEvaluator(all.slice(0, 9)).get('e')!,
      totalsByEvaluator(all.slice(9)).get('e')!,
    );
    const whole = totalsByEvaluator(all).get('e')!;
    expect(merged.count).toBe(whole.count);
    expect(merged.passed).toBe(whole.passed);
    expect(merged.moments.mean).toBeCloseTo(whole.moments.mean, 12);
    expect(merged.moments.m2).toBeCloseTo(whole.moments.m2, 12);
    expect(merged.spend_usd).toBeCloseTo(0.2, 12);
  });
});

describe('monitor sampling and filters', () => {
  it('picks the same logs every time, at about the rate, differently per monitor', () => {
    const ids = Array.from({ length: 4000 }, (_, i) => `log_${i}`);
    const picked = ids.filter((id) => isSampled('mon_a', id, 0.1));
    expect(ids.filter((id) => isSampled('mon_a', id, 0.1))).toEqual(picked);
    expect(picked.length).toBeGreaterThan(320);
    expect(picked.length).toBeLessThan(480);
    expect(ids.filter((id) => isSampled('mon_b', id, 0.1))).not.toEqual(picked);
    expect(ids.every((id) => isSampled('mon_a', id, 1))).toBe(true);
  });

  it('match model, metadata equality and text lengths', () => {
    const log = { input: 'hello', output: 'a longer answer', model: 'gpt-x', metadata: { tier: 'pro' } };
    expect(matchesFilters(log, {})).toBe(true);
    expect(matchesFilters(log, { model: 'gpt-x', metadata: { tier: 'pro' } })).toBe(true);
    expect(matchesFilters(log, { model: 'gpt-y' })).toBe(false);
    expect(matchesFilters(log, { metadata: { tier: 'free' } })).toBe(false);
    expect(matchesFilters(log, { input_length: { max: 4 } })).toBe(false);
    expect(matchesFilters(log, { output_length: { min: 10, max: 20 } })).toBe(true);
  });
});
