import { setTimeout as sleep } from 'node:timers/promises';
import { isSampled } from '../src/evaluation/monitorSampling.js';
import type { LocalStack } from '../src/stack/localStack.js';
import type { InProcessStack } from '../test/support/inProcessStack.js';
import { stackCpuSeconds, totalCpu } from './growth.js';
import { median, percentile, round, type Measurement } from './report.js';

export interface MonitorBenchOptions {
  /** Seconds of ingestion at `logsPerSecond`, once without the monitor (the baseline) and once with it. */
  seconds: number;
  logsPerSecond: number;
  samplingRate: number;
  /** How long the last sampled log may take to be scored after ingestion stops. */
  drainTimeoutMs: number;
}

/** Logs arrive in tenths of a second: 10 requests a second, as a busy service's batches. */
const TICK_MS = 100;
/** How often the bench looks for new results: the delay's resolution. */
const POLL_MS = 50;

/**
 * A container receiving logs at a steady rate while a monitor (default poll, a regex grader,
 * so the stack's CPU is the monitor's and not a model server's) samples them: the delay from
 * each sampled log's ingestion request to its result, and the stack CPU per scored log (the
 * same ingestion without a monitor subtracted).
 */
export async function benchMonitors(
  stack: InProcessStack,
  local: LocalStack,
  options: MonitorBenchOptions,
): Promise<Measurement[]> {
  const post = async (path: string, body: unknown) => {
    const res = await stack.call('POST', path, { body });
    if (res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  await post('/v1/containers', { label: 'live' });
  await post('/v1/evaluators', {
    container: 'live',
    name: 'polite',
    type: 'grader',
    grader: { type: 'regex_check', name: 'polite', input: '{{sample.output_text}}', pattern: '^good' },
  });

  let counter = 0;
  /** Ingests at the rate for the given time; returns when each log's request was sent. */
  const ingest = async (prefix: string) => {
    const sentAt = new Map<string, number>();
    const perTick = Math.round((options.logsPerSecond * TICK_MS) / 1000);
    const ticks = Math.round((options.seconds * 1000) / TICK_MS);
    const started = performance.now();
    for (let tick = 0; tick < ticks; tick++) {
      const logs = Array.from({ length: perTick }, () => {
        const n = counter++;
        return { id: `${prefix}-${n}`, input: `question ${n}`, output: n % 10 ? `good ${n}` : `bad ${n}` };
      });
      const sent = performance.now();
      await post('/v1/containers/live/logs', { logs });
      for (const log of logs) sentAt.set(`log_${log.id}`, sent);
      await sleep(Math.max(0, started + (tick + 1) * TICK_MS - performance.now()));
    }
    return sentAt;
  };

  const baselineBefore = stackCpuSeconds(local);
  await ingest('base');
  const baselineCpu = totalCpu(stackCpuSeconds(local)) - totalCpu(baselineBefore);

  const monitor = await post('/v1/monitors', {
    container: 'live',
    name: 'live quality',
    evaluators: ['polite'],
    sampling_rate: options.samplingRate,
  });
  const results = stack.mongo.db.collection<{ item_id: string }>('run_results');
  const scoredAt = new Map<string, number>();
  let watching = true;
  const watcher = (async () => {
    while (watching) {
      const seen = await results.find({ run_id: monitor.id }, { projection: { item_id: 1 } }).toArray();
      const now = performance.now();
      for (const r of seen) if (!scoredAt.has(r.item_id)) scoredAt.set(r.item_id, now);
      await sleep(POLL_MS);
    }
  })();

  const cpuBefore = stackCpuSeconds(local);
  const sentAt = await ingest('live');
  const sampled = [...sentAt.keys()].filter((id) => isSampled(monitor.id, id, options.samplingRate));
  const deadline = Date.now() + options.drainTimeoutMs;
  while (sampled.some((id) => !scoredAt.has(id))) {
    if (Date.now() > deadline) {
      watching = false;
      await watcher;
      throw new Error(
        `${sampled.filter((id) => scoredAt.has(id)).length} of ${sampled.length} sampled logs scored in time`,
      );
    }
    await sleep(POLL_MS);
  }
  const monitorCpu = totalCpu(stackCpuSeconds(local)) - totalCpu(cpuBefore);
  watching = false;
  await watcher;

  const delays = sampled.map((id) => scoredAt.get(id)! - sentAt.get(id)!);
  const cpuMsPerLog = ((monitorCpu - baselineCpu) * 1000) / sampled.length;
  const setting = `${options.logsPerSecond} logs/s for ${options.seconds} s, ${options.samplingRate * 100}% sampled, poll ${stack.env.ASSAY_MONITOR_POLL_MS} ms`;
  return [
    {
      bench: 'monitors',
      metric: 'ingestion to score (median)',
      value: round(median(delays) / 1000),
      unit: 's',
      runs: [],
      note: `p95 ${round(percentile(delays, 95) / 1000)} s over ${sampled.length} scored logs; ${setting}; seen by polling results every ${POLL_MS} ms`,
    },
    {
      bench: 'monitors',
      metric: 'ingestion to score (p95)',
      value: round(percentile(delays, 95) / 1000),
      unit: 's',
      runs: [],
    },
    {
      bench: 'monitors',
      metric: 'stack CPU per scored log',
      value: round(cpuMsPerLog),
      unit: 'ms',
      runs: [],
      note: `API + worker, store and Temporal; the same ingestion without a monitor (${round(baselineCpu)} s CPU) subtracted; regex grader, so no model server's CPU`,
    },
  ];
}
