import { randomBytes } from 'node:crypto';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluateBatchInput } from '../../src/activities/evaluateBatch.js';
import type { Activities } from '../../src/activities/index.js';
import type { RunPlan } from '../../src/core/runPlan.js';
import type { ProjectRunInput } from '../../src/activities/projectRun.js';
import { RunFailureType, type ProviderFailureDetails } from '../../src/core/runFailures.js';
import { resumeRunSignal, runProgressQuery } from '../../src/workflows/definitions.js';
import { EvaluationRunWorkflow } from '../../src/workflows/evaluationRun.js';
import { createTestWorkflowEnvironment, loadWorkflowBundle } from '../support/harness.js';
import { waitUntil } from '../support/waitFor.js';
import { scoredBatchSummary, standInPlan } from '../support/workflowStandIns.js';

/**
 * What the workflow does with batches its model provider stops: it shows the stall
 * (provider, error, since, next retry) on the run and in the Temporal UI, retries
 * one probe at a time, pauses past the stall limit or at once on a rejected key, and
 * on resume finishes every batch exactly once. Stand-in activities play the provider.
 */
const BATCHES = 4;
const STALL_LIMIT_MS = 3000;
const plan: RunPlan = standInPlan(BATCHES, {
  window: 2,
  batchesPerExecution: 50,
  heartbeatTimeoutMs: 5000,
  stallLimitMs: STALL_LIMIT_MS,
});

type ProviderState = 'up' | 'down' | 'rejected';

interface Recorder {
  plan: RunPlan;
  provider: ProviderState;
  calls: EvaluateBatchInput[];
  succeeded: number[];
  projections: ProjectRunInput[];
}

const details = (kind: string, status: number | null): ProviderFailureDetails => ({
  provider: 'fake',
  model: 'fake/judge-model',
  kind,
  status,
  message: `fake/judge-model: ${status ?? 'connection refused'}`,
  firstFailedAt: Date.now(),
  retryAfterMs: null,
});

function standIns(recorder: Recorder): Partial<Activities> {
  return {
    prepareRunItems: async () => recorder.plan,
    evaluateBatch: async (input: EvaluateBatchInput) => {
      recorder.calls.push(input);
      Context.current().heartbeat();
      if (recorder.provider === 'down') {
        throw ApplicationFailure.create({
          type: RunFailureType.providerUnavailable,
          message: 'could not reach the provider',
          nonRetryable: true,
          details: [details('connection', null)],
        });
      }
      if (recorder.provider === 'rejected') {
        throw ApplicationFailure.create({
          type: RunFailureType.providerRejected,
          message: '401 Incorrect API key',
          nonRetryable: true,
          details: [details('auth', 401)],
        });
      }
      recorder.succeeded.push(input.batchIndex);
      return scoredBatchSummary(input.batchIndex);
    },
    projectRun: async (input: ProjectRunInput) => {
      recorder.projections.push(input);
      return { projectAllowanceUsd: null };
    },
    finalizeRun: async () => {},
  } as Partial<Activities>;
}

