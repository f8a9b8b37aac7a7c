import { summarizeResults } from '../../src/core/batchSummary.js';
import type { RunPlan } from '../../src/core/runPlan.js';
import { emptyPairingCounts } from '../../src/core/runItems.js';

/**
 * What the workflow tests' stand-in activities share: a plan of `batches` one-item batches
 * judged by one evaluator, and the summary of one such batch (its item scored `score`).
 */
export function standInPlan(batches: number, tuning: RunPlan['tuning']): RunPlan {
  return {
    batchCount: batches,
    total: batches,
    mode: 'self',
    counts: { ...emptyPairingCounts(), pairs: batches },
    evaluatorIds: ['evl_x'],
    sampleModels: [],
    estimatedUsd: 0,
    tuning,
  };
}

export function scoredBatchSummary(batchIndex: number, score = 1) {
  return summarizeResults(
    [
      {
        item_id: `item-${batchIndex}`,
        evaluator_id: 'evl_x',
        model: null,
        status: 'scored',
        score,
        passed: true,
        latency_ms: 1,
        tokens: { input: 1, output: 1 },
        spend_usd: 0,
        generation: null,
      },
    ],
    [],
  );
}
