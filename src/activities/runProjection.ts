import { runMetrics } from '../core/runMetrics.js';
import type { RunPlan } from '../core/runPlan.js';
import type { RunTotals } from '../core/runTotals.js';
import type { RunProjection } from '../store/runs.js';
import type { RunStores } from './deps.js';
import { runFatal } from './runFatal.js';

/** What both projection activities get from the workflow: its totals and its plan. */
export interface ProjectionBase {
  projectId: string;
  runId: string;
  totals: RunTotals;
  plan: RunPlan | null;
}

/** Everything the run document shows that follows from the workflow's state. */
export function projectionOf({ totals, plan }: ProjectionBase): RunProjection {
  const projection: RunProjection = {
    progress: {
      total: plan?.total ?? null,
      done: totals.done,
      failed: totals.failed,
      ...(totals.carried_over ? { carried_over: totals.carried_over } : {}),
    },
    actual_usd: totals.spend_usd,
    ...(totals.cache ? { cache: totals.cache } : {}),
  };
  if (!plan) return projection;
  const { counts, mode } = plan;
  return {
    ...projection,
    estimated_usd: plan.estimatedUsd,
    // A generated side has one item per pair (and per model).
    sample_item_count:
      mode === 'generate_sample' ? counts.pairs * plan.sampleModels.length : counts.sample_items,
    ground_truth_item_count: mode === 'generate_ground_truth' ? counts.pairs : counts.ground_truth_items,
    metrics: runMetrics(totals, {
      // Comparisons are not scores: GET /v1/evaluations/runs/{id}/comparisons reports them.
      evaluatorIds: plan.evaluatorIds.filter((id) => !plan.comparativeEvaluatorIds?.includes(id)),
      scoreRanges: plan.scoreRanges,
      sampleModels: plan.sampleModels,
      unpaired: counts.unpaired_sample + counts.unpaired_ground_truth,
    }),
  };
}

/**
 * The workflow's writes to the run document: the only writer after creation, by
 * `_id`, one at a time (the workflow awaits each), so nothing races on it.
 */
export async function writeProjection(
  stores: RunStores,
  projectId: string,
  runId: string,
  projection: RunProjection,
): Promise<void> {
  if (!(await stores.runs(projectId).project(runId, projection))) {
    throw runFatal(`the run document ${runId} does not exist`);
  }
}