describe('EvaluationRunWorkflow when the model provider fails', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await createTestWorkflowEnvironment();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function withWorker(recorder: Recorder, use: (taskQueue: string) => Promise<void>): Promise<void> {
    const taskQueue = `stall-${randomBytes(4).toString('hex')}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      namespace: env.namespace,
      taskQueue,
      workflowBundle: loadWorkflowBundle(),
      activities: standIns(recorder),
    });
    await worker.runUntil(use(taskQueue));
  }
  const start = (taskQueue: string) =>
    env.client.workflow.start(EvaluationRunWorkflow, {
      taskQueue,
      workflowId: `run_stall_${randomBytes(4).toString('hex')}`,
      args: [{ projectId: 'prj_test', runId: 'run_test' }],
    });
  const newRecorder = (provider: ProviderState, runPlan: RunPlan = plan): Recorder => ({
    plan: runPlan,
    provider,
    calls: [],
    succeeded: [],
    projections: [],
  });
  const lastProjection = (recorder: Recorder) => recorder.projections.at(-1);

  it('shows an outage while it retries, pauses past the stall limit, and finishes every batch once on resume', async () => {
    const recorder = newRecorder('down');
    await withWorker(recorder, async (taskQueue) => {
      const handle = await start(taskQueue);
      await waitUntil(async () => lastProjection(recorder)?.statusReason === 'provider_failing', {
        timeoutMs: 10_000,
        what: 'a projection of the stall',
      });
      const failing = lastProjection(recorder)!;
      expect(failing.status).toBe('running');
      expect(failing.stall).toMatchObject({
        provider: 'fake',
        model: 'fake/judge-model',
        kind: 'connection',
      });
      expect(failing.stall!.next_retry_at).toBeGreaterThanOrEqual(failing.stall!.since);
      // The Temporal UI's live line says the same.
      const metadata = (await handle.query('__temporal_workflow_metadata')) as { currentDetails?: string };
      expect(metadata.currentDetails).toContain('provider fake failing since');

      await waitUntil(async () => lastProjection(recorder)?.status === 'paused', {
        timeoutMs: 15_000,
        what: 'the pause past the stall limit',
      });
      const paused = lastProjection(recorder)!;
      expect(paused.statusReason).toBe('provider_unavailable');
      expect(paused.stall).toMatchObject({ provider: 'fake', next_retry_at: null });
      expect(await handle.query(runProgressQuery)).toMatchObject({
        status: 'paused',
        statusReason: 'provider_unavailable',
        done: 0,
      });
      // While failing, the run probed one batch at a time instead of starting new ones.
      expect(new Set(recorder.calls.map((c) => c.batchIndex))).toEqual(new Set([0, 1]));

      recorder.provider = 'up';
      await handle.signal(resumeRunSignal);
      expect(await handle.result()).toMatchObject({ status: 'completed', done: BATCHES, failed: 0 });
    });
    expect([...recorder.succeeded].sort()).toEqual([0, 1, 2, 3]);
    // Batches sent back by the provider run again as reruns (which look up earlier results).
    expect(recorder.calls.filter((c) => c.rerun).map((c) => c.batchIndex)).toEqual(
      expect.arrayContaining([0, 1]),
    );
  });

  it('a short outage clears by itself: the run goes on and the stall disappears', async () => {
    const recorder = newRecorder('down');
    await withWorker(recorder, async (taskQueue) => {
      const handle = await start(taskQueue);
      await waitUntil(async () => lastProjection(recorder)?.stall != null, {
        timeoutMs: 10_000,
        what: 'the stall',
      });
      recorder.provider = 'up';
      expect(await handle.result()).toMatchObject({ status: 'completed', done: BATCHES });
    });
    expect(recorder.projections.some((p) => p.status === 'paused')).toBe(false);
    const afterStall = recorder.projections.slice(recorder.projections.findIndex((p) => p.stall));
    expect(afterStall.some((p) => p.stall === null && p.statusReason === null)).toBe(true);
    expect([...recorder.succeeded].sort()).toEqual([0, 1, 2, 3]);
  });

  it('a rejected key pauses the run at once, without probing, and resume finishes it', async () => {
    const recorder = newRecorder('rejected');
    await withWorker(recorder, async (taskQueue) => {
      const handle = await start(taskQueue);
      await waitUntil(async () => lastProjection(recorder)?.status === 'paused', {
        timeoutMs: 10_000,
        what: 'the pause',
      });
      const paused = lastProjection(recorder)!;
      expect(paused.statusReason).toBe('provider_auth_failed');
      expect(paused.stall).toMatchObject({ kind: 'auth', http_status: 401, next_retry_at: null });
      // Only the window's batches met the key; no batch was retried against it.
      expect(recorder.calls).toHaveLength(plan.tuning.window);

      recorder.provider = 'up';
      await handle.signal(resumeRunSignal);
      expect(await handle.result()).toMatchObject({ status: 'completed', done: BATCHES, failed: 0 });
    });
    expect([...recorder.succeeded].sort()).toEqual([0, 1, 2, 3]);
  });

  it('sent-back batches survive continue-as-new: a paused run at its per-execution limit still finishes', async () => {
    const recorder = newRecorder('rejected', { ...plan, tuning: { ...plan.tuning, batchesPerExecution: 2 } });
    await withWorker(recorder, async (taskQueue) => {
      const handle = await start(taskQueue);
      await waitUntil(async () => lastProjection(recorder)?.status === 'paused', {
        timeoutMs: 10_000,
        what: 'the pause',
      });
      recorder.provider = 'up';
      await handle.signal(resumeRunSignal);
      expect(await handle.result()).toMatchObject({ status: 'completed', done: BATCHES, failed: 0 });
    });
    expect([...recorder.succeeded].sort()).toEqual([0, 1, 2, 3]);
  });
});
