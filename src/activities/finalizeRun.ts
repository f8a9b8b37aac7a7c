import type { RunStatus } from '../domain/runs.js';
import { emitRunFinished } from '../webhooks/runEvents.js';
import type { ActivityDeps } from './deps.js';
import { runsFinished } from '../platform/metrics.js';
import { projectionOf, writeProjection, type ProjectionBase } from './runProjection.js';

export interface FinalizeRunInput extends ProjectionBase {
  status: Extract<RunStatus, 'completed' | 'cancelled' | 'error'>;
  error: { code: string; message: string } | null;
}

/** The last write: terminal status, metrics (partial unless completed), and the results summary; then cleanup. */
/**
 * How long finalizeRun seals the results index itself. Paced, the seal works half of this time:
 * about 40,000 results whose batch documents carry them, 5,000 that it looks up one by one, on a
 * busy 2-core machine. Its whole attempt has 30 s; a bigger run's index is finished by a store
 * job, and reads use the batch documents until then.
 */
const SEAL_BUDGET_MS = 10_000;

/**
 * How long finalizeRun waits for the rest of the clean-up (batch deletes, dropping the
 * answer cache) before it returns and lets it finish in the background. Dropping a big
 * run's cache is one command FerretDB may take tens of seconds over under load: waited for,
 * it ran the activity past its 30 s and kept the finished workflow open through retries.
 */
const CLEANUP_WAIT_MS = 5_000;

export function createFinalizeRun(deps: ActivityDeps) {
  const { batches, resultIndex, jobs } = deps.stores;

  /**
   * The results index sealed into sorted segments, then what only served the run
   * while it ran dropped: its item batches and its cached model answers. Best
   * effort: the run is already final, so a failure here is logged and never keeps
   * the workflow open (reads use the unsealed index; leftovers are unreferenced copies),
   * and what outlasts its budgets goes on in the background.
   */
  const cleanUpRun = async ({ projectId, runId, plan }: FinalizeRunInput) => {
    try {
      if (
        !(await resultIndex.seal(projectId, runId, { deadline: Date.now() + SEAL_BUDGET_MS, paced: true }))
      ) {
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
    const dropCopies = async () => {
      try {
        const batchesDeleted = await batches.deleteRun(runId, plan?.batchCount);
        await deps.responseCache.dropScope(runId);
        deps.logger.debug({ runId, batchesDeleted }, 'run cleaned up: its batches and cached answers');
      } catch (error) {
        deps.logger.warn({ runId, err: error }, 'run clean-up failed; its leftovers stay unreferenced');
      }
    };
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, CLEANUP_WAIT_MS)));
    await Promise.race([dropCopies(), waited]).finally(() => clearTimeout(timer));
  };

  return async function finalizeRun(input: FinalizeRunInput): Promise<void> {
    const projection = projectionOf(input);
    await writeProjection(deps.stores, input.projectId, input.runId, {
      ...projection,
      status: input.status,
      status_reason: null,
      stall: null,
      error: input.error,
      completed_at: deps.clock.nowSeconds(),
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
    // After the status is written, so a receiver fetching the run sees it final; a retry re-emits the same ids.
    if (deps.webhooks) {
      const { projectId, runId, status, error } = input;
      await emitRunFinished(
        deps.webhooks,
        deps.stores.evals(projectId),
        { projectId, runId, status, error },
        deps.clock.nowSeconds(),
      );
    }
    await cleanUpRun(input);
    // Last, once the activity can no longer fail: a retried finalize counts its run once.
    runsFinished.inc({ status: input.status });
  };
}
