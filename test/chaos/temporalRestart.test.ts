import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/stack/ports.js';
import { silentProgress } from '../../src/stack/progress.js';
import {
  findTemporalCli,
  startTemporalDevServer,
  type TemporalDevServer,
  type TemporalDevServerOptions,
} from '../../src/stack/temporal.js';
import { runProgressQuery } from '../../src/workflows/definitions.js';
import { useTestStack } from '../support/testStack.js';
import {
  countResults,
  expectedMetrics,
  expectMetricsMatch,
  fakePrices,
  post,
  promptFor,
  seedJudge,
  waitForRun,
} from '../support/runKit.js';
import { waitFor } from '../support/waitFor.js';

/**
 * Its own Temporal dev server (the shared one serves other files), file-backed,
 * stopped in the middle of a run and started again on the same port and file:
 * the API reports it unready meanwhile, and the API and the in-process worker
 * recover by themselves; the run completes with every result exactly once.
 */
const ITEMS = 300;
const BATCH_SIZE = 10;
const rows = Array.from({ length: ITEMS }, (_, i) => ({
  id: `item-${i}`,
  input: `question ${i}`,
  output: `answer ${i}`,
}));

describe('a Temporal server restarted mid-run', () => {
  let dir: string;
  let options: TemporalDevServerOptions;
  let temporal: TemporalDevServer | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'assay-temporal-restart-'));
    options = {
      cli: await findTemporalCli(silentProgress),
      port: await freePort(),
      dbFile: path.join(dir, 'temporal.sqlite'),
      namespace: 'default',
      logFile: path.join(dir, 'temporal.log'),
    };
    temporal = await startTemporalDevServer(options);
  });
  afterAll(async () => {
    await temporal?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  // Registered after the server's hooks: starts on it, and is closed before it stops.
  const stack = useTestStack({
    worker: true,
    fakeLlm: { server: { latencyMs: 40 }, provider: { max_concurrency: 32, prices: fakePrices } },
    env: () => ({
      TEMPORAL_ADDRESS: temporal!.address,
      TEMPORAL_NAMESPACE: options.namespace,
      // 30 batches, two at a time: several seconds of work, so the outage lands mid-run.
      ASSAY_RUN_BATCH_SIZE: String(BATCH_SIZE),
      ASSAY_RUN_WINDOW: '2',
      ASSAY_RUN_ITEM_CONCURRENCY: '4',
      // A batch whose completion was lost in the outage is retried after this (not 30 s).
      ASSAY_RUN_HEARTBEAT_TIMEOUT_MS: '10000',
    }),
  });

  const readiness = async () => {
    const response = await stack.request('GET', '/readyz', { key: null });
    return { status: response.status, body: (await response.json()) as { checks: Record<string, boolean> } };
  };

  it('is unready while Temporal is down, then the run completes once it is back', async () => {
    await post(stack, '/v1/containers', { label: 'bot' });
    await post(stack, '/v1/datasets', { name: 'golden', items: rows });
    const judge = await seedJudge(stack, 'bot', 'quality');
    const run = await post(stack, '/v1/evaluations/runs', {
      container: 'bot',
      evaluators: [judge.id],
      sample: { type: 'dataset', dataset: 'golden' },
      ground_truth: { type: 'dataset', dataset: 'golden' },
    });
    let workerStopped = false;
    void stack.workers!.done.finally(() => (workerStopped = true)).catch(() => {});
    const handle = stack.api.ctx.temporal.workflow.getHandle(run.id);
    const before = await waitFor(
      () => handle.query(runProgressQuery),
      (p) => p.batchesDone >= 3,
      { what: 'three finished batches' },
    );
    expect(before.batchesDone).toBeLessThan(before.batchCount! - 2);

    const stoppedAt = Date.now();
    await temporal!.stop();
    temporal = undefined;
    const down = await readiness();
    expect(down.status).toBe(503);
    expect(down.body.checks).toEqual({ mongodb: true, temporal: false });
    // The API keeps serving what MongoDB holds.
    expect((await stack.call('GET', `/v1/evaluations/runs/${run.id}`)).status).toBe(200);
    // A new run cannot start: a prompt 503 with Retry-After, and nothing left behind.
    const refused = await stack.call('POST', '/v1/evaluations/runs', {
      body: { container: 'bot', evaluators: [judge.id], sample: { type: 'dataset', dataset: 'golden' } },
    });
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('temporal_unavailable');
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect((await stack.call('GET', '/v1/evaluations/runs')).body.total).toBe(1);
    // Batches in flight go on without Temporal; their completions wait for it to come back.
    const resultsWhileDown = await waitFor(
      () => countResults(stack, run.id),
      (n) => n >= (before.batchesDone + 1) * BATCH_SIZE,
      { what: 'a batch to finish during the outage' },
    );

    temporal = await startTemporalDevServer(options);
    const restartedAt = Date.now();
    await waitFor(readiness, (r) => r.status === 200, { what: '/readyz to recover' });
    const readyAt = Date.now();
    const doneAtRestart = (await stack.call('GET', `/v1/evaluations/runs/${run.id}`)).body.progress.done;
    await waitForRun(stack, run.id, (r) => r.progress.done > doneAtRestart, 90_000);
    const progressedAt = Date.now();
    const done = await waitForRun(stack, run.id, undefined, 90_000);
    const completedAt = Date.now();

    expect(done.status, JSON.stringify(done.error)).toBe('completed');
    expect(done.progress).toEqual({ total: ITEMS, done: ITEMS, failed: 0 });
    expect(await countResults(stack, run.id)).toBe(ITEMS);
    expectMetricsMatch(
      done.metrics.by_evaluator[0],
      expectedMetrics(rows.map((r) => promptFor(r.input, r.output, r.output))),
    );
    expect((await readiness()).body.checks).toEqual({ mongodb: true, temporal: true });
    // The worker rode out the outage: the one started at the beginning finished the run.
    expect(workerStopped).toBe(false);

    console.info(
      `temporal restart: stopped at batch ${before.batchesDone}/${before.batchCount} ` +
        `(${resultsWhileDown} results written during the outage), down for ${restartedAt - stoppedAt} ms; ` +
        `/readyz 200 ${readyAt - restartedAt} ms after the restart, run progress moved after ` +
        `${progressedAt - restartedAt} ms, completed ${completedAt - restartedAt} ms after the restart`,
    );
  });
});
