import type { RunPlan } from '../activities/prepareRunItems.js';
import type { RunStatus } from '../domain/runs.js';
import { emptyRunTotals, mergeRunTotals, type RunTotals } from '../runs/runTotals.js';
import type { RunProgress } from './definitions.js';

export interface EvaluationRunInput {
  projectId: string;
  runId: string;
  /** The budget the run was created with (later changed by signal). */
  budgetUsd?: number | null;
  /** Set by continue-as-new: where the previous execution left off. */
  state?: RunState;
}

/** Why a run is paused: the caller asked, or the next batch would cross its budget or its project's. */
export type PauseReason = 'paused_by_user' | 'budget_exceeded' | 'project_budget_exceeded';
type BudgetReason = Exclude<PauseReason, 'paused_by_user'>;

/** Everything the run carries across continue-as-new: plain JSON, no items. */
export interface RunState {
  /** The run's status as the AssayStatus search attribute shows it (and the run document, once projected). */
  status: RunStatus;
  statusReason: PauseReason | null;
  /** Known once preparation has written the batches. */
  plan: RunPlan | null;
  /** Every batch below this index has finished (in-flight batches drain before continue-as-new). */
  nextBatch: number;
  batchesDone: number;
  totals: RunTotals;
  budgetUsd: number | null;
  /**
   * What the project's ceiling (ASSAY_PROJECT_BUDGET_USD) lets this run spend in all, as of the
   * last projection; null without a ceiling. Optional: executions started before it existed lack it.
   */
  projectAllowanceUsd?: number | null;
  pauseRequested: boolean;
  budgetBlocked: boolean;
  /** Which limit blocked the run (the run's budget when absent). */
  budgetBlockedBy?: BudgetReason;
  /** A budget signal arrived that the run document does not show yet. */
  budgetChanged: boolean;
  /** Executions so far, the current one included. */
  executions: number;
}

export function initialRunState(budgetUsd: number | null): RunState {
  return {
    status: 'queued',
    statusReason: null,
    plan: null,
    nextBatch: 0,
    batchesDone: 0,
    totals: emptyRunTotals(),
    budgetUsd,
    pauseRequested: false,
    budgetBlocked: false,
    budgetChanged: false,
    executions: 1,
  };
}

export function pauseReason(state: RunState): PauseReason | null {
  if (state.pauseRequested) return 'paused_by_user';
  if (state.budgetBlocked) return state.budgetBlockedBy ?? 'budget_exceeded';
  return null;
}

/**
 * Would starting one more batch risk crossing the run's budget or its project's ceiling? Counts
 * the spend so far plus the estimate of every batch in flight and of the next one, so a window of
 * concurrent batches cannot overshoot together. Answers which limit, or null.
 */
export function budgetLimitReached(state: RunState, inFlight: number): BudgetReason | null {
  if (!state.plan) return null;
  const perBatch = state.plan.batchCount > 0 ? state.plan.estimatedUsd / state.plan.batchCount : 0;
  const projected = state.totals.spend_usd + (inFlight + 1) * perBatch;
  if (state.budgetUsd !== null && projected > state.budgetUsd) return 'budget_exceeded';
  const allowance = state.projectAllowanceUsd ?? null;
  if (allowance !== null && projected > allowance) return 'project_budget_exceeded';
  return null;
}

export function recordBatch(state: RunState, summary: RunTotals): void {
  state.totals = mergeRunTotals(state.totals, summary);
  state.batchesDone++;
}

export function progressOf(state: RunState): RunProgress {
  return {
    status: state.status,
    statusReason: state.statusReason,
    total: state.plan?.total ?? null,
    done: state.totals.done,
    failed: state.totals.failed,
    batchesDone: state.batchesDone,
    batchCount: state.plan?.batchCount ?? null,
    spendUsd: state.totals.spend_usd,
  };
}

/** The live line shown in the Temporal UI. */
export function describeProgress(state: RunState): string {
  const p = progressOf(state);
  if (!state.plan) return `${p.status}: preparing items`;
  const reason = state.statusReason ? ` (${state.statusReason})` : '';
  return (
    `${p.status}${reason}: ${p.done}/${p.total} results, ${p.failed} failed, ` +
    `batch ${p.batchesDone}/${p.batchCount}, $${p.spendUsd.toFixed(4)} spent, execution ${state.executions}`
  );
}
