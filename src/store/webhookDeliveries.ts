import type { Db } from 'mongodb';
import type { WebhookAttempt, WebhookDelivery, WebhookEventType } from '../domain/webhooks.js';
import { NotFoundError } from '../domain/errors.js';
import { ScopedCollection, toListPage, type ListOrder, type ListQuery, type StoredDoc } from './scoped.js';

export interface WebhookDeliveryDoc extends StoredDoc {
  webhook_id: string;
  event_id: string;
  event_type: WebhookEventType;
  status: WebhookDelivery['status'];
  attempts: number;
  last_error: string | null;
  response_status: number | null;
  response_excerpt: string | null;
  last_attempt_at: number | null;
  delivered_at: number | null;
  attempt_log: WebhookAttempt[];
  /** The exact body, so every attempt signs and sends the same bytes. */
  payload: string;
  /** Redeliveries asked for so far: each runs under a workflow id of its own. */
  redeliveries: number;
  created_at: number;
}

/** The attempt log keeps the latest attempts only: a delivery redelivered often must not grow without bound. */
const ATTEMPT_LOG_LIMIT = 20;
const newestFirst: ListOrder = { field: 'created_at', descending: true };

export const presentDelivery = (doc: WebhookDeliveryDoc): WebhookDelivery => ({
  object: 'webhook.delivery',
  id: doc.id,
  webhook_id: doc.webhook_id,
  event_id: doc.event_id,
  event_type: doc.event_type,
  status: doc.status,
  attempts: doc.attempts,
  last_error: doc.last_error,
  response_status: doc.response_status,
  response_excerpt: doc.response_excerpt,
  last_attempt_at: doc.last_attempt_at,
  delivered_at: doc.delivered_at,
  attempt_log: doc.attempt_log,
  payload: doc.payload,
  created_at: doc.created_at,
});

export async function ensureWebhookIndexes(db: Db): Promise<void> {
  await db.collection('webhooks').createIndex({ project_id: 1, enabled: 1 });
  await db.collection('webhook_deliveries').createIndex({ project_id: 1, webhook_id: 1, created_at: -1 });
}

/** One document per (event, endpoint): its id is derived from both, so emitting twice stores it once. */
export class WebhookDeliveryStore {
  readonly docs: ScopedCollection<WebhookDeliveryDoc>;

  constructor(db: Db, projectId: string) {
    this.docs = new ScopedCollection(db.collection<WebhookDeliveryDoc>('webhook_deliveries'), projectId);
  }

  async insertIfAbsent(doc: Omit<WebhookDeliveryDoc, '_id' | 'project_id'>): Promise<void> {
    await this.docs.insertNew([doc]);
  }

  async require(webhookId: string, id: string): Promise<WebhookDeliveryDoc> {
    const doc = await this.docs.get(id);
    if (!doc || doc.webhook_id !== webhookId) throw new NotFoundError('webhook_delivery', id);
    return doc;
  }

  async list(webhookId: string, query: ListQuery) {
    return toListPage(await this.docs.list({ webhook_id: webhookId }, query, newestFirst), presentDelivery);
  }

  async recordAttempt(
    id: string,
    attempt: WebhookAttempt,
    excerpt: string | null,
    status: WebhookDeliveryDoc['status'],
  ): Promise<void> {
    const doc = await this.docs.get(id);
    if (!doc) return;
    await this.docs.update(id, {
      $set: {
        status,
        attempts: doc.attempts + 1,
        last_error: attempt.error,
        response_status: attempt.response_status,
        response_excerpt: excerpt,
        last_attempt_at: attempt.at,
        ...(status === 'delivered' ? { delivered_at: attempt.at } : {}),
        attempt_log: [...doc.attempt_log, attempt].slice(-ATTEMPT_LOG_LIMIT),
      },
    });
  }

  async setStatus(id: string, status: WebhookDeliveryDoc['status'], error?: string): Promise<void> {
    await this.docs.update(id, { $set: { status, ...(error ? { last_error: error } : {}) } });
  }

  /** Back to pending for a redelivery; the answer is the redelivery's number. */
  async reopen(id: string): Promise<number> {
    const doc = await this.docs.get(id);
    if (!doc) throw new NotFoundError('webhook_delivery', id);
    const redeliveries = doc.redeliveries + 1;
    await this.docs.update(id, { $set: { status: 'pending', redeliveries } });
    return redeliveries;
  }
}
