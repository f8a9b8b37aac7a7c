import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkers } from '../../src/temporal/worker.js';
import { loadWorkflowBundle } from '../support/harness.js';
import { post, seedContainer, seedDataset, seedJudge, useRunKit, waitForRun } from '../support/runKit.js';
import { waitUntil } from '../support/waitFor.js';
import { WebhookReceiver } from '../support/webhookReceiver.js';

/** Native runs' events: paused (with the reason, once per pause), completed, cancelled. */
const receiver = new WebhookReceiver();
let receiverUrl = '';
beforeAll(async () => {
  receiverUrl = await receiver.start();
});
afterAll(() => receiver.close());

const kit = useRunKit({
  ASSAY_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  ASSAY_WEBHOOK_RETRY_SCHEDULE_MS: '0,200,200',
  ASSAY_ENVIRONMENTS: 'main,idle',
});
const logs = Array.from({ length: 6 }, (_, i) => ({ input: `prompt ${i}`, output: `reply ${i}` }));

describe('run events', () => {
  beforeAll(async () => {
    await seedContainer(kit.stack, 'bot', logs);
    await seedJudge(kit.stack, 'bot', 'quality');
    const hook = await kit.stack.call('POST', '/v1/webhooks', {
      body: {
        url: receiverUrl,
        event_types: [
          'evaluation.run.paused',
          'evaluation.run.completed',
          'evaluation.run.cancelled',
          'evaluation.run.errored',
        ],
      },
    });
    expect(hook.status).toBe(201);
  });

  const eventsOf = (runId: string) => receiver.delivered().filter((e) => e.data.id === runId);
  const startOverBudget = () =>
    post(kit.stack, '/v1/evaluations/runs', {
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
      budget_usd: 0.0001,
    });

  it('a budget pause sends `evaluation.run.paused` with its reason; the completed run sends `completed`', async () => {
    const run = await startOverBudget();
    await waitForRun(kit.stack, run.id, (r) => r.status === 'paused', 10_000);
    await waitUntil(async () => eventsOf(run.id).length === 1, { what: 'the paused event' });
    expect(eventsOf(run.id)[0]).toMatchObject({
      object: 'event',
      type: 'evaluation.run.paused',
      data: { id: run.id, status: 'paused', reason: 'budget_exceeded' },
    });
    await kit.stack.call('PATCH', `/v1/evaluations/runs/${run.id}`, { body: { budget_usd: 1000 } });
    await waitForRun(kit.stack, run.id);
    await waitUntil(async () => eventsOf(run.id).length === 2, { what: 'the completed event' });
    expect(eventsOf(run.id).map((e) => e.type)).toEqual([
      'evaluation.run.paused',
      'evaluation.run.completed',
    ]);
    expect(eventsOf(run.id)[1]).toMatchObject({ data: { status: 'completed', error: null } });
  });

  it('cancelling a paused run sends `evaluation.run.cancelled`', async () => {
    const run = await startOverBudget();
    await waitForRun(kit.stack, run.id, (r) => r.status === 'paused', 10_000);
    expect((await kit.stack.call('POST', `/v1/evaluations/runs/${run.id}/cancel`)).status).toBe(202);
    await waitUntil(async () => eventsOf(run.id).length === 2, { what: 'the cancelled event' });
    expect(eventsOf(run.id).map((e) => e.type)).toEqual([
      'evaluation.run.paused',
      'evaluation.run.cancelled',
    ]);
    // Each message went once: the receiver always answered 200.
    expect(new Set(receiver.requests.map((r) => r.headers['webhook-id'])).size).toBe(
      receiver.requests.length,
    );
  });

  it('a run ending in error sends `evaluation.run.errored` with the error', async () => {
    await seedDataset(kit.stack, 'doomed', logs);
    // Queued where no worker serves yet, so its dataset can vanish before it prepares.
    const run = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'dataset', dataset: 'doomed' },
      environment: 'idle',
    });
    await kit.stack.mongo.db.collection('datasets').deleteOne({ id: run.dataset_id });
    const { env, mongo, api } = kit.stack;
    const worker = await startWorkers({
      env: { ...env, ASSAY_WORKER_ENVIRONMENTS: ['idle'] },
      logger: api.ctx.logger,
      workflowBundle: loadWorkflowBundle(),
      deps: { env, db: mongo.db, logger: api.ctx.logger, providers: api.ctx.providers },
    });
    try {
      await waitUntil(async () => eventsOf(run.id).length === 1, { what: 'the errored event' });
    } finally {
      await worker.shutdown();
    }
    expect(eventsOf(run.id)[0]).toMatchObject({
      type: 'evaluation.run.errored',
      data: { id: run.id, status: 'error', error: { code: 'RunFatal' } },
    });
  });
});
