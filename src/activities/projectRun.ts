import { projectAllowanceUsd } from '../core/projectBudget.js';
import type { RunStall } from '../domain/runs.js';
import { Context } from '@temporalio/activity';
import { emitRunPaused } from '../webhooks/runEvents.js';
import type { ActivityDeps } from './deps.js';
import { projectionOf, writeProjection, type ProjectionBase } from './runProjection.js';

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

/** Writes the run's progress while it runs, and answers what the project's ceiling still allows it. */
export function createProjectRun(deps: ActivityDeps) {
  /**
   * `evaluation.run.paused` when this projection pauses a running run. Emitted before the write:
   * a retry after a crash still sees the run not paused and emits the same event id again
   * (one pause is one activity, whose id survives its retries), never a second event.
   */
  const emitIfPausing = async (input: ProjectRunInput) => {
    if (!deps.webhooks || input.status !== 'paused') return;
    const before = await deps.stores.runs(input.projectId).docs.get(input.runId);
    if (!before || before.status === 'paused') return;
    const { workflowExecution, activityId } = Context.current().info;
    const occurrence = `${workflowExecution?.runId ?? ''}/${activityId}`;
    await emitRunPaused(
      deps.webhooks,
      {
        projectId: input.projectId,
        runId: input.runId,
        reason: input.statusReason,
        occurrence,
      },
      deps.clock.nowSeconds(),
    );
  };

  return async function projectRun(input: ProjectRunInput): Promise<ProjectRunOutput> {
    await emitIfPausing(input);
    await writeProjection(deps.stores, input.projectId, input.runId, {
      ...projectionOf(input),
      status: input.status,
      status_reason: input.statusReason,
      stall: input.stall ?? null,
      ...(input.markStarted ? { started_at: deps.clock.nowSeconds() } : {}),
      ...(input.budgetUsd !== undefined ? { budget_usd: input.budgetUsd } : {}),
    });
    const ceiling = deps.env.ASSAY_PROJECT_BUDGET_USD;
    if (ceiling === undefined) return { projectAllowanceUsd: null };
    const otherRunsSpentUsd = await deps.stores.runs(input.projectId).spendUsd({
      excludeRunId: input.runId,
    });
    return { projectAllowanceUsd: projectAllowanceUsd(ceiling, otherRunsSpentUsd) };
  };
}
