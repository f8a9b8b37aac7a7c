import { terminalRunStatuses } from '../src/domain/runs.js';
import type { LocalStack } from '../src/stack/localStack.js';
import type { InProcessStack } from '../test/support/inProcessStack.js';
import { stackCpuSeconds, type StackCpu } from './stackCpu.js';
import { WebhookReceiver } from '../test/support/webhookReceiver.js';

/**
 * How the bench learns that a run has ended: as a client that asks to be told does, from the
 * run's end webhook (`evaluation.run.completed`, `.errored`, `.cancelled`) posted to a receiver
 * in this process. The end is the moment it arrives: its wall time and the stack's CPU are
 * taken then, so they include the delivery (a few tens of ms after the status is written).
 *
 * Why not read the run until it is final: each read is a store command the stack pays for, not
 * the run. On FerretDB a look-up of the run document by `_id` costs about 5 ms of stack CPU (the
 * server reads the whole document whatever the projection), and an API read about 16 ms (key,
 * failed-auth window, two rate-limit windows, the run). Reading every 100 ms for the end and
 * once a second through the API came to some 0.4 ms per item of a latency-bound run.
 */

/** The run end events, one endpoint per stack for all of them. */
const END_EVENTS = ['evaluation.run.completed', 'evaluation.run.errored', 'evaluation.run.cancelled'];

/**
 * How often the bench reads a run through the API while it waits all the same: a safety net
 * for a webhook that never comes (the run's end is then an error, not a hang), and the big
 * run's progress lines.
 */
const CHECK_MS = 10_000;
const PROGRESS_MS = 60_000;

interface RunEnd {
  /** `performance.now()` when the end webhook arrived. */
  at: number;
  cpu: StackCpu;
}

interface RunEnds {
  /** The end of a run, once its webhook has arrived (kept from before anyone asks). */
  ended(runId: string): RunEnd | undefined;
  /** Resolves when the next end webhook arrives, or after `ms`. */
  next(ms: number): Promise<void>;
}

const receivers = new WeakMap<InProcessStack, Promise<RunEnds>>();

/**
 * The stack's run-end receiver, started and subscribed on first use: call it before starting a
 * run, so its end cannot come before the subscription. The stack needs `webhookReceiverEnv`.
 */
export function watchRunEnds(stack: InProcessStack, local: LocalStack): Promise<RunEnds> {
  let receiver = receivers.get(stack);
  if (!receiver) {
    receiver = startReceiver(stack, local);
    receivers.set(stack, receiver);
  }
  return receiver;
}

async function startReceiver(stack: InProcessStack, local: LocalStack): Promise<RunEnds> {
  const ends = new Map<string, RunEnd>();
  const receiver = new WebhookReceiver(0, ({ body, at }) => {
    const runId = (JSON.parse(body) as { data?: { id?: string } }).data?.id;
    if (runId) ends.set(runId, { at, cpu: stackCpuSeconds(local) });
  });
  const url = await receiver.start();
  const created = await stack.call('POST', '/v1/webhooks', { body: { url, event_types: END_EVENTS } });
  if (created.status !== 201) {
    await receiver.close();
    throw new Error(`the run-end webhook: HTTP ${created.status} ${JSON.stringify(created.body)}`);
  }
  return { ended: (runId) => ends.get(runId), next: (ms) => receiver.next(ms) };
}

/**
 * Waits for a run's end webhook and returns the moment it came: seconds since `started` and the
 * stack's CPU then. Throws unless the run completed with every item done (read through the API
 * once it has ended, as the client it tells would).
 */
export async function waitForRunEnd(
  stack: InProcessStack,
  ends: RunEnds,
  run: {
    runId: string;
    items: number;
    /** `performance.now()` when the bench asked for the run. */
    started: number;
    /** `Date.now()` past which the bench gives up. */
    deadline: number;
    /** Given: a line every minute with the run's progress and this process's RSS (the big run's only sign of life). */
    progress?: (line: string) => void;
  },
): Promise<{ seconds: number; cpu: StackCpu }> {
  const { runId, items, started, deadline, progress } = run;
  const read = async () => (await stack.call('GET', `/v1/evaluations/runs/${runId}`)).body;
  let checkedAt = performance.now();
  let reportedAt = performance.now();
  let end = ends.ended(runId);
  while (!end) {
    if (Date.now() > deadline)
      throw new Error(`run ${runId} not finished: ${JSON.stringify((await read()).progress)}`);
    await ends.next(1_000);
    end = ends.ended(runId);
    const now = performance.now();
    const reportDue = progress !== undefined && now - reportedAt >= PROGRESS_MS;
    if (end || (now - checkedAt < CHECK_MS && !reportDue)) continue;
    checkedAt = now;
    const body = await read();
    if (progress && reportDue) {
      reportedAt = now;
      const rss = Math.round(process.memoryUsage.rss() / 2 ** 20);
      progress(
        `  ${Math.round((now - started) / 1000)} s: ${body.progress?.done ?? 0} of ${items} done, API + worker RSS ${rss} MB`,
      );
    }
    if (terminalRunStatuses.includes(body.status) && !ends.ended(runId)) {
      // Final in the store but not told: give the delivery a moment, then call it what it is.
      await ends.next(5_000);
      end = ends.ended(runId);
      if (!end) throw new Error(`run ${runId} ended ${body.status}, but its end webhook never came`);
    }
  }
  const body = await read();
  if (body.status !== 'completed' || body.progress.failed > 0 || body.progress.done !== items) {
    throw new Error(`run ${runId} ended ${body.status}: ${JSON.stringify(body.error ?? body.progress)}`);
  }
  return { seconds: (end.at - started) / 1000, cpu: end.cpu };
}
