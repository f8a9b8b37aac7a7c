import type { RunStatus } from '../domain/runs.js';
import type { WebhookEventType } from '../domain/webhooks.js';
import type { EvalStore } from '../store/evals.js';
import { webhookEventId, type WebhookDispatcher } from './dispatcher.js';

type FinalStatus = Extract<RunStatus, 'completed' | 'error' | 'cancelled'>;

const nativeType: Record<FinalStatus, WebhookEventType> = {
  completed: 'evaluation.run.completed',
  error: 'evaluation.run.errored',
  cancelled: 'evaluation.run.cancelled',
};

/** OpenAI's names for an Evals API run's end (`client.webhooks.unwrap()` types exactly these). */
const evalType: Record<FinalStatus, WebhookEventType> = {
  completed: 'eval.run.succeeded',
  error: 'eval.run.failed',
  cancelled: 'eval.run.canceled',
};

/**
 * A run's end: the native event, and for a run started through the Evals API also OpenAI's
 * (its payload exactly OpenAI's: `data` holds the eval run's id only). Event ids follow from
 * the run and its final status, which happens once: a retried finalize emits the same events.
 */
export async function emitRunFinished(
  dispatcher: WebhookDispatcher,
  evals: EvalStore,
  run: {
    projectId: string;
    runId: string;
    status: FinalStatus;
    error: { code: string; message: string } | null;
  },
  now: number,
): Promise<void> {
  const { projectId, runId, status } = run;
  await dispatcher.emit(projectId, {
    id: webhookEventId(projectId, runId, status),
    object: 'event',
    type: nativeType[status],
    created_at: now,
    data: { id: runId, object: 'evaluation.run', status, error: run.error },
  });
  const evalRun = await evals.runs.get(runId);
  if (!evalRun) return;
  await dispatcher.emit(projectId, {
    id: webhookEventId(projectId, runId, evalType[status]),
    object: 'event',
    type: evalType[status],
    created_at: now,
    data: { id: runId },
  });
}

/** A run that has just paused, with its reason. `occurrence` tells one pause of the run from the next. */
export async function emitRunPaused(
  dispatcher: WebhookDispatcher,
  run: { projectId: string; runId: string; reason: string | null; occurrence: string },
  now: number,
): Promise<void> {
  await dispatcher.emit(run.projectId, {
    id: webhookEventId(run.projectId, run.runId, 'paused', run.occurrence),
    object: 'event',
    type: 'evaluation.run.paused',
    created_at: now,
    data: { id: run.runId, object: 'evaluation.run', status: 'paused', reason: run.reason },
  });
}
