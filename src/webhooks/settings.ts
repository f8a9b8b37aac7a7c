import type { Client } from '@temporalio/client';
import type { Db } from 'mongodb';
import { webhookTaskQueue, type Env } from '../platform/config.js';
import { WebhookDispatcher, type WebhookSettings } from './dispatcher.js';
import { temporalDeliveryStarter } from './temporalStarter.js';

/** The webhook settings of the environment. */
export const webhookSettingsFrom = (env: Env): WebhookSettings => ({
  policy: {
    allowedHosts: env.ASSAY_WEBHOOK_ALLOWED_HOSTS.map((h) => h.replace(/^\[|\]$/g, '').toLowerCase()),
  },
  scheduleMs: env.ASSAY_WEBHOOK_RETRY_SCHEDULE_MS,
  timeoutMs: env.ASSAY_WEBHOOK_TIMEOUT_MS,
  disableAfterSeconds: Math.floor(env.ASSAY_WEBHOOK_DISABLE_AFTER_MS / 1000),
});

/** The dispatcher the API and the worker each build: deliveries go to the webhook queue of `env`. */
export const webhookDispatcherFor = (db: Db, client: Client, env: Env): WebhookDispatcher =>
  new WebhookDispatcher(db, temporalDeliveryStarter(client, webhookTaskQueue(env)), webhookSettingsFrom(env));
