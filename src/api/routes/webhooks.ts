import { z } from 'zod';
import { deletedSchema, listOf, listQuerySchema } from '../../domain/common.js';
import { invalidField } from '../../domain/errors.js';
import {
  webhookCreateSchema,
  webhookDeliverySchema,
  webhookPatchSchema,
  webhookRotateSchema,
  webhookSchema,
  webhookWithSecretSchema,
} from '../../domain/webhooks.js';
import { nowSeconds, newId } from '../../store/ids.js';
import { presentDelivery } from '../../store/webhookDeliveries.js';
import { presentWebhook } from '../../store/webhooks.js';
import { resolveTarget, type OutboundPolicy } from '../../webhooks/outbound.js';
import { newSigningSecret } from '../../webhooks/signature.js';
import { route } from '../route.js';
import { chars } from '../../domain/textLength.js';
import { webhookUrlRules } from '../rulesBeyondSchema.js';

const tag = 'Webhooks';
const webhookId = z.object({ id: chars(200, 1) }).strict();
const deliveryId = z.object({ id: chars(200, 1), delivery_id: chars(200, 1) }).strict();

/**
 * A URL that is not https (unless allowlisted) or resolves into a refused range is a 422 on `url`.
 * A host that does not resolve now is taken: its record may not be published yet, or DNS be down
 * for a moment; every delivery resolves and checks it again, and records what it found.
 */
async function requireDeliverableUrl(url: string, policy: OutboundPolicy): Promise<void> {
  const target = await resolveTarget(url, policy);
  if (!target.ok && target.reason !== 'unresolvable') throw invalidField('url', target.message);
}

/** Webhook endpoints are managed with admin keys: they hold signing secrets and reach out of the network. */
export const webhookRoutes = [
  route({
    method: 'post',
    path: '/v1/webhooks',
    summary: "Create a webhook endpoint (the answer's `secret` is shown this once)",
    description: webhookUrlRules,
    tag,
    scope: 'admin',
    body: webhookCreateSchema,
    response: webhookWithSecretSchema,
    status: 201,
    errors: [422],
    handler: async ({ body, store, app }) => {
      await requireDeliverableUrl(body.url, app.webhooks.settings.policy);
      const secret = newSigningSecret();
      const now = nowSeconds();
      return { ...presentWebhook(await store.webhooks.create(body, secret, now), now), secret };
    },
  }),
  route({
    method: 'get',
    path: '/v1/webhooks',
    summary: 'List webhook endpoints',
    tag,
    scope: 'admin',
    query: listQuerySchema,
    response: listOf(webhookSchema),
    errors: [422],
    handler: ({ query, store }) => store.webhooks.list(query, nowSeconds()),
  }),
  route({
    method: 'get',
    path: '/v1/webhooks/:id',
    summary: 'Get a webhook endpoint',
    tag,
    scope: 'admin',
    params: webhookId,
    response: webhookSchema,
    errors: [404],
    handler: async ({ params, store }) =>
      presentWebhook(await store.webhooks.require(params.id), nowSeconds()),
  }),
  route({
    method: 'patch',
    path: '/v1/webhooks/:id',
    summary: 'Update a webhook endpoint (`enabled: true` re-enables one disabled for failing)',
    description: webhookUrlRules,
    tag,
    scope: 'admin',
    params: webhookId,
    body: webhookPatchSchema,
    response: webhookSchema,
    errors: [404, 422],
    handler: async ({ params, body, store, app }) => {
      await store.webhooks.require(params.id);
      if (body.url !== undefined) await requireDeliverableUrl(body.url, app.webhooks.settings.policy);
      const now = nowSeconds();
      return presentWebhook(await store.webhooks.patch(params.id, body, now), now);
    },
  }),
  route({
    method: 'delete',
    path: '/v1/webhooks/:id',
    summary:
      'Delete a webhook endpoint and its delivery log; its pending deliveries stop at their next attempt',
    tag,
    scope: 'admin',
    params: webhookId,
    response: deletedSchema('webhook'),
    errors: [404],
    handler: async ({ params, store }) => {
      // The endpoint first: a delivery attempted meanwhile finds it gone and stops.
      await store.webhooks.delete(params.id);
      await store.webhookDeliveries.docs.deleteMany({ webhook_id: params.id });
      return { object: 'webhook' as const, id: params.id, deleted: true as const };
    },
  }),
  route({
    method: 'post',
    path: '/v1/webhooks/:id/rotate',
    summary:
      "Rotate the signing secret: the answer's new `secret` is shown this once; the previous one keeps signing beside it for `overlap_seconds` (default a day)",
    tag,
    scope: 'admin',
    params: webhookId,
    body: webhookRotateSchema,
    response: webhookWithSecretSchema,
    errors: [404, 422],
    handler: async ({ params, body, store }) => {
      const secret = newSigningSecret();
      const now = nowSeconds();
      const doc = await store.webhooks.rotate(params.id, secret, body.overlap_seconds, now);
      return { ...presentWebhook(doc, now), secret };
    },
  }),
  route({
    method: 'post',
    path: '/v1/webhooks/:id/test',
    summary: 'Send a `webhook.test` event to this endpoint (delivered and retried like any other)',
    tag,
    scope: 'admin',
    params: webhookId,
    response: webhookDeliverySchema,
    status: 202,
    errors: [404],
    handler: async ({ params, store, projectId, app }) => {
      const endpoint = await store.webhooks.require(params.id);
      const eventId = newId('webhookEvent');
      const event = {
        id: eventId,
        object: 'event' as const,
        type: 'webhook.test' as const,
        created_at: nowSeconds(),
        data: { id: endpoint.id, object: 'webhook' },
      };
      const [id] = await app.webhooks.emit(projectId, event, endpoint);
      return presentDelivery(await store.webhookDeliveries.require(endpoint.id, id!));
    },
  }),
  route({
    method: 'get',
    path: '/v1/webhooks/:id/deliveries',
    summary: "The endpoint's deliveries, newest first: status, attempts, last error and response code",
    tag,
    scope: 'admin',
    params: webhookId,
    query: listQuerySchema,
    response: listOf(webhookDeliverySchema),
    errors: [404, 422],
    handler: async ({ params, query, store }) => {
      await store.webhooks.require(params.id);
      return store.webhookDeliveries.list(params.id, query);
    },
  }),
  route({
    method: 'get',
    path: '/v1/webhooks/:id/deliveries/:delivery_id',
    summary: 'One delivery with its attempt log',
    tag,
    scope: 'admin',
    params: deliveryId,
    response: webhookDeliverySchema,
    errors: [404],
    handler: async ({ params, store }) =>
      presentDelivery(await store.webhookDeliveries.require(params.id, params.delivery_id)),
  }),
  route({
    method: 'post',
    path: '/v1/webhooks/:id/deliveries/:delivery_id/redeliver',
    summary:
      'Send a delivery again (same `webhook-id` and body, a fresh signature), on a fresh retry schedule',
    tag,
    scope: 'admin',
    params: deliveryId,
    response: webhookDeliverySchema,
    status: 202,
    errors: [404],
    handler: async ({ params, store, projectId, app }) => {
      await store.webhooks.require(params.id);
      await app.webhooks.redeliver(projectId, params.id, params.delivery_id);
      return presentDelivery(await store.webhookDeliveries.require(params.id, params.delivery_id));
    },
  }),
];
