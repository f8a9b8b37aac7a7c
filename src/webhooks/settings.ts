import type { Env } from '../platform/config.js';
import type { WebhookSettings } from './dispatcher.js';

/** The webhook settings of the environment, for the worker's and the API's dispatcher alike. */
export const webhookSettingsFrom = (env: Env): WebhookSettings => ({
  policy: {
    allowedHosts: env.ASSAY_WEBHOOK_ALLOWED_HOSTS.map((h) => h.replace(/^\[|\]$/g, '').toLowerCase()),
  },
  scheduleMs: env.ASSAY_WEBHOOK_RETRY_SCHEDULE_MS,
  timeoutMs: env.ASSAY_WEBHOOK_TIMEOUT_MS,
  disableAfterSeconds: Math.floor(env.ASSAY_WEBHOOK_DISABLE_AFTER_MS / 1000),
});
