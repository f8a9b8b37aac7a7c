import type { Db } from 'mongodb';
import type { Webhook, WebhookCreate, WebhookEventType, WebhookPatch } from '../domain/webhooks.js';
import { NotFoundError } from '../domain/errors.js';
import { newId } from './ids.js';
import { ScopedCollection, toListPage, type ListQuery, type StoredDoc } from './scoped.js';

export interface WebhookSecret {
  secret: string;
  created_at: number;
  /** null: the current secret; otherwise it signs beside the newer one until then. */
  expires_at: number | null;
}

export interface WebhookDoc extends StoredDoc {
  url: string;
  event_types: WebhookEventType[];
  description: string | null;
  metadata: Record<string, string>;
  enabled: boolean;
  disabled_reason: string | null;
  failing_since: number | null;
  /** Stored as given: signing needs them (they are shown once, at create or rotate, and never logged). */
  secrets: WebhookSecret[];
  created_at: number;
  updated_at: number;
}

/** The secrets signing at `now`: the current one and any still in their overlap. */
export const signingSecrets = (doc: WebhookDoc, now: number): string[] =>
  doc.secrets.filter((s) => s.expires_at === null || s.expires_at > now).map((s) => s.secret);

export const presentWebhook = (doc: WebhookDoc, now: number): Webhook => ({
  object: 'webhook',
  id: doc.id,
  url: doc.url,
  event_types: doc.event_types,
  description: doc.description,
  metadata: doc.metadata,
  enabled: doc.enabled,
  disabled_reason: doc.disabled_reason,
  failing_since: doc.failing_since,
  secrets: doc.secrets
    .filter((s) => s.expires_at === null || s.expires_at > now)
    .map((s) => ({ created_at: s.created_at, expires_at: s.expires_at })),
  created_at: doc.created_at,
  updated_at: doc.updated_at,
});

/** A project's webhook endpoints (a handful each: read whole where a list of them is needed). */
export class WebhookStore {
  readonly docs: ScopedCollection<WebhookDoc>;

  constructor(db: Db, projectId: string) {
    this.docs = new ScopedCollection(db.collection<WebhookDoc>('webhooks'), projectId);
  }

  async require(id: string): Promise<WebhookDoc> {
    const doc = await this.docs.get(id);
    if (!doc) throw new NotFoundError('webhook', id);
    return doc;
  }

  create(input: WebhookCreate, secret: string, now: number): Promise<WebhookDoc> {
    return this.docs.insert({
      id: newId('webhook'),
      url: input.url,
      event_types: input.event_types,
      description: input.description ?? null,
      metadata: input.metadata ?? {},
      enabled: true,
      disabled_reason: null,
      failing_since: null,
      secrets: [{ secret, created_at: now, expires_at: null }],
      created_at: now,
      updated_at: now,
    });
  }

  async patch(id: string, patch: WebhookPatch, now: number): Promise<WebhookDoc> {
    const { enabled, ...fields } = patch;
    const set: Record<string, unknown> = { ...fields, updated_at: now };
    if (enabled === true) Object.assign(set, { enabled: true, disabled_reason: null, failing_since: null });
    if (enabled === false) Object.assign(set, { enabled: false, disabled_reason: 'disabled by a caller' });
    const updated = await this.docs.update(id, { $set: set });
    if (!updated) throw new NotFoundError('webhook', id);
    return updated;
  }

  async delete(id: string): Promise<void> {
    if (!(await this.docs.delete(id))) throw new NotFoundError('webhook', id);
  }

  /** A new current secret; the ones before it keep signing for `overlapSeconds` (expired ones are dropped). */
  async rotate(id: string, secret: string, overlapSeconds: number, now: number): Promise<WebhookDoc> {
    const doc = await this.require(id);
    const kept = doc.secrets
      .filter((s) => s.expires_at === null || s.expires_at > now)
      .map((s) => ({ ...s, expires_at: Math.min(s.expires_at ?? Infinity, now + overlapSeconds) }))
      .filter((s) => s.expires_at > now);
    const updated = await this.docs.update(id, {
      $set: { secrets: [...kept, { secret, created_at: now, expires_at: null }], updated_at: now },
    });
    if (!updated) throw new NotFoundError('webhook', id);
    return updated;
  }

  async list(query: ListQuery, now: number) {
    return toListPage(await this.docs.list({}, query), (doc) => presentWebhook(doc, now));
  }

  /** The enabled endpoints that asked for `type` (`webhook.test` goes to one endpoint by id, never here). */
  async subscribers(type: WebhookEventType): Promise<WebhookDoc[]> {
    const enabled = await this.docs.findMany({ enabled: true });
    return enabled.filter((doc) => doc.event_types.includes(type));
  }

  /**
   * After an attempt: a success clears `failing_since`; a failure starts it, and disables
   * the endpoint once it has failed for `disableAfterSeconds` (or at once when `gone`: 410).
   */
  async recordAttemptOutcome(
    id: string,
    outcome: { ok: true } | { ok: false; error: string; gone: boolean },
    now: number,
    disableAfterSeconds: number,
  ): Promise<void> {
    const doc = await this.docs.get(id);
    if (!doc) return;
    if (outcome.ok) {
      if (doc.failing_since !== null) await this.docs.update(id, { $set: { failing_since: null } });
      return;
    }
    const since = doc.failing_since ?? now;
    const failingTooLong = now - since >= disableAfterSeconds;
    if (doc.enabled && (outcome.gone || failingTooLong)) {
      const reason = outcome.gone
        ? `the receiver answered 410 Gone at ${isoOf(now)}`
        : `every attempt failed from ${isoOf(since)} to ${isoOf(now)}; last error: ${outcome.error}`;
      await this.docs.update(id, {
        $set: { enabled: false, disabled_reason: reason, failing_since: since, updated_at: now },
      });
    } else if (doc.failing_since === null) {
      await this.docs.update(id, { $set: { failing_since: since } });
    }
  }
}

const isoOf = (seconds: number) => new Date(seconds * 1000).toISOString();
