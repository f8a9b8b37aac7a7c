import { randomBytes } from 'node:crypto';
import { Context } from '@temporalio/activity';
import { WorkflowFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activities } from '../../src/activities/index.js';
import type { RunPlan } from '../../src/core/runPlan.js';
import type { FinalizeRunInput } from '../../src/activities/finalizeRun.js';
import type { ProjectRunInput } from '../../src/activities/projectRun.js';
import { pauseRunSignal, resumeRunSignal, runProgressQuery } from '../../src/workflows/definitions.js';
import { EvaluationRunWorkflow } from '../../src/workflows/evaluationRun.js';
import { createTestWorkflowEnvironment, loadWorkflowBundle } from '../support/harness.js';
import { waitUntil } from '../support/waitFor.js';
import { scoredBatchSummary, standInPlan } from '../support/workflowStandIns.js';

/**
 * The workflow's orchestration alone, on the real dev server through
 * @temporalio/testing, with activities replaced by recording stand-ins (the
 * activity factory makes that a plain object, no module mocking): the sliding
 * window, continue-as-new, pause and cancel.
 */
interface Recorder {
  started: number[];
  maxInFlight: number;
  inFlight: number;
  projections: ProjectRunInput[];
  finalized: FinalizeRunInput[];
  /** Batches wait until this opens (true) so a test can hold them in flight. */
  gate: { open: boolean };
  plan: RunPlan;
}

const BATCHES = 10;
const plan: RunPlan = standInPlan(BATCHES, { window: 3, batchesPerExecution: 4, heartbeatTimeoutMs: 5000 });

function standInActivities(recorder: Recorder): Partial<Activities> {
  return {
    prepareRunItems: async () => recorder.plan,
    evaluateBatch: async ({ batchIndex }: { batchIndex: number }) => {
      recorder.started.push(batchIndex);
      recorder.inFlight++;
      recorder.maxInFlight = Math.max(recorder.maxInFlight, recorder.inFlight);
      try {
        // Heartbeating is how cancellation reaches an activity; sleep() throws once cancelled.
        while (!recorder.gate.open) {
          Context.current().heartbeat();
          await Context.current().sleep(20);
        }
        return scoredBatchSummary(batchIndex, batchIndex / 10);
      } finally {
        recorder.inFlight--;
      }
    },
    projectRun: async (input: ProjectRunInput) => {
      recorder.projections.push(input);
      return { projectAllowanceUsd: null };
    },
    finalizeRun: async (input: FinalizeRunInput) => {
      recorder.finalized.push(input);
    },
  } as Partial<Activities>;
}

