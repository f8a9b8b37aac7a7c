import { createHash } from 'node:crypto';
import type { Db } from 'mongodb';
import type { WebhookAttempt, WebhookDeliveryInput, WebhookEvent } from '../domain/webhooks.js';
import { WebhookDeliveryStore } from '../store/webhookDeliveries.js';
import { signingSecrets, WebhookStore, type WebhookDoc } from '../store/webhooks.js';
import { postTo, resolveTarget, TimeoutError, type OutboundPolicy } from './outbound.js';
import { signedHeaders } from './signature.js';

/** Starts a delivery's durable workflow; starting one that exists already is a no-op. */
export interface DeliveryStarter {
  start(input: WebhookDeliveryInput, workflowId: string): Promise<void>;
}

export interface WebhookSettings {
  policy: OutboundPolicy;
  scheduleMs: number[];
  timeoutMs: number;
  disableAfterSeconds: number;
}

export type AttemptResult = 'delivered' | 'retry' | 'stopped';

/** Ids derived from what they identify, so an activity retried after a crash makes the same ones. */
const digest = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);
export const webhookEventId = (...parts: string[]) => `evt_${digest(...parts)}`;
const deliveryIdOf = (eventId: string, webhookId: string) => `whd_${digest(eventId, webhookId)}`;
export const deliveryWorkflowId = (deliveryId: string, redelivery = 0) =>
  redelivery === 0 ? `webhook-${deliveryId}` : `webhook-${deliveryId}-redelivery-${redelivery}`;

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Webhook events in, signed HTTP attempts out. `emit` records one delivery per subscribed
 * endpoint and starts its workflow (both idempotent: an activity retried after a crash
 * emits the same deliveries once); `attempt` is one try of one delivery, recorded.
 */
export class WebhookDispatcher {
  constructor(
    private readonly db: Db,
    private readonly starter: DeliveryStarter,
    readonly settings: WebhookSettings,
  ) {}

  private stores(projectId: string) {
    return {
      webhooks: new WebhookStore(this.db, projectId),
      deliveries: new WebhookDeliveryStore(this.db, projectId),
    };
  }

  /** Emits `event` to every enabled endpoint of the project subscribed to its type (or to `only`). */
  async emit(projectId: string, event: WebhookEvent, only?: WebhookDoc): Promise<string[]> {
    const { webhooks, deliveries } = this.stores(projectId);
    const endpoints = only ? [only] : await webhooks.subscribers(event.type);
    const payload = JSON.stringify(event);
    const ids: string[] = [];
    for (const endpoint of endpoints) {
      const id = deliveryIdOf(event.id, endpoint.id);
      await deliveries.insertIfAbsent({
        id,
        webhook_id: endpoint.id,
        event_id: event.id,
        event_type: event.type,
        status: 'pending',
        attempts: 0,
        last_error: null,
        response_status: null,
        response_excerpt: null,
        last_attempt_at: null,
        delivered_at: null,
        attempt_log: [],
        payload,
        redeliveries: 0,
        created_at: event.created_at,
      });
      await this.starter.start(
        { projectId, deliveryId: id, scheduleMs: this.settings.scheduleMs },
        deliveryWorkflowId(id),
      );
      ids.push(id);
    }
    return ids;
  }

  /** A delivery sent again through a workflow of its own, with the same `webhook-id` and body. */
  async redeliver(projectId: string, webhookId: string, deliveryId: string): Promise<void> {
    const { deliveries } = this.stores(projectId);
    await deliveries.require(webhookId, deliveryId);
    const redelivery = await deliveries.reopen(deliveryId);
    await this.starter.start(
      { projectId, deliveryId, scheduleMs: this.settings.scheduleMs },
      deliveryWorkflowId(deliveryId, redelivery),
    );
  }

  /**
   * One attempt: re-signed with a fresh timestamp (receivers refuse old ones), sent to the
   * address that was checked, and recorded. `last`: no attempt follows a failure of this one.
   */
  async attempt(input: { projectId: string; deliveryId: string; last: boolean }): Promise<AttemptResult> {
    const { webhooks, deliveries } = this.stores(input.projectId);
    const delivery = await deliveries.docs.get(input.deliveryId);
    if (!delivery) return 'stopped';
    if (delivery.status === 'delivered') return 'delivered';
    const endpoint = await webhooks.docs.get(delivery.webhook_id);
    if (!endpoint) {
      await deliveries.setStatus(delivery.id, 'cancelled', 'the webhook endpoint was deleted');
      return 'stopped';
    }
    if (!endpoint.enabled && delivery.event_type !== 'webhook.test') {
      await deliveries.setStatus(
        delivery.id,
        'cancelled',
        `the endpoint is disabled: ${endpoint.disabled_reason}`,
      );
      return 'stopped';
    }
    const started = Date.now();
    const now = nowSeconds();
    const { attempt, excerpt } = await this.send(endpoint, delivery.event_id, delivery.payload, now);
    const record: WebhookAttempt = {
      ...attempt,
      attempt: delivery.attempts + 1,
      at: now,
      duration_ms: Date.now() - started,
    };
    const ok = record.outcome === 'success';
    await deliveries.recordAttempt(
      delivery.id,
      record,
      excerpt,
      ok ? 'delivered' : input.last ? 'failed' : 'pending',
    );
    await webhooks.recordAttemptOutcome(
      endpoint.id,
      ok ? { ok } : { ok, error: record.error ?? 'failed', gone: record.response_status === 410 },
      now,
      this.settings.disableAfterSeconds,
    );
    return ok ? 'delivered' : 'retry';
  }

  private async send(
    endpoint: WebhookDoc,
    webhookId: string,
    payload: string,
    now: number,
  ): Promise<{
    attempt: Pick<WebhookAttempt, 'outcome' | 'response_status' | 'error'>;
    excerpt: string | null;
  }> {
    const target = await resolveTarget(endpoint.url, this.settings.policy);
    if (!target.ok) {
      const outcome = target.reason === 'unresolvable' ? 'network_error' : 'refused_address';
      return { attempt: { outcome, response_status: null, error: target.message }, excerpt: null };
    }
    const headers = signedHeaders(signingSecrets(endpoint, now), webhookId, now, payload);
    try {
      const response = await postTo(target, headers, payload, this.settings.timeoutMs);
      const ok = response.status >= 200 && response.status < 300;
      const error = ok
        ? null
        : response.status >= 300 && response.status < 400
          ? `answered ${response.status} (redirects are not followed)`
          : `answered ${response.status}`;
      return {
        attempt: { outcome: ok ? 'success' : 'http_error', response_status: response.status, error },
        excerpt: response.excerpt || null,
      };
    } catch (error) {
      const outcome = error instanceof TimeoutError ? 'timeout' : 'network_error';
      return { attempt: { outcome, response_status: null, error: (error as Error).message }, excerpt: null };
    }
  }
}
