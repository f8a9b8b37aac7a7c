import { z } from 'zod';
import { idSchema, metadataSchema, unixSeconds } from './common.js';
import { chars } from './textLength.js';

/**
 * Every event a webhook endpoint may subscribe to. A new feature adds its types here
 * (monitors: `monitor.alert.triggered`, `monitor.alert.resolved`) and emits them with
 * `emitWebhookEvent` (src/webhooks/emit.ts); nothing else needs to change.
 */
export const webhookEventTypes = [
  'evaluation.run.completed',
  'evaluation.run.errored',
  'evaluation.run.cancelled',
  'evaluation.run.paused',
  // The OpenAI Evals API's own names, so `client.webhooks.unwrap()` types them.
  'eval.run.succeeded',
  'eval.run.failed',
  'eval.run.canceled',
  'monitor.alert.triggered',
  'monitor.alert.resolved',
  /** Sent by `POST /v1/webhooks/{id}/test` only; endpoints need not subscribe to it. */
  'webhook.test',
] as const;
export const webhookEventTypeSchema = z.enum(webhookEventTypes);
export type WebhookEventType = z.infer<typeof webhookEventTypeSchema>;
/** What an endpoint may subscribe to: everything but the test event. */
export type SubscribableEventType = Exclude<WebhookEventType, 'webhook.test'>;

/** The body every delivery carries: small, ids and a summary; details are fetched through the API. */
export interface WebhookEvent {
  id: string;
  object: 'event';
  type: WebhookEventType;
  created_at: number;
  data: Record<string, unknown> & { id: string };
}

const urlSchema = z.string().url().max(2048);
const subscribable = z
  .array(webhookEventTypeSchema.exclude(['webhook.test']))
  .min(1)
  .max(webhookEventTypes.length)
  .refine((types) => new Set(types).size === types.length, 'event types must not repeat')
  // The refinement, stated in the OpenAPI document too.
  .meta({ uniqueItems: true });

export const webhookCreateSchema = z
  .object({
    url: urlSchema,
    event_types: subscribable,
    description: chars(1000).optional(),
    metadata: metadataSchema.optional(),
  })
  .strict()
  .meta({ id: 'WebhookEndpointCreate' });
export type WebhookCreate = z.infer<typeof webhookCreateSchema>;

export const webhookPatchSchema = z
  .object({
    url: urlSchema.optional(),
    event_types: subscribable.optional(),
    description: chars(1000).nullable().optional(),
    metadata: metadataSchema.optional(),
    /** `true` re-enables an endpoint that was disabled for failing; `false` pauses deliveries to it. */
    enabled: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'WebhookEndpointPatch' });
export type WebhookPatch = z.infer<typeof webhookPatchSchema>;

/** A day: long enough for a receiver's deploy to pick up the new secret. */
export const DEFAULT_ROTATION_OVERLAP_SECONDS = 86_400;
export const webhookRotateSchema = z
  .object({
    /** How long the previous secret keeps signing beside the new one (0: it stops at once). */
    overlap_seconds: z
      .number()
      .int()
      .min(0)
      .max(7 * 86_400)
      .default(DEFAULT_ROTATION_OVERLAP_SECONDS),
  })
  .strict();

export const webhookSchema = z
  .object({
    object: z.literal('webhook'),
    id: idSchema('webhook'),
    url: z.string(),
    event_types: z.array(webhookEventTypeSchema),
    description: z.string().nullable(),
    metadata: z.record(z.string(), z.string()),
    enabled: z.boolean(),
    /** Why the endpoint was disabled (failing for days, 410 Gone, or by a caller); null while enabled. */
    disabled_reason: z.string().nullable(),
    /** Since when every attempt has failed; null after a success. */
    failing_since: unixSeconds.nullable(),
    /** Secrets signing deliveries now: the newest, plus an older one until its overlap ends. */
    secrets: z.array(z.object({ created_at: unixSeconds, expires_at: unixSeconds.nullable() })),
    created_at: unixSeconds,
    updated_at: unixSeconds,
  })
  .meta({ id: 'WebhookEndpoint' });
export type Webhook = z.infer<typeof webhookSchema>;

/** The create and rotate answers: the one time the new signing secret is shown. */
export const webhookWithSecretSchema = webhookSchema
  .extend({
    secret: z.string().regex(/^whsec_/),
  })
  .meta({ id: 'WebhookEndpointWithSecret' });

export const webhookDeliveryStatuses = ['pending', 'delivered', 'failed', 'cancelled'] as const;

export const webhookAttemptSchema = z.object({
  attempt: z.number().int().min(1),
  at: unixSeconds,
  /** `refused_address`: the host resolved into a refused range and was not contacted. */
  outcome: z.enum(['success', 'http_error', 'network_error', 'timeout', 'refused_address']),
  response_status: z.number().int().nullable(),
  error: z.string().nullable(),
  duration_ms: z.number().int().nonnegative(),
});
export type WebhookAttempt = z.infer<typeof webhookAttemptSchema>;

export const webhookDeliverySchema = z
  .object({
    object: z.literal('webhook.delivery'),
    id: idSchema('webhookDelivery'),
    webhook_id: idSchema('webhook'),
    /** The `webhook-id` header: the same on every attempt and redelivery, for receivers to deduplicate on. */
    event_id: idSchema('webhookEvent'),
    event_type: webhookEventTypeSchema,
    status: z.enum(webhookDeliveryStatuses),
    attempts: z.number().int().nonnegative(),
    last_error: z.string().nullable(),
    response_status: z.number().int().nullable(),
    /** The last response body's first bytes (never more is kept). */
    response_excerpt: z.string().nullable(),
    last_attempt_at: unixSeconds.nullable(),
    delivered_at: unixSeconds.nullable(),
    /** The latest attempts, oldest first (bounded). */
    attempt_log: z.array(webhookAttemptSchema),
    /** The exact JSON body sent. */
    payload: z.string(),
    created_at: unixSeconds,
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

/** What a delivery workflow is started with. */
export interface WebhookDeliveryInput {
  projectId: string;
  deliveryId: string;
  /** Delays before each attempt (ASSAY_WEBHOOK_RETRY_SCHEDULE_MS when the delivery was started). */
  scheduleMs: number[];
}
