import { randomBytes } from 'node:crypto';
import { Context } from '@temporalio/activity';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Activities } from '../../src/activities/index.js';
import type { RunPlan } from '../../src/core/runPlan.js';
import type { ProjectRunInput } from '../../src/activities/projectRun.js';
import { EvaluationRunWorkflow } from '../../src/workflows/evaluationRun.js';
import { createTestWorkflowEnvironment, loadWorkflowBundle } from '../support/harness.js';
import { waitUntil } from '../support/waitFor.js';
import { scoredBatchSummary, standInPlan } from '../support/workflowStandIns.js';

/**
 * How soon the run document shows finished batches: within the 2 s projection rule
 * even when nothing else happens, and without losing batches that finish while a
 * projection is being written. Stand-in activities hold each batch on its own gate.
 */
const BATCHES = 6;
const plan: RunPlan = standInPlan(BATCHES, { window: 5, batchesPerExecution: 50, heartbeatTimeoutMs: 5000 });

interface Recorder {
  open: Set<number>;
  finished: number;
  projections: ProjectRunInput[];
  /** While set, projections of at least one result wait until it is cleared. */
  holdProjections: boolean;
  held: number;
}

function standIns(recorder: Recorder): Partial<Activities> {
  return {
    prepareRunItems: async () => plan,
    evaluateBatch: async ({ batchIndex }: { batchIndex: number }) => {
      while (!recorder.open.has(batchIndex)) {
        Context.current().heartbeat();
        await Context.current().sleep(20);
      }
      recorder.finished++;
      return scoredBatchSummary(batchIndex);
    },
    projectRun: async (input: ProjectRunInput) => {
      if (input.totals.done > 0 && recorder.holdProjections) {
        recorder.held++;
        while (recorder.holdProjections) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      recorder.projections.push(input);
      return { projectAllowanceUsd: null };
    },
    finalizeRun: async () => {},
  } as Partial<Activities>;
}

describe('run progress projection timing', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await createTestWorkflowEnvironment();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function withRun(recorder: Recorder, use: () => Promise<void>): Promise<void> {
    const taskQueue = `projection-${randomBytes(4).toString('hex')}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      namespace: env.namespace,
      taskQueue,
      workflowBundle: loadWorkflowBundle(),
      activities: standIns(recorder),
    });
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(EvaluationRunWorkflow, {
        taskQueue,
        workflowId: `run_projection_${randomBytes(4).toString('hex')}`,
        args: [{ projectId: 'prj_test', runId: 'run_test' }],
      });
      await use();
      for (let i = 0; i < BATCHES; i++) recorder.open.add(i);
      await handle.result();
    });
  }

  const newRecorder = (): Recorder => ({
    open: new Set(),
    finished: 0,
    projections: [],
    holdProjections: false,
    held: 0,
  });
  const maxDone = (recorder: Recorder) => Math.max(0, ...recorder.projections.map((p) => p.totals.done));

  it('a finished batch reaches the run document within the 2 s rule while the others are still running', async () => {
    const recorder = newRecorder();
    await withRun(recorder, async () => {
      recorder.open.add(0);
      // Nothing else happens: batches 1-5 stay in flight. Only a timer can make this projection.
      await waitUntil(async () => maxDone(recorder) === 1, { timeoutMs: 10_000, what: 'batch 0 projected' });
    });
  });

  it('batches that finish while a projection is written are projected afterwards, not forgotten', async () => {
    const recorder = newRecorder();
    await withRun(recorder, async () => {
      recorder.holdProjections = true;
      recorder.open.add(0);
      await waitUntil(async () => recorder.held === 1, { timeoutMs: 10_000, what: 'a held projection' });
      // While that projection is being written, four more batches finish.
      for (const i of [1, 2, 3, 4]) recorder.open.add(i);
      await waitUntil(async () => recorder.finished === 5, { timeoutMs: 10_000, what: 'five batches' });
      recorder.holdProjections = false;
      await waitUntil(async () => maxDone(recorder) === 5, { timeoutMs: 10_000, what: 'all five projected' });
    });
  });
});
