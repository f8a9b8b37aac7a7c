import { describe, expect, it } from 'vitest';
import type { Evaluator } from '../../src/domain/evaluators.js';
import { isSelected, type RerunSpec } from '../../src/domain/reruns.js';
import { rerunBatchInputs, reusedUnitTexts } from '../../src/evaluation/rerunCarryOver.js';
import { resultKey, type RunResultDoc } from '../../src/store/runResults.js';

/** A parent's stored results, looked up by key as the result store does. */
const storeOf = (docs: RunResultDoc[]) => ({
  findFinished: async (_runId: string, keys: readonly string[]) =>
    new Map(docs.filter((d) => keys.includes(d._id)).map((d) => [d._id, d])),
});

const evaluator = (id: string, version: number) => ({ id, version }) as Evaluator;
const seed = (i: number) => ({ id: `i${i}`, input: `q${i}`, output: `a${i}`, metadata: {}, model: null });
const pairs = [0, 1, 2].map((i) => ({ item_id: `i${i}`, sample: null, ground_truth: seed(i) }));

function parentResult(item: number, evaluatorId: string, status: 'scored' | 'error', output: string | null) {
  return {
    _id: resultKey('run_p', `i${item}`, evaluatorId, 'fake/m'),
    project_id: 'p',
    run_id: 'run_p',
    batch: 0,
    item_id: `i${item}`,
    evaluator_id: evaluatorId,
    evaluator_version: 1,
    model: 'fake/m',
    status,
    score: status === 'scored' ? 0.7 : null,
    passed: status === 'scored' ? true : null,
    reason: null,
    error: status === 'error' ? 'judge: 400' : null,
    raw_reply: null,
    input: `q${item}`,
    output,
    ground_truth: `a${item}`,
    latency_ms: 12,
    tokens: { input: 10, output: 5 },
    spend_usd: 0.01,
    generation: { tokens: { input: 3, output: 4 }, spend_usd: 0.002 },
    created_at: 1,
  } satisfies RunResultDoc;
}

const spec = (only: RerunSpec['only']): RerunSpec => ({
  parent_run_id: 'run_p',
  parent_evaluator_ids: ['evl_a'],
  only,
  items_as_of: 1,
  share: 1,
});

describe('what a rerun takes from its parent', () => {
  // i0 scored; i1's judge failed after its text was generated; i2's generation failed.
  const parent = [
    parentResult(0, 'evl_a', 'scored', 'gen 0'),
    parentResult(1, 'evl_a', 'error', 'gen 1'),
    parentResult(2, 'evl_a', 'error', null),
  ];
  const batch = { runId: 'run_r', batchIndex: 3, pairs };

  it('carries over what `only` does not select, under its own keys, at zero spend', async () => {
    const { carried } = await rerunBatchInputs(
      storeOf(parent),
      spec('errors'),
      batch,
      [evaluator('evl_a', 1)],
      ['fake/m'],
    );
    expect(carried).toHaveLength(1);
    expect(carried[0]).toMatchObject({
      _id: resultKey('run_r', 'i0', 'evl_a', 'fake/m'),
      run_id: 'run_r',
      batch: 3,
      carried_over: true,
      score: 0.7,
      spend_usd: 0,
      tokens: { input: 0, output: 0 },
      generation: null,
    });
  });

  it('carries nothing over for another version of the evaluator, but still reuses every generated text', async () => {
    const { carried, outputs } = await rerunBatchInputs(
      storeOf(parent),
      spec('errors'),
      batch,
      [evaluator('evl_a', 2)],
      ['fake/m'],
    );
    expect(carried).toEqual([]);
    const sides = { mode: 'generate_sample' as const, sample: null, groundTruth: null };
    const unit = (i: number) => ({ pair: pairs[i]!, model: 'fake/m', missing: [] });
    expect(reusedUnitTexts(outputs, sides, unit(1))).toMatchObject({
      ok: true,
      value: {
        sample: { output: 'gen 1', model: 'fake/m' },
        groundTruth: { output: 'a1' },
        generation: null,
      },
    });
    // The parent never got a text for i2: it is generated again.
    expect(reusedUnitTexts(outputs, sides, unit(2))).toBeNull();
  });

  it('selects by status, verdict, or item', () => {
    const scoredFailing = { item_id: 'i0', status: 'scored', passed: false };
    expect(isSelected('errors', scoredFailing)).toBe(false);
    expect(isSelected('failed', scoredFailing)).toBe(true);
    expect(isSelected('unscored', { ...scoredFailing, status: 'unscored', passed: null })).toBe(true);
    expect(isSelected('all', scoredFailing)).toBe(true);
    expect(isSelected(['i0'], scoredFailing)).toBe(true);
    expect(isSelected(['i1'], scoredFailing)).toBe(false);
  });
});
