import { proxyActivities, sleep } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import type { WebhookDeliveryInput } from '../domain/webhooks.js';

/**
 * One attempt per activity. Its own failures (MongoDB away, a worker dying mid-attempt) are
 * retried by Temporal without limit; a receiver's failure is not an activity failure but a
 * recorded attempt, and the schedule below decides when the next one goes.
 */
const { attemptWebhookDelivery } = proxyActivities<Activities>({
  // ASSAY_WEBHOOK_TIMEOUT_MS is at most 60 s, plus resolving the host and two store writes.
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export type WebhookDeliveryOutcome = 'delivered' | 'failed' | 'stopped';

/**
 * Delivers one webhook message at least once: attempts after each delay of the schedule
 * (durable timers, so restarts of workers, the API or Temporal lose nothing) until one
 * succeeds, the endpoint goes away or is disabled, or the schedule ends.
 */
export async function WebhookDeliveryWorkflow(input: WebhookDeliveryInput): Promise<WebhookDeliveryOutcome> {
  for (const [index, delayMs] of input.scheduleMs.entries()) {
    if (delayMs > 0) await sleep(delayMs);
    const result = await attemptWebhookDelivery({
      projectId: input.projectId,
      deliveryId: input.deliveryId,
      last: index === input.scheduleMs.length - 1,
    });
    if (result !== 'retry') return result;
  }
  return 'failed';
}
