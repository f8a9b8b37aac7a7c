import {
  type ActivityOptions,
  type LocalActivityOptions,
  ActivityCancellationType,
  ActivityFailure,
  ApplicationFailure,
  CancellationScope,
  allHandlersFinished,
  condition,
  continueAsNew,
  isCancellation,
  log,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import type { RunStatus } from '../domain/runs.js';
import { AssayStatus } from '../domain/searchAttributes.js';
import { batchScale, batchTimeLimitsMs } from '../core/batchSizing.js';
import { RunFailureType, type ProviderFailureDetails } from '../core/runFailures.js';
import { pauseRunSignal, resumeRunSignal, runProgressQuery, setRunBudgetSignal } from './definitions.js';
import {
  DEFAULT_STALL_LIMIT_MS,
  describeProgress,
  initialRunState,
  pauseIfStalledTooLong,
  pauseReason,
  progressOf,
  recordBatch,
  budgetLimitReached,
  recordProviderFailure,
  stallDocument,
  statusReasonFor,
  upgradeRunState,
  type EvaluationRunInput,
  type RunState,
} from './runState.js';

export type { EvaluationRunInput } from './runState.js';

/**
 * Temporal's retries with backoff; no attempt limit (a provider outage or a
 * MongoDB restart must not end a run), but batches are bounded in time below.
 */
const retry = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' };

/**
 * Heartbeats every few seconds: a dead worker is noticed, and cancellation reaches the batch, within
 * the heartbeat timeout (30 s here; batches take ASSAY_RUN_HEARTBEAT_TIMEOUT_MS from the run's plan).
 */
const { prepareRunItems } = proxyActivities<Activities>({
  startToCloseTimeout: '1 hour',
  heartbeatTimeout: '30 seconds',
  retry: { ...retry, nonRetryableErrorTypes: [RunFailureType.fatal] },
  cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
});
const { evaluateBatch } = proxyActivities<Activities>({
  // Unlimited attempts, but a batch that cannot finish within an hour ends the run with an error
  // (a large batch, within an hour per first-size batch it counts as: see batchTimeLimitsMs).
  startToCloseTimeout: batchTimeLimitsMs(1).attempt,
  scheduleToCloseTimeout: batchTimeLimitsMs(1).allAttempts,
  heartbeatTimeout: '30 seconds',
  retry: { ...retry, nonRetryableErrorTypes: [RunFailureType.fatal] },
  // Wait for the batch to stop, so a cancelled run makes no further model calls once it says so.
  cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
});
const projectionOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { ...retry, nonRetryableErrorTypes: [RunFailureType.fatal] },
} satisfies ActivityOptions & LocalActivityOptions;
const { projectRun: projectRunRemotely, finalizeRun } = proxyActivities<Activities>(projectionOptions);
/**
 * Progress projections run in the worker that runs the workflow task, recorded as a marker: a
 * handful of store writes need none of an activity's round trips through the server (scheduled,
 * dispatched, started, completed, and a workflow task more), which cost Temporal more than the
 * write itself. Status changes stay remote (see `project`).
 */
const { projectRun: projectRunLocally } = proxyLocalActivities<Activities>(projectionOptions);

/** Project after this many batches, or after this long with at least one unprojected batch. */
const PROJECT_EVERY_BATCHES = 4;
const PROJECT_EVERY_MS = 2000;
/** Workflow patch id: a pause with no batch left to hold back no longer projects "paused". */
const COMPLETE_OVER_LATE_PAUSE = 'complete-over-late-pause';
/** Workflow patch id: progress projections are local activities (older histories replay remote ones). */
const LOCAL_PROJECTIONS = 'local-projections';

export interface RunOutcome {
  status: 'completed';
  total: number | null;
  done: number;
  failed: number;
  executions: number;
}

/**
 * One evaluation run: prepare the batches, evaluate them through a sliding window
 * of activities, project progress and metrics to the run document, and finalize.
 * Items never enter workflow state or history (they live in batch documents);
 * the state is counts and metric accumulators, carried across continue-as-new.
 */
