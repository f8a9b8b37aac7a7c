import { describe, expect, it } from 'vitest';
import { comparisonPlanOf, resultSlots, slotModels } from '../../src/core/comparisonSlots.js';
import { batchResultKeys, comparisonsToEvaluate, unitsToEvaluate } from '../../src/evaluation/batchUnits.js';
import type { Evaluator } from '../../src/domain/evaluators.js';
import type { RunPair } from '../../src/core/runItems.js';

const models = ['p/a', 'p/b', 'p/c'];
const pairs: RunPair[] = ['i1', 'i2'].map((item_id) => ({ item_id, sample: null, ground_truth: null }));
const pointwise = { id: 'e-score', mode: 'pointwise' } as Evaluator;
const pairwise = { id: 'e-pair', mode: 'pairwise' } as Evaluator;
const listwise = { id: 'e-list', mode: 'listwise' } as Evaluator;

describe('result slots', () => {
  it('give a pointwise evaluator one per model, a pairwise one per pair, a listwise one per item', () => {
    const all = comparisonPlanOf(undefined, models);
    expect(resultSlots(pointwise, models, all)).toEqual(models);
    expect(resultSlots(pairwise, models, all)).toEqual(['p/a vs p/b', 'p/a vs p/c', 'p/b vs p/c']);
    expect(resultSlots(listwise, models, all)).toEqual(['p/a vs p/b vs p/c']);
    expect(resultSlots(pairwise, models, comparisonPlanOf({ baseline_model: 'p/b' }, models))).toEqual([
      'p/a vs p/b',
      'p/c vs p/b',
    ]);
    expect(slotModels(pairwise, comparisonPlanOf({ pairs: [['p/c', 'p/a']] }, models))).toEqual([
      { slot: 'p/c vs p/a', models: ['p/c', 'p/a'] },
    ]);
  });

  it('key every result of a batch once, and leave comparisons out of the pointwise units', () => {
    const evaluators = [pointwise, pairwise, listwise];
    const all = comparisonPlanOf(undefined, models);
    const keys = batchResultKeys('run', pairs, evaluators, models, all);
    expect(keys).toHaveLength(pairs.length * (3 + 3 + 1));
    expect(new Set(keys).size).toBe(keys.length);
    const units = unitsToEvaluate('run', pairs, evaluators, models, new Set());
    expect(units.every((u) => u.missing.length === 1 && u.missing[0] === pointwise)).toBe(true);
    const have = new Set([keys.find((k) => k.includes('e-pair/p/a vs p/b'))!]);
    const comparisons = comparisonsToEvaluate('run', pairs, evaluators, all, have);
    expect(comparisons).toHaveLength(pairs.length * 4 - 1);
  });
});
