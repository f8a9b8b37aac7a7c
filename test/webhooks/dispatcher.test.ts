import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookDeliveryInput } from '../../src/domain/webhooks.js';
import { WebhookStore } from '../../src/store/webhooks.js';
import { WebhookDeliveryStore } from '../../src/store/webhookDeliveries.js';
import { WebhookDispatcher, type DeliveryStarter } from '../../src/webhooks/dispatcher.js';
import { newSigningSecret } from '../../src/webhooks/signature.js';
import { useTestDatabase } from '../support/testDatabase.js';
import { WebhookReceiver } from '../support/webhookReceiver.js';

/**
 * The dispatcher against a real database and a loopback receiver, attempts driven by hand
 * (no Temporal): emitting is idempotent, and failing endpoints are disabled with a reason.
 */
const db = useTestDatabase('webhook_dispatcher');
const project = 'prj_dispatch';

/** Records the workflow starts it is asked for (a counting stand-in for Temporal). */
class RecordingStarter implements DeliveryStarter {
  readonly started: { input: WebhookDeliveryInput; workflowId: string }[] = [];
  async start(input: WebhookDeliveryInput, workflowId: string) {
    this.started.push({ input, workflowId });
  }
}

const gone = new WebhookReceiver(Infinity);
let failingUrl = '';
beforeAll(async () => {
  failingUrl = await gone.start();
});
afterAll(() => gone.close());

const dispatcherWith = (disableAfterSeconds: number, starter = new RecordingStarter()) =>
  new WebhookDispatcher(db(), starter, {
    policy: { allowedHosts: ['127.0.0.1'] },
    scheduleMs: [0, 10],
    timeoutMs: 2000,
    disableAfterSeconds,
  });

const event = (id: string) => ({
  id,
  object: 'event' as const,
  type: 'evaluation.run.completed' as const,
  created_at: 1,
  data: { id: 'run_1' },
});

describe('WebhookDispatcher', () => {
  it('records one delivery per subscribed endpoint, however often the same event is emitted', async () => {
    const webhooks = new WebhookStore(db(), project);
    const subscribed = await webhooks.create(
      { url: failingUrl, event_types: ['evaluation.run.completed'] },
      newSigningSecret(),
      1,
    );
    await webhooks.create({ url: failingUrl, event_types: ['eval.run.failed'] }, newSigningSecret(), 1);
    const starter = new RecordingStarter();
    const dispatcher = dispatcherWith(3600, starter);
    const first = await dispatcher.emit(project, event('evt_same'));
    const again = await dispatcher.emit(project, event('evt_same'));
    expect(first).toHaveLength(1);
    expect(again).toEqual(first);
    const deliveries = new WebhookDeliveryStore(db(), project);
    expect(await deliveries.docs.count({ event_id: 'evt_same' })).toBe(1);
    expect((await deliveries.docs.get(first[0]!))?.webhook_id).toBe(subscribed.id);
    // Started twice under one workflow id: Temporal's REJECT_DUPLICATE makes the second a no-op.
    expect(new Set(starter.started.map((s) => s.workflowId)).size).toBe(1);
    await webhooks.delete(subscribed.id);
  });

  it('disables an endpoint failing longer than the limit, with the reason, and cancels its pending deliveries', async () => {
    const webhooks = new WebhookStore(db(), project);
    const endpoint = await webhooks.create(
      { url: failingUrl, event_types: ['evaluation.run.completed'] },
      newSigningSecret(),
      1,
    );
    const dispatcher = dispatcherWith(0);
    const [a, b] = [
      (await dispatcher.emit(project, event('evt_a')))[0]!,
      (await dispatcher.emit(project, event('evt_b')))[0]!,
    ];
    expect(await dispatcher.attempt({ projectId: project, deliveryId: a, last: false })).toBe('retry');
    const disabled = await webhooks.require(endpoint.id);
    expect(disabled.enabled).toBe(false);
    expect(disabled.disabled_reason).toContain('answered 500');
    expect(await dispatcher.attempt({ projectId: project, deliveryId: b, last: false })).toBe('stopped');
    const cancelled = await new WebhookDeliveryStore(db(), project).require(endpoint.id, b);
    expect(cancelled).toMatchObject({ status: 'cancelled', attempts: 0 });
    expect(cancelled.last_error).toContain('disabled');
    // PATCH enabled: true re-enables it and forgets the failures.
    const enabled = await webhooks.patch(endpoint.id, { enabled: true }, 2);
    expect(enabled).toMatchObject({ enabled: true, disabled_reason: null, failing_since: null });
  });

  it('keeps an endpoint enabled while it has failed for less than the limit, and marks the last attempt failed', async () => {
    const webhooks = new WebhookStore(db(), project);
    const endpoint = await webhooks.create(
      { url: failingUrl, event_types: ['evaluation.run.completed'] },
      newSigningSecret(),
      1,
    );
    const dispatcher = dispatcherWith(3600);
    const [id] = await dispatcher.emit(project, event('evt_c'), endpoint);
    expect(await dispatcher.attempt({ projectId: project, deliveryId: id!, last: true })).toBe('retry');
    expect((await webhooks.require(endpoint.id)).enabled).toBe(true);
    expect((await webhooks.require(endpoint.id)).failing_since).toBeGreaterThan(0);
    expect(await new WebhookDeliveryStore(db(), project).require(endpoint.id, id!)).toMatchObject({
      status: 'failed',
      attempts: 1,
      response_status: 500,
      response_excerpt: 'not yet',
    });
  });

  it('follows no redirect: the target of a 302 is never contacted, and the attempt says why', async () => {
    const target = new WebhookReceiver();
    const targetUrl = await target.start();
    const redirecting = createServer((_req, res) => res.writeHead(302, { location: targetUrl }).end());
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    try {
      const port = (redirecting.address() as AddressInfo).port;
      const webhooks = new WebhookStore(db(), project);
      const endpoint = await webhooks.create(
        { url: `http://127.0.0.1:${port}/hooks`, event_types: ['evaluation.run.completed'] },
        newSigningSecret(),
        1,
      );
      const dispatcher = dispatcherWith(3600);
      const [id] = await dispatcher.emit(project, event('evt_redirect'), endpoint);
      expect(await dispatcher.attempt({ projectId: project, deliveryId: id!, last: false })).toBe('retry');
      const delivery = await new WebhookDeliveryStore(db(), project).require(endpoint.id, id!);
      expect(delivery).toMatchObject({
        response_status: 302,
        last_error: 'answered 302 (redirects are not followed)',
      });
      expect(target.requests).toHaveLength(0);
    } finally {
      redirecting.close();
      await target.close();
    }
  });
});
