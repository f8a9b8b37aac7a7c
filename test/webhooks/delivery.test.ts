import OpenAI from 'openai';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkflowBundle, startTestStack, testEnv, type TestStack } from '../support/harness.js';
import { startInProcessStack } from '../support/inProcessStack.js';
import { waitUntil } from '../support/waitFor.js';
import { WebhookReceiver } from '../support/webhookReceiver.js';

/** Fails the first three attempts of each delivery. */
const receiver = new WebhookReceiver(3);
let receiverUrl: string;
let stack: TestStack;
let restarted: Awaited<ReturnType<typeof startInProcessStack>> | undefined;
const current = () => restarted ?? stack;
const typeOf = (request: { body: string }) => (JSON.parse(request.body) as { type: string }).type;

beforeAll(async () => {
  receiverUrl = await receiver.start();
  stack = await startTestStack({
    worker: true,
    // Loopback is allowlisted for the receiver; short retries through configuration only.
    env: testEnv({
      ASSAY_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      ASSAY_WEBHOOK_RETRY_SCHEDULE_MS: '0,700,700,700,700,700',
      ASSAY_WEBHOOK_TIMEOUT_MS: '2000',
    }),
  });
});

afterAll(async () => {
  if (restarted) {
    await restarted.close();
    await stack.mongo.close();
  } else await stack?.close();
  await receiver.close();
});

/** Stops the worker and the API and starts new ones on the same database and queues, as a deploy would. */
async function restartApiAndWorker(): Promise<void> {
  await stack.workers!.shutdown();
  await stack.api.close();
  restarted = await startInProcessStack({ env: stack.env, workflowBundle: loadWorkflowBundle() });
}

