import type { Client } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import type { RunOutcome } from '../../src/workflows/evaluationRun.js';
import { useTestStack } from '../support/testStack.js';
import { countResults, post, waitForRun } from '../support/runKit.js';
import { waitFor } from '../support/waitFor.js';

/**
 * A 20,000-item run on the real stack with batches of 100 (the default for runs
 * with a judge; code-only runs default to larger ones) and 50 per execution: it completes with every result once and the right
 * metrics, and no workflow execution's history grows anywhere near Temporal's
 * 51,200-event limit, because continue-as-new bounds each one however large the run.
 *
 * The evaluator is code: one sandbox process scores a whole batch, so the 200
 * batches take about 20 s here. A judge on the fake server (no latency) spends one
 * HTTP call and one response-cache insert per item: about 80 s for the same batches.
 */
const ITEMS = 20_000;
const HISTORY_BOUND = 2_000;
const rows = Array.from({ length: ITEMS }, (_, i) => ({
  id: `item-${i}`,
  input: `question ${i}`,
  output: `answer ${i}`,
}));
/** Scores item i as (i mod 100) / 100: known in advance, spread over [0, 1). */
const scorer =
  'def evaluate(sample, ground_truth):\n    return int(sample["input"].split()[-1]) % 100 / 100\n';
const scores = rows.map((_, i) => (i % 100) / 100);

describe('a 20,000-item run', () => {
  const stack = useTestStack({ worker: true, env: { ASSAY_RUN_CODE_BATCH_SIZE: '100' } });

  it(
    'completes with correct metrics and a bounded history in every execution',
    { timeout: 600_000 },
    async () => {
      const started = Date.now();
      await post(stack, '/v1/containers', { label: 'bot' });
      const dataset = await post(stack, '/v1/datasets', { name: 'big' });
      const upload = await stack.call('POST', `/v1/datasets/${dataset.id}/items`, {
        body: rows.map((row) => JSON.stringify(row)).join('\n') + '\n',
        headers: { 'content-type': 'application/x-ndjson' },
      });
      expect(upload.status, JSON.stringify(upload.body)).toBe(200);
      expect(upload.body).toMatchObject({ inserted: ITEMS, item_count: ITEMS });
      const uploaded = Date.now();

      const evaluator = await post(stack, '/v1/evaluators', {
        container: 'bot',
        name: 'position',
        type: 'code',
        code: scorer,
        threshold: 0.5,
      });
      const run = await post(stack, '/v1/evaluations/runs', {
        container: 'bot',
        evaluators: [evaluator.id],
        sample: { type: 'dataset', dataset: dataset.id },
        ground_truth: { type: 'dataset', dataset: dataset.id },
      });
      const done = await waitForRun(stack, run.id, undefined, 540_000);
      const completed = Date.now();
      expect(done.status, JSON.stringify(done.error)).toBe('completed');
      expect(done.progress).toEqual({ total: ITEMS, done: ITEMS, failed: 0 });
      expect(await countResults(stack, run.id)).toBe(ITEMS);
      const passed = scores.filter((s) => s >= 0.5).length;
      const metrics = done.metrics.by_evaluator[0];
      expect(metrics).toMatchObject({ count: ITEMS, scored: ITEMS, errors: 0, passed });
      expect(metrics.mean).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / ITEMS, 9);
      expect(metrics.pass_rate).toBeCloseTo(passed / ITEMS, 9);

      const client = stack.api.ctx.temporal;
      const outcome: RunOutcome = await client.workflow.getHandle(run.id).result();
      expect(outcome.executions).toBeGreaterThan(1);
      const histories = await historiesOf(client, run.id, outcome.executions);
      const lengths = histories.map((h) => h.events.length);
      const largest = Math.max(...lengths);
      const phases = phasesOf(histories.flatMap((h) => h.events));
      console.info(
        `scale: ${ITEMS} items, 1 evaluator, largest history ${largest} events, ` +
          `${Math.round((completed - started) / 1000)} s ` +
          `(upload ${secondsOf(uploaded - started)}, prepare ${secondsOf(phases.prepareMs)}, ` +
          `${phases.batches} batches ${secondsOf(phases.batchesMs)}, finalize ${secondsOf(phases.finalizeMs)}, ` +
          `${phases.projections} projections); ` +
          `${outcome.executions} executions of ${lengths.join(', ')} events`,
      );
      expect(largest).toBeLessThan(HISTORY_BOUND);
    },
  );
});

interface HistoryEvent {
  eventType?: number | null;
  eventTime?: { seconds?: unknown; nanos?: number | null } | null;
  activityTaskScheduledEventAttributes?: { activityType?: { name?: string | null } | null } | null;
  activityTaskCompletedEventAttributes?: { scheduledEventId?: unknown } | null;
  markerRecordedEventAttributes?: { markerName?: string | null } | null;
  eventId?: unknown;
}

/** Every execution of a workflow id (continue-as-new makes one per chain link), each with its history. */
async function historiesOf(client: Client, workflowId: string, executions: number) {
  const found = await waitFor(
    async () => {
      const list = [];
      for await (const execution of client.workflow.list({ query: `WorkflowId = "${workflowId}"` }))
        list.push(execution);
      return list;
    },
    (list) => list.length >= executions,
    { what: `${executions} executions of ${workflowId} in visibility` },
  );
  expect(found).toHaveLength(executions);
  return Promise.all(
    found.map(async (execution) => {
      const history = await client.workflow.getHandle(workflowId, execution.runId).fetchHistory();
      return { runId: execution.runId, events: (history.events ?? []) as HistoryEvent[] };
    }),
  );
}

const millisOf = (event: HistoryEvent) =>
  Number(event.eventTime?.seconds ?? 0) * 1000 + Math.round((event.eventTime?.nanos ?? 0) / 1e6);
const secondsOf = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Where the run's time went, read from the activities in its histories. */
function phasesOf(events: HistoryEvent[]) {
  const scheduled = new Map<string, { type: string; at: number }>();
  const spans: { type: string; from: number; to: number }[] = [];
  for (const event of events) {
    const type = event.activityTaskScheduledEventAttributes?.activityType?.name;
    if (type) scheduled.set(String(event.eventId), { type, at: millisOf(event) });
    const completed = event.activityTaskCompletedEventAttributes;
    if (completed) {
      const start = scheduled.get(String(completed.scheduledEventId));
      if (start) spans.push({ type: start.type, from: start.at, to: millisOf(event) });
    }
  }
  const of = (type: string) => spans.filter((s) => s.type === type);
  const total = (list: typeof spans) => list.reduce((sum, s) => sum + s.to - s.from, 0);
  const batches = of('evaluateBatch');
  return {
    prepareMs: total(of('prepareRunItems')),
    batches: batches.length,
    batchesMs: Math.max(...batches.map((s) => s.to)) - Math.min(...batches.map((s) => s.from)),
    finalizeMs: total(of('finalizeRun')),
    // Status changes are projected by activities on the queue; progress by local ones, a marker
    // each with no time of its own in the history.
    projections:
      of('projectRun').length +
      events.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity').length,
  };
}
