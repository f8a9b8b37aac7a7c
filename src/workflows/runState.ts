import { batchScale, plannedBatchUnits } from '../core/batchSizing.js';
import type { RunPlan } from '../core/runPlan.js';
import type { RunStall, RunStatus } from '../domain/runs.js';
import type { ProviderFailureDetails } from '../core/runFailures.js';
import { emptyRunTotals, mergeRunTotals, type RunTotals } from '../core/runTotals.js';
import type { BatchTotals } from '../core/batchSummary.js';
import type { RunProgress } from './definitions.js';

export interface EvaluationRunInput {
  projectId: string;
  runId: string;
  /** The budget the run was created with (later changed by signal). */
  budgetUsd?: number | null;
  /** Set by continue-as-new: where the previous execution left off. */
  state?: RunState;
}

/**
 * Why a run is paused: the caller asked, the next batch would cross its budget or its
 * project's, the provider refused the key, or the provider stayed unusable past the stall limit.
 */
export type PauseReason =
  | 'paused_by_user'
  | 'budget_exceeded'
  | 'project_budget_exceeded'
  | 'provider_auth_failed'
  | 'provider_unavailable';
type BudgetReason = Extract<PauseReason, `${string}budget_exceeded`>;
export type ProviderPauseReason = Extract<PauseReason, `provider_${string}`>;
/** The reason a running run gives while its provider fails and it retries. */
export const PROVIDER_FAILING = 'provider_failing';
/** The reason a running run gives while its last batch mostly waited for a provider allowance shared with other runs. */
export const WAITING_ON_SHARED_LIMIT = 'waiting_on_shared_limit';

/** A provider failing the run's batches, in workflow time (epoch ms). */
export interface ProviderStall {
  provider: string;
  model: string;
  kind: string;
  httpStatus: number | null;
  message: string;
  sinceMs: number;
  attempts: number;
  /** null while the run is paused on it. */
  nextRetryAtMs: number | null;
}

/** Used for plans written before the stall limit was configurable. */
export const DEFAULT_STALL_LIMIT_MS = 15 * 60_000;
const PROBE_FIRST_DELAY_MS = 1000;
const PROBE_MAX_DELAY_MS = 30_000;

/** Everything the run carries across continue-as-new: plain JSON, no items. */
export interface RunState {
  /** The run's status as the AssayStatus search attribute shows it (and the run document, once projected). */
  status: RunStatus;
  statusReason: PauseReason | typeof PROVIDER_FAILING | typeof WAITING_ON_SHARED_LIMIT | null;
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
  /** Set when the provider refused the key or stayed down too long; cleared by resume. */
  providerPause: ProviderPauseReason | null;
  /** The provider failure holding the run up, if any. */
  stall: ProviderStall | null;
  /** Batches a provider failure sent back, run again (before new ones) once it works. */
  retryBatches: number[];
  /** A budget signal arrived that the run document does not show yet. */
  budgetChanged: boolean;
  /** Executions so far, the current one included. */
  executions: number;
  /** The last batch's calls mostly waited for shared provider allowances (absent in older executions: false). */
  waitingOnSharedLimit?: boolean;
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
    providerPause: null,
    stall: null,
    retryBatches: [],
    budgetChanged: false,
    executions: 1,
  };
}

/** A state carried over from an execution of older code lacks the newer fields. */
export function upgradeRunState(state: RunState): RunState {
  return {
    ...state,
    providerPause: state.providerPause ?? null,
    stall: state.stall ?? null,
    retryBatches: state.retryBatches ?? [],
  };
}

export function pauseReason(state: RunState): PauseReason | null {
  if (state.pauseRequested) return 'paused_by_user';
  if (state.providerPause) return state.providerPause;
  if (state.budgetBlocked) return state.budgetBlockedBy ?? 'budget_exceeded';
  return null;
}

/** What the run document's status_reason says for a status. */
export function statusReasonFor(state: RunState, status: 'running' | 'paused'): RunState['statusReason'] {
  if (status === 'paused') return pauseReason(state);
  if (state.stall) return PROVIDER_FAILING;
  return state.waitingOnSharedLimit ? WAITING_ON_SHARED_LIMIT : null;
}

/**
 * A batch failed on its provider: the batch goes back in the queue, and the stall
 * says since when, how often, and when the run tries again; a rejected key pauses
 * the run at once, a failure older than the stall limit pauses it too.
 */
