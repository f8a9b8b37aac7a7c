import type { InProcessStack } from '../test/support/inProcessStack.js';
import { median, percentile, round, type Measurement } from './report.js';
import { WebhookReceiver } from '../test/support/webhookReceiver.js';

export interface WebhookBenchOptions {
  /** Test events sent one after another, each timed from its request to its arrival. */
  latencyEvents: number;
  /** Test events sent at once (8 requests in flight), timed until the last arrives. */
  throughputEvents: number;
  timeoutMs: number;
}

/** Test events, by webhook id, with when each arrived; `arrived(count)` waits for that many. */
async function startReceiver() {
  const arrivals = new Map<string, number>();
  const receiver = new WebhookReceiver(0, ({ headers, at }) => arrivals.set(headers['webhook-id'] ?? '', at));
  const url = await receiver.start();
  const arrived = async (count: number, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (arrivals.size < count) {
      if (Date.now() > deadline) throw new Error(`${arrivals.size} of ${count} webhooks arrived in time`);
      await receiver.next(200);
    }
  };
  return { url, arrivals, arrived, close: receiver.close };
}

/**
 * Event to first attempt, and events per second delivered to a fast receiver, through the
 * public API's test event: the same path as a run's events (record the delivery, start its
 * workflow, one signed attempt from the worker).
 */
export async function benchWebhooks(
  stack: InProcessStack,
  options: WebhookBenchOptions,
): Promise<Measurement[]> {
  const receiver = await startReceiver();
  try {
    const created = await stack.call('POST', '/v1/webhooks', {
      body: { url: receiver.url, event_types: ['evaluation.run.completed'] },
    });
    if (created.status !== 201) throw new Error(`webhook create answered ${created.status}`);
    const sendTest = async () => {
      const sent = performance.now();
      const test = await stack.call('POST', `/v1/webhooks/${created.body.id}/test`);
      if (test.status !== 202) throw new Error(`test event answered ${test.status}`);
      return { sent, eventId: test.body.event_id as string };
    };

    const latencies: number[] = [];
    for (let i = 0; i < options.latencyEvents; i++) {
      const { sent, eventId } = await sendTest();
      await receiver.arrived(receiver.arrivals.size + 1, options.timeoutMs);
      latencies.push(receiver.arrivals.get(eventId)! - sent);
    }

    const before = receiver.arrivals.size;
    const started = performance.now();
    let next = 0;
    const sender = async () => {
      while (next < options.throughputEvents) {
        next++;
        await sendTest();
      }
    };
    await Promise.all(Array.from({ length: 8 }, sender));
    await receiver.arrived(before + options.throughputEvents, options.timeoutMs);
    const seconds = (performance.now() - started) / 1000;

    return [
      {
        bench: 'webhooks',
        metric: 'event to first attempt (median)',
        value: round(median(latencies)),
        unit: 'ms',
        runs: latencies.map(round),
        note: `p95 ${round(percentile(latencies, 95))} ms over ${latencies.length} test events (API request to arrival)`,
      },
      {
        bench: 'webhooks',
        metric: `events delivered per second (${options.throughputEvents} at once)`,
        value: round(options.throughputEvents / seconds),
        unit: 'events/s',
        runs: [],
        note: 'one workflow per delivery; one worker; a receiver answering 204 at once',
      },
    ];
  } finally {
    await receiver.close();
  }
}
