import type { AttemptResult } from '../webhooks/dispatcher.js';
import type { ActivityDeps } from './deps.js';

/** One attempt of one webhook delivery (WebhookDeliveryWorkflow decides when the next goes). */
export function createAttemptWebhookDelivery(deps: ActivityDeps) {
  return async function attemptWebhookDelivery(input: {
    projectId: string;
    deliveryId: string;
    last: boolean;
  }): Promise<AttemptResult> {
    if (!deps.webhooks) throw new Error('this worker was started without a webhook dispatcher');
    return deps.webhooks.attempt(input);
  };
}
