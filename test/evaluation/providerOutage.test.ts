import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeLlmServer } from '../support/fake-llm/server.js';
import {
  countResults,
  expectedMetrics,
  expectMetricsMatch,
  getRun,
  post,
  promptFor,
  seedContainer,
  seedJudge,
  startRunKit,
  waitForRun,
  type RunKit,
} from '../support/runKit.js';

/**
 * A run never looks healthy while its model provider cannot be used: with the fake
 * provider down, answering 401, or answering 429 to everything, the run document
 * says which provider, what error, since when and the next retry; a rejected key
 * pauses it at once, an outage past the (short, here) stall limit pauses it with
 * `provider_unavailable`; resume finishes it with every result once, none paid twice.
 */
const STALL_LIMIT_MS = 4000;
const logs = Array.from({ length: 6 }, (_, i) => ({ input: `ticket ${i}`, output: `reply ${i}` }));
const prompts = logs.map((l) => promptFor(l.input, l.output, l.output));
const LEAKED_KEY = 'sk-live-0123456789abcdefghij';

describe('runs whose model provider fails', () => {
  let kit: RunKit;
  /** The provider as the worker sees it: replaced when a test takes it down and brings it back. */
  let fake: FakeLlmServer;
  beforeAll(async () => {
    kit = await startRunKit({
      ASSAY_RUN_ITEM_ATTEMPTS: '2',
      ASSAY_RUN_STALL_LIMIT_MS: String(STALL_LIMIT_MS),
    });
    fake = kit.fake;
    await seedContainer(kit.stack, 'bot', logs);
    await seedJudge(kit.stack, 'bot', 'quality');
  });
  beforeEach(() => fake.reset());
  afterAll(async () => {
    if (fake !== kit?.fake) await fake?.close();
    await kit?.close();
  });

  const startRun = () =>
    post(kit.stack, '/v1/evaluations/runs', {
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
    });
  const resume = async (runId: string) =>
    expect((await kit.stack.call('POST', `/v1/evaluations/runs/${runId}/resume`)).status).toBe(202);

  /** Completed with one scored result per item, and one answered model call per item: nothing paid twice. */
  async function expectCompletedOnce(runId: string) {
    const done = await waitForRun(kit.stack, runId, undefined, 60_000);
    expect(done).toMatchObject({ status: 'completed', status_reason: null, stall: null, error: null });
    expect(done.progress).toEqual({ total: logs.length, done: logs.length, failed: 0 });
    expect(await countResults(kit.stack, runId)).toBe(logs.length);
    expectMetricsMatch(done.metrics.by_evaluator[0], expectedMetrics(prompts));
    const answered = fake.requests.filter((r) => r.answered);
    expect(answered).toHaveLength(logs.length);
    expect(new Set(answered.map((r) => r.promptText))).toEqual(new Set(prompts));
  }

  it('provider down (connection refused): the run shows the outage, pauses past the stall limit, resumes when it is back', async () => {
    const port = fake.port;
    await fake.close();
    const run = await startRun();
    const failing = await waitForRun(
      kit.stack,
      run.id,
      (r) => r.status_reason === 'provider_failing',
      30_000,
    );
    expect(failing.status).toBe('running');
    expect(failing.stall).toMatchObject({ provider: 'fake', model: 'fake/judge-model', kind: 'connection' });
    expect(failing.stall.message).toContain('could not reach the provider');
    expect(failing.stall.since).toBeLessThanOrEqual(failing.stall.next_retry_at);
    expect(failing.stall.since).toBeGreaterThanOrEqual(run.created_at);

    const paused = await waitForRun(kit.stack, run.id, (r) => r.status === 'paused', 30_000);
    expect(paused).toMatchObject({
      status_reason: 'provider_unavailable',
      stall: { provider: 'fake', kind: 'connection', next_retry_at: null },
      progress: { done: 0, failed: 0 },
    });

    fake = await FakeLlmServer.start({ port });
    await resume(run.id);
    await expectCompletedOnce(run.id);
  });

  it('a rejected key (401) pauses the run at once with the reason, failing no item; resume finishes it', async () => {
    fake.on({}, () => ({
      fault: 'status',
      status: 401,
      message: `Incorrect API key provided: ${LEAKED_KEY}`,
    }));
    const run = await startRun();
    const paused = await waitForRun(kit.stack, run.id, (r) => r.status === 'paused', 30_000);
    expect(paused).toMatchObject({
      status_reason: 'provider_auth_failed',
      stall: { provider: 'fake', kind: 'auth', http_status: 401, next_retry_at: null },
      progress: { failed: 0 },
    });
    // Our words, not the provider's (which may echo the key): see src/models/modelErrors.ts.
    expect(paused.stall.message).toContain('401 the provider refused the credentials');
    expect(JSON.stringify(paused)).not.toContain(LEAKED_KEY);
    // It paused on the first answers, well before the stall limit could matter.
    expect(paused.stall.attempts).toBeLessThanOrEqual(4);

    fake.reset(); // the operator fixed the key
    await resume(run.id);
    await expectCompletedOnce(run.id);
  });

  it('429 on every call: the run shows the rate limit and its next retry, then pauses; resume finishes it', async () => {
    fake.setFaults({ rate: 1, kinds: ['429'], retryAfterSeconds: 1 });
    const run = await startRun();
    const failing = await waitForRun(
      kit.stack,
      run.id,
      (r) => r.status_reason === 'provider_failing',
      30_000,
    );
    expect(failing).toMatchObject({
      status: 'running',
      stall: { provider: 'fake', kind: 'rate_limited', http_status: 429 },
    });
    expect(failing.stall.next_retry_at).toBeGreaterThanOrEqual(failing.stall.since);
    const paused = await waitForRun(kit.stack, run.id, (r) => r.status === 'paused', 30_000);
    expect(paused.status_reason).toBe('provider_unavailable');
    expect((await getRun(kit.stack, run.id)).progress.failed).toBe(0);

    fake.clearFaults();
    await resume(run.id);
    await expectCompletedOnce(run.id);
  });
});
