/**
 * The stack settings a bench's webhook receiver (test/support/webhookReceiver.ts) needs: its
 * loopback address allowed (webhooks refuse private addresses by default) and one attempt per
 * delivery.
 */
export const webhookReceiverEnv = {
  ASSAY_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  ASSAY_WEBHOOK_RETRY_SCHEDULE_MS: '0',
};
