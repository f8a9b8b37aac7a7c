/**
 * The operator's per-project spend ceiling (ASSAY_PROJECT_BUDGET_USD): a write key must not be
 * able to spend the operator's model credit without bound. Creation refuses a run whose estimate
 * does not fit; during a run the workflow pauses it with `project_budget_exceeded` before a batch
 * would cross its allowance (see `budgetLimitReached` in src/workflows/runState.ts).
 */

/** Does a new run estimated at `estimatedUsd` fit beside what the project's runs spent or reserved? */
export function fitsProjectCeiling(ceilingUsd: number, committedUsd: number, estimatedUsd: number): boolean {
  return committedUsd + estimatedUsd <= ceilingUsd;
}

/** What one run may spend in all before its project crosses the ceiling: what its other runs left. */
export function projectAllowanceUsd(ceilingUsd: number, otherRunsSpentUsd: number): number {
  return ceilingUsd - otherRunsSpentUsd;
}
