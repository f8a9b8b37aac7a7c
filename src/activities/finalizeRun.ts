import type { RunStatus } from '../domain/runs.js';
import type { ActivityDeps } from './deps.js';
import { projectionOf, writeProjection, type ProjectionBase } from './runProjection.js';

export interface FinalizeRunInput extends ProjectionBase {
  status: Extract<RunStatus, 'completed' | 'cancelled' | 'error'>;
  error: { code: string; message: string } | null;
}

/** The last write: terminal status, metrics (partial unless completed), and the results summary; then cleanup. */
export function createFinalizeRun(deps: ActivityDeps) {
  const { batches, resultIndex } = deps.stores;

  /**
   * The results index sealed into sorted segments, then what only served the run
   * while it ran dropped: its item batches and its cached model answers. Best
   * effort: the run is already final, so a failure here is logged and never keeps
   * the workflow open (reads use the unsealed index; leftovers are unreferenced copies).
   */
  const cleanUpRun = async ({ projectId, runId, plan }: FinalizeRunInput) => {
    try {
      await resultIndex.seal(projectId, runId);
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
    await cleanUpRun(input);
  };
}
