import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: Record<string, string>;
  body: string;
  /** What the receiver answered. */
  status: number;
}

/**
 * A webhook receiver on loopback that answers 500 to the first `failFirst` attempts of
 * each `webhook-id`, then 200, and keeps every request it got (its raw body included).
 */
export class WebhookReceiver {
  readonly requests: ReceivedWebhook[] = [];
  private server: Server | undefined;

  constructor(private readonly failFirst = 0) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const headers = flatHeaders(req.headers);
        const status = this.attemptsOf(headers['webhook-id'] ?? '').length >= this.failFirst ? 200 : 500;
        this.requests.push({ headers, body: Buffer.concat(chunks).toString('utf8'), status });
        res.writeHead(status).end(status === 200 ? 'ok' : 'not yet');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
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
