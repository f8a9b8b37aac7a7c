import { readFileSync } from 'node:fs';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProgressQuery } from '../../src/workflows/definitions.js';
import type { RunOutcome } from '../../src/workflows/evaluationRun.js';
import { loadWorkflowBundle } from '../support/harness.js';
import {
  adminProjectId,
  countResults,
  expectedMetrics,
  expectMetricsMatch,
  post,
  promptFor,
  seedContainer,
  seedJudge,
  useRunKit,
  waitForRun,
} from '../support/runKit.js';
import { waitFor } from '../support/waitFor.js';

const logs = Array.from({ length: 10 }, (_, i) => ({ input: `case ${i}`, output: `verdict ${i}` }));
const expected = expectedMetrics(logs.map((l) => promptFor(l.input, l.output, l.output)));

/** The activity types a history scheduled on the task queue (local activities are markers, not these). */
function scheduledActivities(history: temporal.api.history.v1.IHistory): string[] {
  return (history.events ?? []).flatMap((e) => {
    const name = e.activityTaskScheduledEventAttributes?.activityType?.name;
    return name ? [name] : [];
  });
}

describe('EvaluationRunWorkflow on a real Temporal server', () => {
  let containerId: string;
  // 10 items in batches of 2 with 2 batches per execution: 5 batches over 3 executions.
  const kit = useRunKit({
    ASSAY_RUN_BATCHES_PER_EXECUTION: '2',
    ASSAY_RUN_WINDOW: '2',
    ASSAY_RUN_ITEM_ATTEMPTS: '3',
  });
  beforeAll(async () => {
    containerId = (await seedContainer(kit.stack, 'bot', logs)).id;
    await seedJudge(kit.stack, 'bot', 'quality');
  });

  const client = () => kit.stack.api.ctx.temporal;
  const startRun = () =>
    post(kit.stack, '/v1/evaluations/runs', {
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
    });

  /** Every execution of a run, oldest first (visibility is eventually consistent: poll). */
  async function executionsOf(runId: string, count: number) {
    return waitFor(
      async () => {
        const found = [];
        for await (const execution of client().workflow.list({ query: `WorkflowId = "${runId}"` }))
          found.push(execution);
        return found.sort((a, b) => a.startTime.getTime() - b.startTime.getTime());
      },
      (found) => found.length >= count,
      { what: `${count} executions of ${runId}` },
    );
  }

  it('continues as new every 2 batches, carries its totals, and completes with correct metrics', async () => {
    const run = await startRun();
    const done = await waitForRun(kit.stack, run.id);
    expect(done.status).toBe('completed');
    expectMetricsMatch(done.metrics.by_evaluator[0], expected);
    expect(await countResults(kit.stack, run.id)).toBe(logs.length);

    const outcome: RunOutcome = await client().workflow.getHandle(run.id).result();
    expect(outcome).toEqual({ status: 'completed', total: 10, done: 10, failed: 0, executions: 3 });
    const executions = await executionsOf(run.id, 3);
    expect(executions.map((e) => e.status.name)).toEqual([
      'CONTINUED_AS_NEW',
      'CONTINUED_AS_NEW',
      'COMPLETED',
    ]);

    // Every execution's history replays against today's workflow code: no non-determinism.
    // Progress projections are local activities (markers in the history); only the run's status
    // changes go through the queue: here, once, as it starts.
    const lengths: number[] = [];
    let markers = 0;
    let remoteProjections = 0;
    for (const execution of executions) {
      const history = await client().workflow.getHandle(run.id, execution.runId).fetchHistory();
      lengths.push(history.events?.length ?? 0);
      remoteProjections += scheduledActivities(history).filter((name) => name === 'projectRun').length;
      markers += (history.events ?? []).filter(
        (e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity',
      ).length;
      await Worker.runReplayHistory({ workflowBundle: loadWorkflowBundle() }, history, run.id);
    }
    console.info(`history lengths of run ${run.id} per execution: ${lengths.join(', ')}`);
    expect(remoteProjections).toBe(1);
    expect(markers).toBeGreaterThanOrEqual(1); // "prepared", at least
    expect(Math.max(...lengths)).toBeLessThan(200);

    const progress = await client().workflow.getHandle(run.id).query(runProgressQuery);
    expect(progress).toMatchObject({
      status: 'completed',
      total: 10,
      done: 10,
      failed: 0,
      batchesDone: 5,
      batchCount: 5,
    });
  });

  it('replays a run recorded before projections were local activities', async () => {
    // A 6-item run of 3 batches recorded by the workflow as it was before, its history as the
    // server sent it (protobuf; the SDK's JSON reader fails with the protobufjs installed here).
    // Its projections were activities on the queue: a run in flight across the deploy replays
    // such a history, so the workflow must still issue them there for it.
    const recorded = temporal.api.history.v1.History.decode(
      readFileSync(new URL('./fixtures/run-history-remote-projections.binpb', import.meta.url)),
    );
    expect(scheduledActivities(recorded).filter((name) => name === 'projectRun')).toHaveLength(2);
    await Worker.runReplayHistory({ workflowBundle: loadWorkflowBundle() }, recorded, 'recorded-run');
  });

  it('is found by its search attributes, with its final status', async () => {
    const run = await startRun();
    await waitForRun(kit.stack, run.id);
    const projectId = await adminProjectId(kit.stack);
    const query = `AssayContainer = "${containerId}" AND AssayProject = "${projectId}" AND AssayStatus = "completed" AND AssayEnvironment = "main"`;
    const found = await waitFor(
      async () => {
        const ids: string[] = [];
        for await (const execution of client().workflow.list({ query })) ids.push(execution.workflowId);
        return ids;
      },
      (ids) => ids.includes(run.id),
      { what: 'the run in visibility' },
    );
    expect(found).toContain(run.id);
  });

  it('a provider outage stalls the batch visibly, not the items; the run completes once it is back', async () => {
    kit.fake.setFaults({ rate: 1, kinds: ['503'] });
    try {
      const run = await startRun();
      const handle = client().workflow.getHandle(run.id);
      const stalled = await waitForRun(kit.stack, run.id, (r) => r.status_reason === 'provider_failing');
      expect(stalled).toMatchObject({ status: 'running', stall: { provider: 'fake', http_status: 503 } });
      expect(stalled.progress.failed).toBe(0);
      kit.fake.clearFaults();
      const done = await waitForRun(kit.stack, run.id, undefined, 60_000);
      expect(done.status).toBe('completed');
      expect(done.progress).toEqual({ total: 10, done: 10, failed: 0 });
      expectMetricsMatch(done.metrics.by_evaluator[0], expected);
      expect(await countResults(kit.stack, run.id)).toBe(logs.length);
      const history = await handle.fetchHistory();
      await Worker.runReplayHistory({ workflowBundle: loadWorkflowBundle() }, history, run.id);
    } finally {
      kit.fake.clearFaults();
    }
  });
});