export async function EvaluationRunWorkflow(input: EvaluationRunInput): Promise<RunOutcome> {
  const state: RunState = input.state
    ? upgradeRunState({ ...input.state, executions: input.state.executions + 1 })
    : initialRunState(input.budgetUsd ?? null);
  const ids = { projectId: input.projectId, runId: input.runId };
  const inFlight = new Map<number, Promise<void>>();
  const batchScope = new CancellationScope();
  /** Bumped by every signal and every finished batch: what the main loop waits on. */
  let wake = 0;
  let lastProjectionAt = Date.now();
  let unprojectedBatches = 0;
  /** The stall changed since the last projection. */
  let stallChanged = false;
  let allowanceStale = false;

  setHandler(pauseRunSignal, () => {
    state.pauseRequested = true;
    wake++;
  });
  setHandler(resumeRunSignal, () => {
    state.pauseRequested = false;
    state.budgetBlocked = false;
    // Resuming a run the provider paused means "try again now": its batches go out at once.
    if (state.providerPause) {
      state.providerPause = null;
      state.stall = null;
      stallChanged = true;
    }
    // The project's allowance is only learnt by projecting: a resume asks for a fresh one.
    allowanceStale = true;
    wake++;
  });
  setHandler(setRunBudgetSignal, (budgetUsd) => {
    state.budgetUsd = budgetUsd;
    state.budgetBlocked = false;
    state.budgetChanged = true;
    wake++;
  });
  setHandler(runProgressQuery, () => progressOf(state));

  /** Operators filter on AssayStatus: it follows every change, not every projection. */
  const setStatus = (status: RunStatus) => {
    if (status === state.status) return;
    log.info('run status changed', { from: state.status, to: status, reason: pauseReason(state) });
    state.status = status;
    upsertSearchAttributes([{ key: AssayStatus, value: status }]);
  };

  async function project(status: 'running' | 'paused', markStarted = false): Promise<void> {
    // A projection that changes what the run says it is doing (its status, or why) goes through
    // the task queue, so it is written once the workflow task that decided it has completed. A
    // local activity writes before: a resume sent on seeing "paused" could then fail that task,
    // and its retry would apply the resume before the batch failures that caused the pause.
    const transition =
      markStarted || status !== state.status || statusReasonFor(state, status) !== state.statusReason;
    setStatus(status);
    state.statusReason = statusReasonFor(state, status);
    const budgetChanged = state.budgetChanged;
    state.budgetChanged = false;
    stallChanged = false;
    // Batches that land while this projection is written are not in it: they stay counted.
    const projectedBatches = unprojectedBatches;
    // The live line first: it costs no activity, and shows a stall even while MongoDB is slow.
    setCurrentDetails(describeProgress(state));
    const projectRun = !transition && patched(LOCAL_PROJECTIONS) ? projectRunLocally : projectRunRemotely;
    const projected = await projectRun({
      ...ids,
      status,
      statusReason: state.statusReason,
      stall: stallDocument(state.stall),
      totals: state.totals,
      plan: state.plan,
      markStarted,
      ...(budgetChanged ? { budgetUsd: state.budgetUsd } : {}),
    });
    // Histories from before the project ceiling existed replay an empty result.
    allowanceStale = false;
    if (projected && projected.projectAllowanceUsd !== (state.projectAllowanceUsd ?? null)) {
      state.projectAllowanceUsd = projected.projectAllowanceUsd;
      // A run the old allowance blocked looks again (a resume found room, say).
      if (state.budgetBlockedBy === 'project_budget_exceeded') state.budgetBlocked = false;
      wake++;
    }
    lastProjectionAt = Date.now();
    unprojectedBatches -= projectedBatches;
  }

  /** The run's last write: its final status and metrics (of the batches that finished, if it did not complete). */
  async function close(
    status: 'completed' | 'cancelled' | 'error',
    error: { code: string; message: string } | null,
  ) {
    setStatus(status);
    state.statusReason = null;
    state.stall = null;
    await finalizeRun({ ...ids, status, error, totals: state.totals, plan: state.plan });
    setCurrentDetails(describeProgress(state));
  }

  /** The sliding window; returns when every batch is done or this execution should continue as new. */
  async function evaluateBatches(): Promise<'finished' | 'continue'> {
    const plan = state.plan!;
    const stallLimitMs = plan.tuning.stallLimitMs ?? DEFAULT_STALL_LIMIT_MS;
    let startedHere = 0;
    let failure: unknown = undefined;
    const start = (batchIndex: number, rerun: boolean) => {
      // A batch started while the provider is known to fail is a probe: its success ends the stall.
      const probe = state.stall !== null;
      const limits = batchTimeLimitsMs(batchScale(plan, batchIndex));
      const done = batchScope
        .run(() =>
          evaluateBatch.executeWithOptions(
            {
              summary: `batch ${batchIndex + 1} of ${plan.batchCount}${rerun ? ' (again)' : ''}`,
              ...(plan.tuning.heartbeatTimeoutMs ? { heartbeatTimeout: plan.tuning.heartbeatTimeoutMs } : {}),
              startToCloseTimeout: limits.attempt,
              scheduleToCloseTimeout: limits.allAttempts,
            },
            [{ ...ids, batchIndex, ...(rerun ? { rerun } : {}) }],
          ),
        )
        .then(
          (summary) => {
            recordBatch(state, summary);
            unprojectedBatches++;
            if (probe && state.stall && !state.providerPause) {
              log.info('provider recovered', { provider: state.stall.provider });
              state.stall = null;
              stallChanged = true;
            }
          },
          (error: unknown) => {
            const provider = providerFailureOf(error);
            if (!provider) {
              failure ??= error;
              return;
            }
            recordProviderFailure(state, batchIndex, provider, Date.now(), stallLimitMs);
            stallChanged = true;
            log.warn('batch stopped by its model provider', {
              batchIndex,
              provider: provider.details.provider,
              kind: provider.details.kind,
              pause: state.providerPause,
            });
          },
        )
        .finally(() => {
          inFlight.delete(batchIndex);
          wake++;
        });
      inFlight.set(batchIndex, done);
    };
    /** The next batch to start: sent-back batches first; while the provider fails, one probe at a time after the backoff. */
    const nextBatch = (): { index: number; rerun: boolean } | null => {
      if (state.stall) {
        const retryAt = state.stall.nextRetryAtMs;
        if (inFlight.size > 0 || retryAt === null || Date.now() < retryAt) return null;
      }
      if (state.retryBatches.length > 0) return { index: state.retryBatches[0]!, rerun: true };
      if (state.stall) return null;
      return state.nextBatch < plan.batchCount ? { index: state.nextBatch, rerun: false } : null;
    };

    for (;;) {
      // Taken before any await below: a signal or batch landing during a projection still wakes us.
      const seen = wake;
      if (failure !== undefined) throw failure;
      if (inFlight.size === 0 && state.stall && !state.providerPause && state.retryBatches.length === 0) {
        // Nothing is waiting on the provider any more: no stall to show, no probe to time.
        state.stall = null;
        stallChanged = true;
      }
      if (inFlight.size === 0 && pauseIfStalledTooLong(state, Date.now(), stallLimitMs)) stallChanged = true;
      // Checked per batch started, so an execution never starts more than its share.
      const draining = () =>
        startedHere >= plan.tuning.batchesPerExecution || workflowInfo().continueAsNewSuggested;
      while (!draining() && !pauseReason(state) && inFlight.size < plan.tuning.window) {
        const next = nextBatch();
        if (!next) break;
        const limit = budgetLimitReached(state, [...inFlight.keys(), next.index]);
        if (limit) {
          // With batches in flight, wait for them (they may cost less than estimated); alone, pause.
          if (inFlight.size === 0) {
            state.budgetBlocked = true;
            state.budgetBlockedBy = limit;
          }
          break;
        }
        if (next.rerun) state.retryBatches.shift();
        else state.nextBatch++;
        start(next.index, next.rerun);
        startedHere++;
      }
      // "paused" means nothing runs any more: in-flight batches finish first. A pause that lands
      // as the last batch finishes holds nothing back: the run completes rather than showing
      // "paused" with all its work done (histories from before the patch replay as they ran).
      const allDone =
        inFlight.size === 0 && state.nextBatch >= plan.batchCount && state.retryBatches.length === 0;
      const status =
        pauseReason(state) && inFlight.size === 0 && !(allDone && patched(COMPLETE_OVER_LATE_PAUSE))
          ? 'paused'
          : 'running';
      const sinceProjection = Date.now() - lastProjectionAt;
      if (
        status !== state.status ||
        statusReasonFor(state, status) !== state.statusReason ||
        stallChanged ||
        state.budgetChanged ||
        allowanceStale ||
        unprojectedBatches >= PROJECT_EVERY_BATCHES ||
        (unprojectedBatches > 0 && sinceProjection >= PROJECT_EVERY_MS)
      ) {
        await project(status);
        continue;
      }
      if (inFlight.size === 0) {
        // Sent-back batches are work left too: a draining execution hands them to the next one.
        if (state.nextBatch >= plan.batchCount && state.retryBatches.length === 0) return 'finished';
        if (draining()) return 'continue';
      }
      // Timers for what is due without any event: the 2 s projection, the next probe, the stall limit.
      const due: number[] = [];
      if (unprojectedBatches > 0) due.push(PROJECT_EVERY_MS - sinceProjection);
      if (state.stall && !state.providerPause && inFlight.size === 0) {
        if (state.stall.nextRetryAtMs !== null) due.push(state.stall.nextRetryAtMs - Date.now());
        due.push(state.stall.sinceMs + stallLimitMs - Date.now());
      }
      if (due.length > 0) await condition(() => wake !== seen, Math.max(1, Math.min(...due)));
      else await condition(() => wake !== seen);
    }
  }

  try {
    if (!state.plan) {
      await project('running', true);
      state.plan = await prepareRunItems(ids);
      await project('running');
    }
    if ((await evaluateBatches()) === 'continue') {
      await condition(allHandlersFinished);
      log.info('continuing as new', {
        nextBatch: state.nextBatch,
        historyLength: workflowInfo().historyLength,
      });
      return await continueAsNew<typeof EvaluationRunWorkflow>({ ...input, state });
    }
    // Finished is finished: a cancel arriving during this last write does not undo it.
    await CancellationScope.nonCancellable(() => close('completed', null));
    const { total, done, failed } = progressOf(state);
    return { status: 'completed', total, done, failed, executions: state.executions };
  } catch (error) {
    if (isCancellation(error)) {
      await CancellationScope.nonCancellable(async () => {
        await Promise.allSettled(inFlight.values());
        await close('cancelled', null);
      });
      throw error;
    }
    // Anything but an activity's final failure is a bug in this code: let the workflow task
    // fail and retry (a fixed deployment resumes the run) rather than end the run.
    if (!(error instanceof ActivityFailure)) throw error;
    batchScope.cancel();
    await CancellationScope.nonCancellable(async () => {
      await Promise.allSettled(inFlight.values());
      await close('error', failureOf(error));
    });
    throw ApplicationFailure.create({
      type: RunFailureType.failed,
      message: failureOf(error).message,
      nonRetryable: true,
      cause: error,
    });
  }
}

/** A batch's failure that the workflow handles itself: its model provider was unusable. */
function providerFailureOf(error: unknown): { rejectedKey: boolean; details: ProviderFailureDetails } | null {
  if (!(error instanceof ActivityFailure) || !(error.cause instanceof ApplicationFailure)) return null;
  const { type, details } = error.cause;
  const rejectedKey = type === RunFailureType.providerRejected;
  if (!rejectedKey && type !== RunFailureType.providerUnavailable) return null;
  const first = details?.[0] as ProviderFailureDetails | undefined;
  if (!first) return null;
  return { rejectedKey, details: first };
}

function failureOf(error: ActivityFailure): { code: string; message: string } {
  const cause = error.cause;
  const code =
    cause instanceof ApplicationFailure && cause.type ? cause.type : (cause?.name ?? 'activity_failed');
  return { code, message: cause?.message || error.message };
}
