import type { Evaluator } from '../domain/evaluators.js';
import { sampleOutputModels } from '../domain/sampleModels.js';
import {
  comparisonPlanOf,
  isComparative,
  resultSlots,
  slotModels,
  type ComparisonPlan,
} from '../core/comparisonSlots.js';
import type { RunPair } from '../core/runItems.js';
import { resultKey } from '../store/runResults.js';

/** One pair seen through one sample model: what a generated completion is shared by. */
export interface BatchUnit {
  pair: RunPair;
  /** The sample side's generating model, or null when the sample is not generated. */
  model: string | null;
  /** Pointwise evaluators whose result for (pair, model) does not exist yet. */
  missing: Evaluator[];
}

/** One missing comparison: a pairwise evaluator's model pair, or a listwise evaluator's models, on one pair. */
export interface ComparisonUnit {
  pair: RunPair;
  evaluator: Evaluator;
  /** The result's `model`: the pair's (or list's) name. */
  slot: string;
  /** The models compared, in the order the slot names them. */
  models: string[];
}

/** Every result key a batch owns: pairs × evaluators × each evaluator's result slots. */
export function batchResultKeys(
  runId: string,
  pairs: readonly RunPair[],
  evaluators: readonly Evaluator[],
  sampleModels: readonly string[],
  plan: ComparisonPlan = comparisonPlanOf(undefined, sampleModels),
): string[] {
  return pairs.flatMap((pair) =>
    evaluators.flatMap((evaluator) =>
      resultSlots(evaluator, sampleModels, plan).map((slot) =>
        resultKey(runId, pair.item_id, evaluator.id, slot),
      ),
    ),
  );
}

/** The pointwise work left in a batch: units with at least one evaluator whose result is missing. */
export function unitsToEvaluate(
  runId: string,
  pairs: readonly RunPair[],
  evaluators: readonly Evaluator[],
  sampleModels: readonly string[],
  existing: ReadonlySet<string>,
): BatchUnit[] {
  const pointwise = evaluators.filter((e) => !isComparative(e));
  return pairs.flatMap((pair) =>
    sampleOutputModels(sampleModels)
      .map((model) => ({
        pair,
        model,
        missing: pointwise.filter((e) => !existing.has(resultKey(runId, pair.item_id, e.id, model))),
      }))
      .filter((unit) => unit.missing.length > 0),
  );
}

/** The comparisons left in a batch. */
export function comparisonsToEvaluate(
  runId: string,
  pairs: readonly RunPair[],
  evaluators: readonly Evaluator[],
  plan: ComparisonPlan,
  existing: ReadonlySet<string>,
): ComparisonUnit[] {
  const comparing = evaluators.filter(isComparative);
  return pairs.flatMap((pair) =>
    comparing.flatMap((evaluator) =>
      slotModels(evaluator, plan)
        .filter(({ slot }) => !existing.has(resultKey(runId, pair.item_id, evaluator.id, slot)))
        .map(({ slot, models }) => ({ pair, evaluator, slot, models })),
    ),
  );
}
