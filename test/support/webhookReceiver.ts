import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: Record<string, string>;
  body: string;
  /** What the receiver answered. */
  status: number;
  /** `performance.now()` when it arrived. */
  at: number;
}

/**
 * A webhook receiver on loopback that answers 500 to the first `failFirst` attempts of
 * each `webhook-id`, then 200, and keeps every request it got (its raw body included).
 * `arrived` sees each request before it is answered, so what it measures is of that moment
 * (the benches take the stack's CPU there).
 */
export class WebhookReceiver {
  readonly requests: ReceivedWebhook[] = [];
  private server: Server | undefined;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly failFirst = 0,
    private readonly arrived?: (webhook: ReceivedWebhook) => void,
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const at = performance.now();
        const headers = flatHeaders(req.headers);
        const failing =
          this.failFirst > 0 && this.attemptsOf(headers['webhook-id'] ?? '').length < this.failFirst;
        const status = failing ? 500 : 200;
        const webhook = { headers, body: Buffer.concat(chunks).toString('utf8'), status, at };
        this.requests.push(webhook);
        this.arrived?.(webhook);
        res.writeHead(status).end(status === 200 ? 'ok' : 'not yet');
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
    // A bench ends by exiting; an idle receiver must not keep its process alive.
    this.server.unref();
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** Resolves when the next request arrives, or after `ms`. */
  next(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      this.waiters.push(resolve);
      setTimeout(resolve, ms);
    });
  }

  attemptsOf(webhookId: string): ReceivedWebhook[] {
    return this.requests.filter((r) => r.headers['webhook-id'] === webhookId);
  }

  /** The events answered 200, parsed. */
  delivered(): { id: string; type: string; data: Record<string, unknown> }[] {
    return this.requests.filter((r) => r.status === 200).map((r) => JSON.parse(r.body));
  }

  close = () =>
    new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
}

const flatHeaders = (headers: IncomingHttpHeaders): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]),
  );
