import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  countResults,
  post,
  seedContainer,
  seedJudge,
  useRunKit,
  waitForRun,
  type RunKit,
} from '../../support/runKit.js';
import { waitFor } from '../../support/waitFor.js';

const logs = Array.from({ length: 24 }, (_, i) => ({ input: `prompt ${i}`, output: `reply ${i}` }));
/** Batches in flight at once; the run kit's batches hold 2 items, each judged by one model call. */
const WINDOW = 4;
const WINDOW_ITEMS = WINDOW * 2;

/**
 * The fake's request count must not move over `windowMs`: the one place a test
 * watches the clock, because "no more traffic" can only be seen over time.
 */
async function expectNoNewRequests(kit: Pick<RunKit, 'fake'>, windowMs = 1500): Promise<void> {
  const before = kit.fake.requests.length;
  const until = Date.now() + windowMs;
  while (Date.now() < until) {
    expect(kit.fake.requests.length).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('controlling a running run', () => {
  const kit = useRunKit({ ASSAY_RUN_WINDOW: String(WINDOW) });
  beforeAll(async () => {
    await seedContainer(kit.stack, 'bot', logs);
    await seedJudge(kit.stack, 'bot', 'quality');
  });
  afterEach(() => {
    kit.fake.setLatency(0);
  });

  const start = () =>
    post(kit.stack, '/v1/evaluations/runs', {
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
    });

  it('cancel mid-run: the run ends cancelled with partial metrics and the model traffic stops', async () => {
    // Each window of batches takes a second: the cancel lands with batches left, however slow the machine.
    kit.fake.setLatency(1000);
    const run = await start();
    await waitForRun(kit.stack, run.id, (r) => r.progress.done >= 2);
    const cancel = await kit.stack.call('POST', `/v1/evaluations/runs/${run.id}/cancel`);
    expect(cancel.status).toBe(202);
    const cancelled = await waitForRun(kit.stack, run.id, (r) => r.status === 'cancelled', 10_000);
    expect(cancelled.progress.done).toBeLessThan(logs.length);
    expect(cancelled.metrics.by_evaluator[0].count).toBe(cancelled.progress.done);
    expect(cancelled.completed_at).toBeGreaterThan(0);
    await expectNoNewRequests(kit);
    const again = await kit.stack.call('POST', `/v1/evaluations/runs/${run.id}/cancel`);
    expect(again.status).toBe(409);
  });

  it('pause lets in-flight batches finish and starts no more; resume completes the run', async () => {
    // The first window's calls are held 3 s: the pause lands while they are in flight, however
    // slow the machine, so exactly that window finishes.
    kit.fake.setLatency(3000);
    const sent = kit.fake.requests.length;
    const run = await start();
    await kit.fake.waitForRequests(sent + WINDOW_ITEMS);
    expect((await kit.stack.call('POST', `/v1/evaluations/runs/${run.id}/pause`)).status).toBe(202);
    const paused = await waitForRun(kit.stack, run.id, (r) => r.status === 'paused', 10_000);
    expect(paused.status_reason).toBe('paused_by_user');
    expect(paused.progress.done).toBe(WINDOW_ITEMS);
    await expectNoNewRequests(kit);
    kit.fake.setLatency(0);
    expect((await kit.stack.call('POST', `/v1/evaluations/runs/${run.id}/resume`)).status).toBe(202);
    const done = await waitForRun(kit.stack, run.id);
    expect(done.status).toBe('completed');
    expect(done.progress).toEqual({ total: logs.length, done: logs.length, failed: 0 });
    expect(await countResults(kit.stack, run.id)).toBe(logs.length);
  });

  it('a budget too small for the next batch pauses the run; raising it resumes and completes it', async () => {
    const run = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
      budget_usd: 0.0001,
    });
    const paused = await waitForRun(kit.stack, run.id, (r) => r.status === 'paused', 10_000);
    expect(paused.status_reason).toBe('budget_exceeded');
    expect(paused.estimated_spend.estimated_usd).toBeGreaterThan(0.0001);
    expect(paused.estimated_spend.actual_usd).toBe(0);
    const patched = await kit.stack.call('PATCH', `/v1/evaluations/runs/${run.id}`, {
      body: { budget_usd: 1000 },
    });
    expect(patched.status).toBe(202);
    expect(patched.body.estimated_spend.budget_usd).toBe(1000);
    const done = await waitForRun(kit.stack, run.id);
    expect(done.status).toBe('completed');
    expect(done.estimated_spend.budget_usd).toBe(1000);
    expect(done.estimated_spend.actual_usd).toBeGreaterThan(0);
    expect(done.estimated_spend.actual_usd).toBeLessThanOrEqual(1000);
  });

  it('cancel from Temporal directly (as the UI does) also ends the run cancelled', async () => {
    kit.fake.setLatency(1000);
    const run = await start();
    await waitFor(
      () => kit.stack.call('GET', `/v1/evaluations/runs/${run.id}`).then((r) => r.body),
      (r) => r.status === 'running',
    );
    await kit.stack.api.ctx.temporal.workflow.getHandle(run.id).cancel();
    expect((await waitForRun(kit.stack, run.id, (r) => r.status === 'cancelled', 10_000)).status).toBe(
      'cancelled',
    );
  });
});
