import type { Env } from '../platform/config.js';
import { ForbiddenError } from '../platform/errors.js';
import type { RunStore } from '../store/runs.js';

/**
 * The operator's per-project spend ceiling (ASSAY_PROJECT_BUDGET_USD): a write key must not be
 * able to spend the operator's model credit without bound. Checked at creation against the
 * estimate, and during the run by the workflow (see `projectAllowanceUsd`), which pauses the
 * run with `project_budget_exceeded` before a batch would cross it.
 */
export async function checkProjectBudgetAtCreation(
  runs: RunStore,
  env: Pick<Env, 'ASSAY_PROJECT_BUDGET_USD'>,
  estimatedUsd: number,
): Promise<void> {
  const ceiling = env.ASSAY_PROJECT_BUDGET_USD;
  if (ceiling === undefined) return;
  // Live runs count with what they are expected to spend: two runs created together must not both fit.
  const committed = await runs.spendUsd({ reserveLiveEstimates: true });
  if (committed + estimatedUsd > ceiling) {
    throw new ForbiddenError(
      'project_budget_exceeded',
      `This run is estimated at $${estimatedUsd.toFixed(4)}, and the project's runs have spent or reserved ` +
        `$${committed.toFixed(4)} of its $${ceiling} ceiling (ASSAY_PROJECT_BUDGET_USD); ask the operator to raise it.`,
    );
  }
}

/** What one run may still spend before the project crosses its ceiling; null without a ceiling. */
export async function projectAllowanceUsd(
  runs: RunStore,
  env: Pick<Env, 'ASSAY_PROJECT_BUDGET_USD'>,
  runId: string,
): Promise<number | null> {
  const ceiling = env.ASSAY_PROJECT_BUDGET_USD;
  if (ceiling === undefined) return null;
  return ceiling - (await runs.spendUsd({ excludeRunId: runId }));
}
