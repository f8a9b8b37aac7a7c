import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { RunStall, RunStatus } from '../domain/runs.js';

/**
 * The messages EvaluationRunWorkflow accepts, shared with the API that sends them.
 * Signals, not updates: they are accepted even while no worker serves the run's
 * environment, and the run's projection shows their effect once it is applied.
 */
export const pauseRunSignal = defineSignal('pause');
export const resumeRunSignal = defineSignal('resume');
/** null removes the budget. */
export const setRunBudgetSignal = defineSignal<[budgetUsd: number | null]>('setBudget');

export interface RunProgress {
  status: RunStatus;
  statusReason: string | null;
  /** The provider failure holding the run up (what the run document's `stall` shows). */
  stall: RunStall | null;
  /** Results the run will produce (pairs × evaluators × generating models); null before preparation. */
  total: number | null;
  done: number;
  failed: number;
  batchesDone: number;
  batchCount: number | null;
  spendUsd: number;
}

/** Answered from workflow state without touching history: what operators poll in the UI or CLI. */
export const runProgressQuery = defineQuery<RunProgress>('progress');
