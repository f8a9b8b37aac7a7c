import { describe, expect, it } from 'vitest';
import { panelPairResult, pairwiseResult, type PanelPairCall } from '../../src/evaluation/compareOutputs.js';
import { emptyJudgeCost } from '../../src/judge/askJudge.js';
import type { Verdict } from '../../src/metrics/pairwise.js';
import { ModelCallError } from '../../src/models/modelErrors.js';

/** Server-free: how a pairwise panel turns its judges' outcomes into one. */
const base = {
  mode: 'pairwise' as const,
  models: ['m-a', 'm-b'],
  outputs: ['a', 'b'],
  generations: [null, null],
};
const judged = (value: Verdict) => ({
  status: 'judged' as const,
  value,
  reasoning: `said ${value}`,
  ...emptyJudgeCost(),
  usage: { input: 10, output: 2 },
});
/** A judge that saw the pair in both orders: `ab` with m-a shown first, `ba` with it second. */
const judge = (model: string, ab: Verdict, ba: Verdict): PanelPairCall => ({
  model,
  result: pairwiseResult(base, judged(ab), judged(ba), { input: 1, output: 1 }),
});
const failed = (model: string): PanelPairCall => ({
  model,
  failure: new ModelCallError('server_error', 'down', { retryable: false }),
});
// m-a wins when it is preferred in both orders: A first, then B.
const win = (model: string) => judge(model, 'A', 'B');
const loss = (model: string) => judge(model, 'B', 'A');
const tie = (model: string) => judge(model, 'tie', 'tie');
const inconsistent = (model: string) => judge(model, 'A', 'A');

describe('a pairwise panel', () => {
  it('takes the majority of the decided outcomes, keeps every verdict and adds the costs', () => {
    const result = panelPairResult(base, [win('j1'), win('j2'), loss('j3')]);
    expect(result.comparison?.outcome).toBe('win');
    expect(result.score).toBe(1);
    expect(result.comparison?.verdicts?.map((v) => v.judge)).toEqual(['j1', 'j1', 'j2', 'j2', 'j3', 'j3']);
    expect(result.panel?.map((p) => p.score)).toEqual([1, 1, 0]);
    expect(result.tokens).toEqual({ input: 60, output: 12 });
    expect(result.spend_usd).toBeCloseTo(72 / 1_000_000, 15);
  });

  it('calls a split without a majority a tie, and ignores judges that were inconsistent', () => {
    expect(panelPairResult(base, [win('j1'), loss('j2')]).comparison?.outcome).toBe('tie');
    expect(panelPairResult(base, [win('j1'), loss('j2'), tie('j3')]).comparison?.outcome).toBe('tie');
    const mostlyUnsure = panelPairResult(base, [inconsistent('j1'), inconsistent('j2'), loss('j3')]);
    expect(mostlyUnsure.comparison?.outcome).toBe('loss');
    expect(mostlyUnsure.panel?.map((p) => p.status)).toEqual(['unscored', 'unscored', 'scored']);
  });

  it('is inconsistent when no judge decided, and leaves a failed judge to the others', () => {
    const unsure = panelPairResult(base, [inconsistent('j1'), inconsistent('j2')]);
    expect(unsure.comparison?.outcome).toBe('inconsistent');
    expect(unsure.score).toBeNull();
    const oneDown = panelPairResult(base, [failed('j1'), win('j2')]);
    expect(oneDown.comparison?.outcome).toBe('win');
    expect(oneDown.panel?.[0]).toMatchObject({ model: 'j1', status: 'error', error: 'judge failed: down' });
    const allDown = panelPairResult(base, [failed('j1'), failed('j2')]);
    expect(allDown.status).toBe('error');
  });
});
