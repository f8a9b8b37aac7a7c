import type { Evaluator } from '../domain/evaluators.js';
import { isSelected, type RerunSpec } from '../domain/reruns.js';
import { sampleOutputModels } from '../domain/sampleModels.js';
import type { RunPair } from '../core/runItems.js';
import { resultKey, type RunResultDoc, type RunResultStore } from '../store/runResults.js';
import type { BatchUnit } from './batchUnits.js';
import type { CallOutcome } from './modelRetry.js';
import type { RunSides, UnitTexts } from './unitTexts.js';

/** A parent's generated texts by (item, sample model): what a rerun shows its evaluators instead of asking again. */
export type ReusedOutputs = ReadonlyMap<string, unknown>;

const outputKey = (itemId: string, model: string | null) => `${itemId}\u0000${model ?? ''}`;

export interface RerunBatchInputs {
  /** The parent's results this batch keeps as they are (under the rerun's keys, spend zero: paid by the parent). */
  carried: RunResultDoc[];
  outputs: ReusedOutputs;
}

/**
 * What a rerun's batch takes from its parent: the results `only` does not select (for
 * evaluators at the parent's version), and every text the parent generated. A parent
 * itself a rerun holds its own parent's carried results and texts, so the whole lineage
 * is reached through one parent.
 */
export async function rerunBatchInputs(
  store: Pick<RunResultStore, 'findFinished'>,
  spec: RerunSpec,
  batch: { runId: string; batchIndex: number; pairs: readonly RunPair[] },
  evaluators: readonly Evaluator[],
  sampleModels: readonly string[],
): Promise<RerunBatchInputs> {
  const parentId = spec.parent_run_id;
  const models = sampleOutputModels(sampleModels);
  const keys = batch.pairs.flatMap((pair) =>
    models.flatMap((model) =>
      spec.parent_evaluator_ids.map((id) => resultKey(parentId, pair.item_id, id, model)),
    ),
  );
  const parent = await store.findFinished(parentId, keys);
  const outputs = new Map<string, unknown>();
  for (const doc of parent.values()) {
    // A failed generation leaves both texts null: only what was generated is reused.
    const generated = doc.model !== null ? doc.output : doc.ground_truth;
    if (generated !== null && generated !== undefined)
      outputs.set(outputKey(doc.item_id, doc.model), generated);
  }
  const items = Array.isArray(spec.only) ? new Set(spec.only) : undefined;
  const carried: RunResultDoc[] = [];
  for (const pair of batch.pairs) {
    for (const model of models) {
      for (const evaluator of evaluators) {
        const doc = parent.get(resultKey(parentId, pair.item_id, evaluator.id, model));
        if (!doc || doc.evaluator_version !== evaluator.version || isSelected(spec.only, doc, items))
          continue;
        // Nothing of it is this run's to pay or to have saved: its costs stay with the parent.
        const { cache_hits: _hits, saved_usd: _saved, ...kept } = doc;
        carried.push({
          ...kept,
          _id: resultKey(batch.runId, pair.item_id, evaluator.id, model),
          run_id: batch.runId,
          batch: batch.batchIndex,
          carried_over: true,
          tokens: { input: 0, output: 0 },
          spend_usd: 0,
          generation: null,
        });
      }
    }
  }
  return { carried, outputs };
}

/** The unit's texts from its parent's generation, or null when the parent has none (then it is generated). */
export function reusedUnitTexts(
  outputs: ReusedOutputs | undefined,
  sides: RunSides,
  unit: BatchUnit,
): CallOutcome<UnitTexts> | null {
  if (!outputs || (sides.mode !== 'generate_sample' && sides.mode !== 'generate_ground_truth')) return null;
  const text = outputs.get(outputKey(unit.pair.item_id, unit.model));
  if (text === undefined) return null;
  if (sides.mode === 'generate_sample') {
    const seed = unit.pair.ground_truth!;
    return {
      ok: true,
      value: {
        sample: { input: seed.input, output: text, metadata: seed.metadata, model: unit.model },
        groundTruth: { input: seed.input, output: seed.output, metadata: seed.metadata },
        generation: null,
      },
    };
  }
  const sample = unit.pair.sample!;
  return {
    ok: true,
    value: {
      sample: { input: sample.input, output: sample.output, metadata: sample.metadata, model: sample.model },
      groundTruth: { input: sample.input, output: text, metadata: sample.metadata },
      generation: null,
    },
  };
}
