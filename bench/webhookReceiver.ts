import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The stack settings a receiver here needs: its loopback address allowed (webhooks refuse
 * private addresses by default) and one attempt per delivery.
 */
export const webhookReceiverEnv = {
  ASSAY_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  ASSAY_WEBHOOK_RETRY_SCHEDULE_MS: '0',
};

export interface Webhook {
  /** The `webhook-id` header. */
  id: string;
  body: string;
  /** `performance.now()` when it arrived. */
  at: number;
}

export interface WebhookReceiver {
  url: string;
  /** Resolves when the next webhook arrives, or after `ms`. */
  next(ms: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A fast receiver on 127.0.0.1 in this process: hands each webhook to `arrived` as it comes
 * (before answering, so what `arrived` measures is of that moment), then answers 204.
 */
export async function startWebhookReceiver(arrived: (webhook: Webhook) => void): Promise<WebhookReceiver> {
  let waiters: (() => void)[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const at = performance.now();
      arrived({ id: String(req.headers['webhook-id']), body: Buffer.concat(chunks).toString('utf8'), at });
      res.writeHead(204).end();
      for (const wake of waiters) wake();
      waiters = [];
    });
  });
  // A bench ends by exiting; an idle receiver must not keep it alive.
  server.unref();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    next: (ms) =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, ms);
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