describe('EvaluationRunWorkflow orchestration (@temporalio/testing, stand-in activities)', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await createTestWorkflowEnvironment();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function withWorker<T>(recorder: Recorder, use: (taskQueue: string) => Promise<T>): Promise<T> {
    const taskQueue = `orchestration-${randomBytes(4).toString('hex')}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      namespace: env.namespace,
      taskQueue,
      workflowBundle: loadWorkflowBundle(),
      activities: standInActivities(recorder),
    });
    return worker.runUntil(use(taskQueue));
  }

  const newRecorder = (open: boolean, runPlan = plan): Recorder => ({
    started: [],
    maxInFlight: 0,
    inFlight: 0,
    projections: [],
    finalized: [],
    gate: { open },
    plan: runPlan,
  });

  it('keeps at most `window` batches in flight, continues as new, and evaluates every batch once', async () => {
    const recorder = newRecorder(true);
    const outcome = await withWorker(recorder, (taskQueue) =>
      env.client.workflow.execute(EvaluationRunWorkflow, {
        taskQueue,
        workflowId: `run_orchestration_${randomBytes(4).toString('hex')}`,
        args: [{ projectId: 'prj_test', runId: 'run_test' }],
      }),
    );
    expect([...recorder.started].sort((a, b) => a - b)).toEqual([...Array(BATCHES).keys()]);
    expect(recorder.maxInFlight).toBeLessThanOrEqual(plan.tuning.window);
    // 10 batches at 4 per execution: three executions.
    expect(outcome).toMatchObject({ status: 'completed', total: BATCHES, done: BATCHES, executions: 3 });
    expect(recorder.finalized).toHaveLength(1);
    expect(recorder.finalized[0]).toMatchObject({ status: 'completed', error: null });
    expect(recorder.finalized[0]!.totals.done).toBe(BATCHES);
  });

  it('pauses (in-flight batches finish, no new ones start) and resumes', async () => {
    const recorder = newRecorder(false);
    await withWorker(recorder, async (taskQueue) => {
      const handle = await env.client.workflow.start(EvaluationRunWorkflow, {
        taskQueue,
        workflowId: `run_orchestration_${randomBytes(4).toString('hex')}`,
        args: [{ projectId: 'prj_test', runId: 'run_test' }],
      });
      await waitUntil(async () => recorder.inFlight === plan.tuning.window, {
        timeoutMs: 20_000,
        what: 'a full window',
      });
      await handle.signal(pauseRunSignal);
      await waitUntil(async () => recorder.projections.some((p) => p.status === 'running'), {
        timeoutMs: 20_000,
        what: 'a projection',
      });
      recorder.gate.open = true;
      await waitUntil(async () => recorder.projections.some((p) => p.status === 'paused'), {
        timeoutMs: 20_000,
        what: 'the paused projection',
      });
      const startedWhilePaused = recorder.started.length;
      expect(startedWhilePaused).toBe(plan.tuning.window);
      const progress = await handle.query(runProgressQuery);
      expect(progress).toMatchObject({ status: 'paused', statusReason: 'paused_by_user', batchesDone: 3 });
      await handle.signal(resumeRunSignal);
      expect(await handle.result()).toMatchObject({ status: 'completed', done: BATCHES });
    });
  });

  it('a pause that lands while the last batches run completes the run, never showing it paused', async () => {
    const recorder = newRecorder(false, standInPlan(3, { ...plan.tuning, window: 3 }));
    await withWorker(recorder, async (taskQueue) => {
      const handle = await env.client.workflow.start(EvaluationRunWorkflow, {
        taskQueue,
        workflowId: `run_orchestration_${randomBytes(4).toString('hex')}`,
        args: [{ projectId: 'prj_test', runId: 'run_test' }],
      });
      await waitUntil(async () => recorder.inFlight === 3, {
        timeoutMs: 20_000,
        what: 'every batch in flight',
      });
      await handle.signal(pauseRunSignal);
      // The workflow has taken the pause (a workflow task completed after the signal) before any batch ends.
      await waitUntil(
        async () => {
          const events = (await handle.fetchHistory()).events ?? [];
          const signalled = events.findIndex((e) => e.workflowExecutionSignaledEventAttributes);
          return (
            signalled >= 0 && events.slice(signalled).some((e) => e.workflowTaskCompletedEventAttributes)
          );
        },
        { timeoutMs: 20_000, what: 'the pause taken' },
      );
      expect(recorder.inFlight).toBe(3);
      recorder.gate.open = true;
      expect(await handle.result()).toMatchObject({ status: 'completed', done: 3 });
    });
    expect(recorder.projections.map((p) => p.status)).not.toContain('paused');
    expect(recorder.finalized).toMatchObject([{ status: 'completed', error: null }]);
  });

  it('cancel stops the batches in flight and records the run as cancelled with its partial totals', async () => {
    const recorder = newRecorder(false);
    await withWorker(recorder, async (taskQueue) => {
      const handle = await env.client.workflow.start(EvaluationRunWorkflow, {
        taskQueue,
        workflowId: `run_orchestration_${randomBytes(4).toString('hex')}`,
        args: [{ projectId: 'prj_test', runId: 'run_test' }],
      });
      await waitUntil(async () => recorder.inFlight === plan.tuning.window, {
        timeoutMs: 20_000,
        what: 'a full window',
      });
      await handle.cancel();
      await expect(handle.result()).rejects.toBeInstanceOf(WorkflowFailedError);
      expect(recorder.inFlight).toBe(0);
      expect(recorder.started).toHaveLength(plan.tuning.window);
      expect(recorder.finalized).toHaveLength(1);
      expect(recorder.finalized[0]).toMatchObject({ status: 'cancelled' });
      expect(recorder.finalized[0]!.totals.done).toBe(0);
    });
  });
});
