import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { DeliveryStarter } from './dispatcher.js';

/**
 * Each delivery is one workflow (id derived from the delivery): its retry timers are
 * Temporal's durable timers, so a delivery outlives worker and API restarts, and
 * REJECT_DUPLICATE makes a repeated start (an emitting activity retried) a no-op.
 */
export function temporalDeliveryStarter(client: Client, taskQueue: string): DeliveryStarter {
  return {
    async start(input, workflowId) {
      try {
        await client.workflow.start('WebhookDeliveryWorkflow', {
          workflowId,
          taskQueue,
          args: [input],
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          staticSummary: `Webhook delivery ${input.deliveryId} (project ${input.projectId})`,
        });
      } catch (error) {
        if (error instanceof WorkflowExecutionAlreadyStartedError) return;
        throw error;
      }
    },
  };
}
