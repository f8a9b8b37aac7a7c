import type { Env } from '../../platform/config.js';
import { fitsProjectCeiling } from '../../core/projectBudget.js';
import { ForbiddenError } from '../../domain/errors.js';
import type { RunStore } from '../../store/runs.js';

/** Refuses a run whose estimate does not fit the project's ceiling (ASSAY_PROJECT_BUDGET_USD), if one is set. */
export async function checkProjectBudgetAtCreation(
  runs: RunStore,
  env: Pick<Env, 'ASSAY_PROJECT_BUDGET_USD'>,
  estimatedUsd: number,
): Promise<void> {
  const ceiling = env.ASSAY_PROJECT_BUDGET_USD;
  if (ceiling === undefined) return;
  // Live runs count with what they are expected to spend: two runs created together must not both fit.
  const committed = await runs.spendUsd({ reserveLiveEstimates: true });
  if (!fitsProjectCeiling(ceiling, committed, estimatedUsd)) {
    throw new ForbiddenError(
      'project_budget_exceeded',
      `This run is estimated at $${estimatedUsd.toFixed(4)}, and the project's runs have spent or reserved ` +
        `$${committed.toFixed(4)} of its $${ceiling} ceiling (ASSAY_PROJECT_BUDGET_USD); ask the operator to raise it.`,
    );
  }
}
