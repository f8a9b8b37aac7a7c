import type { RunStall, RunStatus } from '../domain/runs.js';
import { projectAllowanceUsd } from '../runs/projectBudget.js';
import { runMetrics } from '../runs/runMetrics.js';
import type { RunTotals } from '../runs/runTotals.js';
import { nowSeconds } from '../store/ids.js';
import { ResultIndex } from '../store/resultIndex.js';
import { RunBatchStore } from '../store/runBatches.js';
import { RunStore, type RunProjection } from '../store/runs.js';
import { StoreJobs } from '../store/storeJobs.js';
import type { ActivityDeps } from './deps.js';
import type { RunPlan } from './prepareRunItems.js';
import { runFatal } from './runFatal.js';

interface ProjectionBase {
  projectId: string;
  runId: string;
  totals: RunTotals;
  plan: RunPlan | null;
}

export interface ProjectRunInput extends ProjectionBase {
  status: 'running' | 'paused';
  statusReason: string | null;
  /** The provider failure holding the run up; absent from workflows of older code. */
  stall?: RunStall | null;
  /** The first projection of a run stamps `started_at`. */
  markStarted?: boolean;
  /** Only when a signal changed it. */
  budgetUsd?: number | null;
}

export interface ProjectRunOutput {
  /** What the run may spend in all before its project crosses ASSAY_PROJECT_BUDGET_USD; null without one. */
  projectAllowanceUsd: number | null;
}

export interface FinalizeRunInput extends ProjectionBase {
  status: Extract<RunStatus, 'completed' | 'cancelled' | 'error'>;
  error: { code: string; message: string } | null;
}

/** Everything the run document shows that follows from the workflow's state. */
function projectionOf({ totals, plan }: ProjectionBase): RunProjection {
  const projection: RunProjection = {
    progress: { total: plan?.total ?? null, done: totals.done, failed: totals.failed },
    actual_usd: totals.spend_usd,
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
      evaluatorIds: plan.evaluatorIds,
      sampleModels: plan.sampleModels,
      unpaired: counts.unpaired_sample + counts.unpaired_ground_truth,
    }),
  };
}

/**
 * How long finalizeRun seals the results index itself (a look-up per result: about
 * 10,000 results in this time on a busy 2-core machine). Its whole attempt has 30 s;
 * a bigger run's index is finished by a store job, and reads use the batch documents until then.
 */
const SEAL_BUDGET_MS = 10_000;

/**
 * The workflow's writes to the run document: the only writer after creation, by
 * `_id`, one at a time (the workflow awaits each), so nothing races on it.
 */
export function createProjectionActivities(deps: ActivityDeps) {
  const batches = new RunBatchStore(deps.db);
  const resultIndex = new ResultIndex(deps.db);
  const jobs = new StoreJobs(deps.db, deps.logger);
  const write = async (projectId: string, runId: string, projection: RunProjection) => {
    if (!(await new RunStore(deps.db, projectId).project(runId, projection))) {
      throw runFatal(`the run document ${runId} does not exist`);
    }
  };

  /**
   * The results index sealed into sorted segments, then what only served the run
   * while it ran dropped: its item batches and its cached model answers. Best
   * effort: the run is already final, so a failure here is logged and never keeps
   * the workflow open (reads use the unsealed index; leftovers are unreferenced copies).
   */
  const cleanUpRun = async ({ projectId, runId, plan }: FinalizeRunInput) => {
    try {
      if (!(await resultIndex.seal(projectId, runId, { deadline: Date.now() + SEAL_BUDGET_MS }))) {
        // A big run: the rest is sealed in the background (this process now, or the API's next round).
        await jobs.enqueue({ kind: 'seal_results_index', project_id: projectId, target_id: runId });
        jobs.kick();
      }
    } catch (error) {
      deps.logger.warn(
        { runId, err: error },
        'sealing the results index failed; reads use its batch documents',
      );
    }
    try {
      const batchesDeleted = await batches.deleteRun(runId, plan?.batchCount);
      const answersDeleted = await deps.responseCache.deleteScope(runId);
      deps.logger.debug({ runId, batchesDeleted, answersDeleted }, 'run cleaned up');
    } catch (error) {
      deps.logger.warn({ runId, err: error }, 'run clean-up failed; its leftovers stay unreferenced');
    }
  };

  return {
    /** Writes the projection and answers what the project's ceiling still allows this run. */
    async projectRun(input: ProjectRunInput): Promise<ProjectRunOutput> {
      await write(input.projectId, input.runId, {
        ...projectionOf(input),
        status: input.status,
        status_reason: input.statusReason,
        stall: input.stall ?? null,
        ...(input.markStarted ? { started_at: nowSeconds() } : {}),
        ...(input.budgetUsd !== undefined ? { budget_usd: input.budgetUsd } : {}),
      });
      const runs = new RunStore(deps.db, input.projectId);
      return { projectAllowanceUsd: await projectAllowanceUsd(runs, deps.env, input.runId) };
    },

    /** The last write: terminal status, metrics (partial unless completed), and the results summary; then cleanup. */
    async finalizeRun(input: FinalizeRunInput): Promise<void> {
      const projection = projectionOf(input);
      await write(input.projectId, input.runId, {
        ...projection,
        status: input.status,
        status_reason: null,
        stall: null,
        error: input.error,
        completed_at: nowSeconds(),
        ...(input.status === 'completed'
          ? {
              results: {
                url: `/v1/evaluations/runs/${input.runId}/results`,
                total: input.totals.done,
                summary: projection.metrics?.by_evaluator ?? [],
              },
            }
          : {}),
      });
      await cleanUpRun(input);
    },
  };
}
