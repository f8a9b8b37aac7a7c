import type { FakeLlmServer } from '../test/support/fake-llm/server.js';
import type { InProcessStack } from '../test/support/inProcessStack.js';
import { startWorkerProcess, type WorkerProcess } from '../test/support/workerProcess.js';
import { LimitGate } from '../src/models/limits/limitGate.js';
import {
  modelCalls,
  modelCallSeconds,
  modelLimiterWaitSeconds,
  modelSpend,
  modelTokens,
} from '../src/platform/metrics.js';
import { round, type Measurement } from './report.js';
import { created, finishedRun } from './stackCalls.js';

export interface LimitsBenchOptions {
  /** The fake provider's limit, which the workers are configured with too. */
  requestsPerMinute: number;
  /** Items of the throughput run (one judge call each). */
  items: number;
  /** The fairness pair: a big run and a small one started together. */
  bigItems: number;
  smallItems: number;
  workers: number;
}

/** The stack's env for this bench: the fake provider with its allowance. */
export const limitsBenchEnv = (fake: FakeLlmServer, requestsPerMinute: number) => ({
  ASSAY_PROVIDERS: JSON.stringify({
    fake: { base_url: fake.baseUrl, max_concurrency: 32, requests_per_minute: requestsPerMinute },
  }),
  ASSAY_RUN_BATCH_SIZE: '25',
});

/**
 * One provider allowance for several worker processes (the "done when"): `workers`
 * workers, the fake provider enforcing `requestsPerMinute` over a sliding minute (429 beyond);
 * how close to the limit the calls come and how many were refused; then a big and a small run
 * started together, and the small one's time against its time alone. Last, what the limiter
 * costs a call, against the stack CPU a call costs (the throughput bench's figure).
 */
export async function benchProviderLimits(
  stack: InProcessStack,
  fake: FakeLlmServer,
  options: LimitsBenchOptions & { runTimeoutMs: number },
): Promise<Measurement[]> {
  const workers: WorkerProcess[] = await Promise.all(
    Array.from({ length: options.workers }, () => startWorkerProcess(stack.env, {}, 240_000)),
  );
  try {
    fake.reset();
    fake.setLatency(20);
    fake.setRequestsPerMinute(options.requestsPerMinute);
    const rows = async (label: string, n: number) => {
      await created(stack, '/v1/containers', { label });
      for (let at = 0; at < n; at += 1000) {
        const logs = Array.from({ length: Math.min(1000, n - at) }, (_, i) => ({
          id: `${label}-${at + i}`,
          input: `${label} question ${at + i}`,
          output: `${label} answer ${at + i}`,
        }));
        await created(stack, `/v1/containers/${label}/logs`, { logs });
      }
      await created(stack, '/v1/evaluators', {
        container: label,
        name: `${label}-judge`,
        type: 'judge',
        judge_model: 'fake/judge-model',
        judge_prompt: 'Q: {{input}}\nA: {{output}}\nScore it.',
      });
    };
    const run = (label: string) =>
      created(stack, '/v1/evaluations/runs', {
        container: label,
        evaluators: [`${label}-judge`],
        sample: { type: 'container' },
      });
    const timed = async (label: string, started = performance.now()) => {
      const { id } = await run(label);
      await finishedRun(stack, id, options.runTimeoutMs);
      return (performance.now() - started) / 1000;
    };

    await rows('limits-throughput', options.items);
    const seenBefore = fake.requests.length;
    await timed('limits-throughput');
    const calls = fake.requests.slice(seenBefore).filter((r) => r.answered);
    const times = calls.map((r) => r.receivedAt).sort((a, b) => a - b);
    const from = times[Math.floor(times.length * 0.05)]!;
    const to = times[Math.floor(times.length * 0.95)]!;
    const perMinute = ((times.length * 0.9) / (to - from)) * 60_000;
    const refusedThroughput = fake.rateLimited;

    await rows('limits-big', options.bigItems);
    await rows('limits-small', options.smallItems);
    await rows('limits-solo', options.smallItems);
    const solo = await timed('limits-solo');
    const started = performance.now();
    const [, beside] = await Promise.all([timed('limits-big', started), timed('limits-small', started)]);

    return [
      {
        bench: 'limits',
        metric: `${options.workers} workers, ${options.items} items at ${options.requestsPerMinute} requests/min: calls per minute (steady 90%)`,
        value: round(perMinute),
        unit: 'calls/min',
        runs: [],
        note: `${round((perMinute / options.requestsPerMinute) * 100)}% of the limit (target ≥ 90%); ${refusedThroughput} refused with 429`,
      },
      {
        bench: 'limits',
        metric: `${options.smallItems}-item run beside a ${options.bigItems}-item one: time / its time alone`,
        value: round(beside / solo),
        unit: '×',
        runs: [round(solo), round(beside)],
        note: `alone ${round(solo)} s, beside ${round(beside)} s; ${fake.rateLimited - refusedThroughput} refused with 429`,
      },
      ...(await gateOverhead()),
    ];
  } finally {
    fake.setRequestsPerMinute(undefined);
    await Promise.all(workers.map((w) => w.stop()));
  }
}

/**
 * What the limiter and the metrics cost a model call in CPU: acquire and release on one gate (no
 * waiting), and the counters and histograms a call updates; against the stack's CPU per item.
 */
async function gateOverhead(): Promise<Measurement[]> {
  const gate = new LimitGate('bench', { concurrency: 1_000_000 });
  const calls = 200_000;
  const started = process.cpuUsage();
  for (let i = 0; i < calls; i++) {
    void gate.acquire(`run-${i % 7}`, 100).then(({ lease }) => lease.release(120));
  }
  await new Promise((resolve) => setImmediate(resolve));
  const used = process.cpuUsage(started);
  const labels = { provider: 'fake', model: 'judge-model' };
  const metricsStarted = process.cpuUsage();
  for (let i = 0; i < calls; i++) {
    modelCalls.inc({ ...labels, outcome: 'ok' });
    modelCallSeconds.observe(labels, 0.02);
    modelTokens.inc({ ...labels, direction: 'input' }, 100);
    modelTokens.inc({ ...labels, direction: 'output' }, 20);
    modelSpend.inc(labels, 0.0001);
    modelLimiterWaitSeconds.observe({ provider: 'fake' }, 0);
  }
  const metricsUsed = process.cpuUsage(metricsStarted);
  return [
    {
      bench: 'limits',
      metric: 'metrics CPU per model call (the counters and histograms it updates)',
      value: round((metricsUsed.user + metricsUsed.system) / calls),
      unit: 'µs',
      runs: [],
      note: 'against 3,000+ µs of stack CPU per item (bench run, throughput)',
    },
    {
      bench: 'limits',
      metric: 'limiter CPU per model call (acquire + release)',
      value: round((used.user + used.system) / calls),
      unit: 'µs',
      runs: [],
      note: 'the board adds 3 store operations per worker every 250 ms, whatever the calls',
    },
  ];
}
