import type { Evaluator } from '../domain/evaluators.js';
import { sampleOutputModels } from '../domain/sampleModels.js';
import type { RunPair } from '../core/runItems.js';
import { resultKey } from '../store/runResults.js';

/** One pair seen through one sample model: what a generated completion is shared by. */
export interface BatchUnit {
  pair: RunPair;
  /** The sample side's generating model, or null when the sample is not generated. */
  model: string | null;
  /** Evaluators whose result for (pair, model) does not exist yet. */
  missing: Evaluator[];
}

/** Every result key a batch owns: pairs × sample models × evaluators. */
export function batchResultKeys(
  runId: string,
  pairs: readonly RunPair[],
  evaluators: readonly Evaluator[],
  sampleModels: readonly string[],
): string[] {
  return pairs.flatMap((pair) =>
    sampleOutputModels(sampleModels).flatMap((model) =>
      evaluators.map((evaluator) => resultKey(runId, pair.item_id, evaluator.id, model)),
    ),
  );
}

/** The work left in a batch: units with at least one evaluator whose result is missing. */
export function unitsToEvaluate(
  runId: string,
  pairs: readonly RunPair[],
  evaluators: readonly Evaluator[],
  sampleModels: readonly string[],
  existing: ReadonlySet<string>,
): BatchUnit[] {
  return pairs.flatMap((pair) =>
    sampleOutputModels(sampleModels)
      .map((model) => ({
        pair,
        model,
        missing: evaluators.filter((e) => !existing.has(resultKey(runId, pair.item_id, e.id, model))),
      }))
      .filter((unit) => unit.missing.length > 0),
  );
}