export function recordProviderFailure(
  state: RunState,
  batchIndex: number,
  failure: { rejectedKey: boolean; details: ProviderFailureDetails },
  nowMs: number,
  stallLimitMs: number,
): void {
  const { details } = failure;
  state.retryBatches.push(batchIndex);
  const attempts = (state.stall?.attempts ?? 0) + 1;
  const sinceMs = Math.min(state.stall?.sinceMs ?? nowMs, details.firstFailedAt, nowMs);
  state.stall = {
    provider: details.provider,
    model: details.model,
    kind: details.kind,
    httpStatus: details.status,
    message: details.message,
    sinceMs,
    attempts,
    nextRetryAtMs: null,
  };
  if (failure.rejectedKey) state.providerPause = 'provider_auth_failed';
  else if (nowMs - sinceMs >= stallLimitMs) state.providerPause = 'provider_unavailable';
  else {
    const backoff = Math.min(PROBE_MAX_DELAY_MS, PROBE_FIRST_DELAY_MS * 2 ** (attempts - 1));
    state.stall.nextRetryAtMs = nowMs + Math.max(backoff, details.retryAfterMs ?? 0);
  }
}

/** The stall limit passed while waiting to retry: pause instead of trying on. */
export function pauseIfStalledTooLong(state: RunState, nowMs: number, stallLimitMs: number): boolean {
  if (!state.stall || state.providerPause || nowMs - state.stall.sinceMs < stallLimitMs) return false;
  state.providerPause = 'provider_unavailable';
  state.stall.nextRetryAtMs = null;
  return true;
}

/** The run document's view of a stall (unix seconds). */
export function stallDocument(stall: ProviderStall | null): RunStall | null {
  if (!stall) return null;
  const seconds = (ms: number) => Math.floor(ms / 1000);
  return {
    provider: stall.provider,
    model: stall.model,
    kind: stall.kind,
    http_status: stall.httpStatus,
    message: stall.message,
    since: seconds(stall.sinceMs),
    attempts: stall.attempts,
    next_retry_at: stall.nextRetryAtMs === null ? null : Math.ceil(stall.nextRetryAtMs / 1000),
  };
}

/**
 * Would starting one more batch risk crossing the run's budget or its project's ceiling? Counts
 * the spend so far plus the estimate of every batch in flight and of the next one (`batches`, by
 * index: a large batch is expected to cost more), so a window of concurrent batches cannot
 * overshoot together. Answers which limit, or null.
 */
export function budgetLimitReached(state: RunState, batches: Iterable<number>): BudgetReason | null {
  const plan = state.plan;
  if (!plan) return null;
  const units = plannedBatchUnits(plan);
  let expected = 0;
  for (const batchIndex of batches) expected += batchScale(plan, batchIndex);
  const perUnit = units > 0 ? plan.estimatedUsd / units : 0;
  const projected = state.totals.spend_usd + expected * perUnit;
  if (state.budgetUsd !== null && projected > state.budgetUsd) return 'budget_exceeded';
  const allowance = state.projectAllowanceUsd ?? null;
  if (allowance !== null && projected > allowance) return 'project_budget_exceeded';
  return null;
}

export function recordBatch(state: RunState, batch: BatchTotals): void {
  const { waited_on_shared_limit, ...summary } = batch;
  state.waitingOnSharedLimit = waited_on_shared_limit === true;
  state.totals = mergeRunTotals(state.totals, summary);
  state.batchesDone++;
}

export function progressOf(state: RunState): RunProgress {
  return {
    status: state.status,
    statusReason: state.statusReason,
    stall: stallDocument(state.stall),
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
  const line =
    `${p.status}${reason}: ${p.done}/${p.total} results, ${p.failed} failed, ` +
    `batch ${p.batchesDone}/${p.batchCount}, $${p.spendUsd.toFixed(4)} spent, execution ${state.executions}`;
  const { stall } = state;
  if (!stall) return line;
  const at = (ms: number) => new Date(ms).toISOString();
  const next =
    stall.nextRetryAtMs === null ? 'paused until resumed' : `next retry ${at(stall.nextRetryAtMs)}`;
  return (
    `${line}\nprovider ${stall.provider} failing since ${at(stall.sinceMs)} ` +
    `(${stall.attempts} attempts, ${next}): ${stall.message}`
  );
}
