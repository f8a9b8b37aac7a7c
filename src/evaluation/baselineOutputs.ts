import { isComparative, type ComparisonPlan } from '../core/comparisonSlots.js';
import type { Evaluator } from '../domain/evaluators.js';
import type { RunPair } from '../core/runItems.js';
import { resultKey, type RunResultStore } from '../store/runResults.js';

/** A baseline run's stored outputs of a batch's items, by item id, under the label its comparisons name. */
export interface BaselineOutputs {
  label: string;
  outputs: ReadonlyMap<string, unknown>;
}

/**
 * What the baseline run answered for each of the batch's items: read from any of its scoring
 * evaluators' results for its model (they all hold the same output), never generated again.
 */
export async function baselineOutputs(
  store: Pick<RunResultStore, 'findFinished'>,
  baseline: NonNullable<ComparisonPlan['baseline']>,
  baselineEvaluators: readonly Evaluator[],
  pairs: readonly RunPair[],
): Promise<BaselineOutputs> {
  const scoring = baselineEvaluators.filter((e) => !isComparative(e));
  const keys = pairs.flatMap((pair) =>
    scoring.map((e) => resultKey(baseline.runId, pair.item_id, e.id, baseline.model)),
  );
  const outputs = new Map<string, unknown>();
  for (const doc of (await store.findFinished(baseline.runId, keys)).values()) {
    if (doc.output !== null && doc.output !== undefined && !outputs.has(doc.item_id)) {
      outputs.set(doc.item_id, doc.output);
    }
  }
  return { label: baseline.label, outputs };
}
