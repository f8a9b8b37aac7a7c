import { projectAllowanceUsd } from '../core/projectBudget.js';
import type { RunStall } from '../domain/runs.js';
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
  return async function projectRun(input: ProjectRunInput): Promise<ProjectRunOutput> {
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