describe('webhooks', () => {
  it('refuses, at create, a URL that is not https or aims at a refused range, and unknown event types (422 naming the field)', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ url: 'http://hooks.example.com/x', event_types: ['eval.run.succeeded'] }, 'url'],
      [{ url: 'https://169.254.169.254/latest', event_types: ['eval.run.succeeded'] }, 'url'],
      [{ url: 'https://10.0.0.7/hook', event_types: ['eval.run.succeeded'] }, 'url'],
      [{ url: 'https://localhost:9/hook', event_types: ['eval.run.succeeded'] }, 'url'],
      [{ url: 'https://[::ffff:127.0.0.1]/hook', event_types: ['eval.run.succeeded'] }, 'url'],
      [{ url: 'https://hooks.example.com/x', event_types: ['eval.run.exploded'] }, 'event_types.0'],
    ];
    for (const [body, field] of cases) {
      const res = await stack.call('POST', '/v1/webhooks', { body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.details[0].field).toBe(field);
    }
    expect(receiver.requests).toHaveLength(0);
  });

  it('delivers every run event through three failures and an API + worker restart, each with one stable webhook-id, verified by the openai SDK and standardwebhooks', async () => {
    const created = await stack.call('POST', '/v1/webhooks', {
      body: {
        url: receiverUrl,
        event_types: [
          'evaluation.run.completed',
          'eval.run.succeeded',
          'eval.run.failed',
          'eval.run.canceled',
        ],
      },
    });
    expect(created.status).toBe(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^whsec_/);
    const webhookId: string = created.body.id;
    // The secret is shown once: never again.
    expect(JSON.stringify((await stack.call('GET', `/v1/webhooks/${webhookId}`)).body)).not.toContain(secret);

    const client = new OpenAI({ baseURL: `${stack.api.url}/v1`, apiKey: stack.adminKey, maxRetries: 0 });
    const evalObject = await client.evals.create({
      data_source_config: { type: 'custom', item_schema: { type: 'object', required: ['answer'] } },
      testing_criteria: [
        {
          type: 'string_check',
          name: 'exact',
          operation: 'eq',
          input: '{{item.answer}}',
          reference: 'Paris',
        },
      ],
    });
    const run = await client.evals.runs.create(evalObject.id, {
      data_source: {
        type: 'jsonl',
        source: { type: 'file_content', content: [{ item: { answer: 'Paris' } }] },
      },
    });

    // Both events have had their first (failed) attempt: now restart everything but Temporal and MongoDB.
    await waitUntil(async () => new Set(receiver.requests.map((r) => typeOf(r))).size === 2, {
      what: 'first attempts of both run events',
    });
    // Nothing is delivered yet (three failures and their retry delays are still ahead): the rest crosses the restart.
    expect(receiver.requests.filter((r) => r.status === 200)).toHaveLength(0);
    await restartApiAndWorker();

    await waitUntil(async () => receiver.requests.filter((r) => r.status === 200).length === 2, {
      timeoutMs: 60_000,
      what: 'both events delivered',
    });
    const ids = [...new Set(receiver.requests.map((r) => String(r.headers['webhook-id'])))];
    expect(ids).toHaveLength(2);
    for (const id of ids) {
      const attempts = receiver.attemptsOf(id);
      expect(attempts.map((a) => a.status)).toEqual([500, 500, 500, 200]);
      // Same body every time; a fresh signature per attempt, each verifying.
      expect(new Set(attempts.map((a) => a.body)).size).toBe(1);
      for (const attempt of attempts) {
        const headers = attempt.headers;
        expect(new Webhook(secret).verify(attempt.body, headers)).toMatchObject({ id });
      }
    }
    const byType = Object.fromEntries(receiver.requests.map((r) => [typeOf(r), r]));
    expect(Object.keys(byType).sort()).toEqual(['eval.run.succeeded', 'evaluation.run.completed']);
    const evalEvent = byType['eval.run.succeeded']!;
    const unwrapped = await new OpenAI({ apiKey: 'unused' }).webhooks.unwrap(
      evalEvent.body,
      evalEvent.headers,
      secret,
    );
    expect(unwrapped).toEqual({
      id: evalEvent.headers['webhook-id'],
      object: 'event',
      type: 'eval.run.succeeded',
      created_at: expect.any(Number),
      data: { id: run.id },
    });
    expect(JSON.parse(byType['evaluation.run.completed']!.body)).toMatchObject({
      type: 'evaluation.run.completed',
      data: { id: run.id, status: 'completed' },
    });

    // The delivery log, served by the restarted API.
    const log = await current().call('GET', `/v1/webhooks/${webhookId}/deliveries`);
    expect(log.status).toBe(200);
    expect(log.body.data).toHaveLength(2);
    for (const delivery of log.body.data) {
      expect(delivery).toMatchObject({
        status: 'delivered',
        attempts: 4,
        response_status: 200,
        last_error: null,
      });
      expect(delivery.attempt_log.map((a: { outcome: string }) => a.outcome)).toEqual([
        'http_error',
        'http_error',
        'http_error',
        'success',
      ]);
      expect(delivery.attempt_log[0]).toMatchObject({ response_status: 500, error: 'answered 500' });
    }

    // Redelivery: the same webhook-id and body once more, signed anew.
    const first = log.body.data[0];
    const redelivered = await current().call(
      'POST',
      `/v1/webhooks/${webhookId}/deliveries/${first.id}/redeliver`,
    );
    expect(redelivered.status).toBe(202);
    await waitUntil(async () => receiver.attemptsOf(first.event_id).length === 5, { what: 'the redelivery' });
    const again = receiver.attemptsOf(first.event_id).at(-1)!;
    expect(again.body).toBe(first.payload);
    expect(() => new Webhook(secret).verify(again.body, again.headers)).not.toThrow();
  });

  it('signs with both secrets during a rotation overlap, and sends a test event on request', async () => {
    const created = await current().call('POST', '/v1/webhooks', {
      body: { url: receiverUrl, event_types: ['evaluation.run.paused'] },
    });
    const rotated = await current().call('POST', `/v1/webhooks/${created.body.id}/rotate`, {
      body: { overlap_seconds: 3600 },
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    expect(rotated.body.secrets).toHaveLength(2);

    const test = await current().call('POST', `/v1/webhooks/${created.body.id}/test`);
    expect(test.status).toBe(202);
    expect(test.body).toMatchObject({ event_type: 'webhook.test', status: 'pending' });
    await waitUntil(async () => receiver.attemptsOf(test.body.event_id).some((a) => a.status === 200), {
      what: 'the test event',
    });
    const delivered = receiver.attemptsOf(test.body.event_id).at(-1)!;
    const headers = delivered.headers;
    expect(headers['webhook-signature']!.split(' ')).toHaveLength(2);
    for (const secret of [created.body.secret, rotated.body.secret]) {
      expect(new Webhook(secret).verify(delivered.body, headers)).toMatchObject({ type: 'webhook.test' });
    }
  });

  it('refuses, at delivery, an endpoint whose address is now in a refused range, and records why', async () => {
    const created = await current().call('POST', '/v1/webhooks', {
      body: { url: receiverUrl, event_types: ['evaluation.run.completed'] },
    });
    // As if its DNS name now answered a private address: the stored URL is changed behind the API's back.
    const db = current().mongo.db;
    await db
      .collection('webhooks')
      .updateOne({ id: created.body.id }, { $set: { url: 'https://10.0.0.7/hooks' } });
    const test = await current().call('POST', `/v1/webhooks/${created.body.id}/test`);
    const path = `/v1/webhooks/${created.body.id}/deliveries/${test.body.id}`;
    await waitUntil(async () => (await current().call('GET', path)).body.attempts >= 1, {
      what: 'the refused attempt',
    });
    const delivery = (await current().call('GET', path)).body;
    expect(delivery.attempt_log[0]).toMatchObject({ outcome: 'refused_address', response_status: null });
    expect(delivery.last_error).toContain('10.0.0.7');
    expect(receiver.attemptsOf(test.body.event_id)).toHaveLength(0);

    // Deleting the endpoint deletes its delivery log too.
    expect((await current().call('DELETE', `/v1/webhooks/${created.body.id}`)).status).toBe(200);
    expect((await current().call('GET', path)).status).toBe(404);
    expect(await db.collection('webhook_deliveries').countDocuments({ webhook_id: created.body.id })).toBe(0);
  });
});
