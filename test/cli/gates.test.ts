import { describe, expect, it } from 'vitest';
import {
  evaluateGates,
  GateSyntaxError,
  parseGate,
  type GateMetricSummary,
} from '../../src/cli/assay/gates.js';

describe('gate expressions', () => {
  it('parse evaluator, optional [model], metric, optional interval bound, operator and number', () => {
    expect(parseGate('helpfulness.pass_rate.ci95.low >= 0.8')).toMatchObject({
      evaluator: 'helpfulness',
      model: null,
      metric: 'pass_rate',
      bound: 'low',
      operator: '>=',
      threshold: 0.8,
    });
    expect(parseGate('exact[openai/gpt-4.1].mean>0.9')).toMatchObject({
      evaluator: 'exact',
      model: 'openai/gpt-4.1',
      metric: 'mean',
      bound: null,
      operator: '>',
    });
    expect(parseGate('"my.eval".errors == 0')).toMatchObject({
      evaluator: 'my.eval',
      metric: 'errors',
      threshold: 0,
    });
    expect(parseGate('*.mean.ci95.high < -1.5e-1')).toMatchObject({
      evaluator: '*',
      threshold: -0.15,
      operator: '<',
    });
  });

  it.each([
    ['helpfulness.pass_rate.ci95.low', 31, 'expected a comparison'],
    ['helpfulness.median >= 1', 13, 'expected a metric'],
    ['helpfulness.errors.ci95.low >= 1', 20, 'errors has no interval'],
    ['helpfulness.mean >= high', 21, 'expected a number'],
    ['helpfulness.mean >= 1 2', 23, 'unexpected text'],
    ['help fulness.mean >= 1', 6, 'expected "." after the evaluator'],
    ['helpfulness[gpt.mean >= 1', 12, 'unterminated [model]'],
    ['helpfulness.mean => 1', 18, 'unknown operator "="'],
    ['', 1, 'expected an evaluator name'],
  ])('%j fails at column %i: %s', (text, column, reason) => {
    let error: unknown;
    try {
      parseGate(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GateSyntaxError);
    expect((error as GateSyntaxError).column).toBe(column);
    expect((error as GateSyntaxError).message).toContain(reason);
  });

  it('stays linear on long hostile input', () => {
    const hostile = `${'a'.repeat(200_000)}[${'x'.repeat(200_000)}`;
    const started = performance.now();
    expect(() => parseGate(hostile)).toThrow(GateSyntaxError);
    // Not a timing test of speed, a guard against catastrophic (exponential) behaviour.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  const summary = (
    evaluator_id: string,
    model: string | null,
    over: Partial<GateMetricSummary>,
  ): GateMetricSummary => ({
    evaluator_id,
    model,
    mean: 0.9,
    stdev: 0.1,
    min: 0.5,
    max: 1,
    p50: 0.9,
    pass_rate: 1,
    count: 10,
    scored: 10,
    errors: 0,
    mean_ci95: { low: 0.85, high: 0.95 },
    pass_rate_ci95: { low: 0.72, high: 1 },
    ...over,
  });
  const names = new Map([
    ['evl_a', 'helpful'],
    ['evl_b', 'exact'],
  ]);

  it('check every model of an evaluator; a missing value or an unmatched gate fails', () => {
    const summaries = [
      summary('evl_a', 'm1', {}),
      summary('evl_a', 'm2', { pass_rate_ci95: { low: 0.9, high: 1 } }),
      summary('evl_b', 'm1', { pass_rate: null, pass_rate_ci95: null }),
    ];
    const outcome = evaluateGates([parseGate('helpful.pass_rate.ci95.low >= 0.8')], summaries, names);
    expect(outcome.checks.map((c) => [c.model, c.value, c.passed])).toEqual([
      ['m1', 0.72, false],
      ['m2', 0.9, true],
    ]);
    expect(outcome.passed).toBe(false);
    expect(evaluateGates([parseGate('helpful[m2].pass_rate.ci95.low >= 0.8')], summaries, names).passed).toBe(
      true,
    );
    const noVerdict = evaluateGates([parseGate('exact.pass_rate >= 0.5')], summaries, names);
    expect(noVerdict.checks[0]).toMatchObject({ value: null, passed: false });
    const unmatched = evaluateGates([parseGate('ghost.mean >= 0')], summaries, names);
    expect(unmatched).toMatchObject({ passed: false, checks: [], unmatched: [{ evaluator: 'ghost' }] });
    expect(evaluateGates([parseGate('*.errors == 0')], summaries, names).checks).toHaveLength(3);
  });
});
