import type { FakeLlmServer } from '../test/support/fake-llm/server.js';
import type { InProcessStack } from '../test/support/inProcessStack.js';
import { rate, round, type Measurement } from './report.js';
import { created, finishedRun } from './stackCalls.js';

export interface RunBenchOptions {
  /** Items on each side (dataset × dataset, paired on input): one judge call per item. */
  items: number;
  repetitions: number;
  /** Fake model latencies to run at, in ms. */
  latenciesMs: number[];
  /** Longest wait for one run before the bench gives up. */
  runTimeoutMs: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const jsonl = (items: object[]) => items.map((item) => JSON.stringify(item)).join('\n') + '\n';

/** The container every run bench uses (create it first). */
export const RUN_CONTAINER = 'bench-runs';

/** A container with a judge, and two datasets whose items pair one to one. */
export async function seedRunData(stack: InProcessStack, items: number) {
  await created(stack, '/v1/containers', { label: RUN_CONTAINER }, 'create container');
  const judge = await created(
    stack,
    '/v1/evaluators',
    {
      container: RUN_CONTAINER,
      name: 'bench-judge',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: 'Question: {{input}}\nAnswer: {{output}}\nReference: {{ground_truth}}\nScore the answer.',
      threshold: 0.5,
    },
    'create judge',
  );
  await seedRunDatasets(stack, items);
  return { judgeId: judge.id as string };
}

/** Two datasets, `bench-sample` and `bench-reference`, whose `items` items pair one to one on input. */
export async function seedRunDatasets(stack: InProcessStack, items: number): Promise<void> {
  for (const side of ['sample', 'reference']) {
    await created(stack, '/v1/datasets', { name: `bench-${side}` }, 'create dataset');
    const lines = Array.from({ length: items }, (_, i) => ({
      id: `${side}-${i}`,
      input: `Question ${i}: which region should a latency-sensitive service run in?`,
      output: `${side === 'sample' ? 'The nearest one' : 'The region closest to its users'} (${i}).`,
    }));
    const upload = await stack.call('POST', `/v1/datasets/bench-${side}/items`, {
      body: jsonl(lines),
      headers: { 'content-type': 'application/x-ndjson' },
    });
    if (upload.status !== 200) throw new Error(`upload: HTTP ${upload.status}`);
  }
}

/** Starts a dataset × dataset run and waits for it; its items and its wall time from create to completion. */
export async function runToCompletion(
  stack: InProcessStack,
  evaluatorId: string,
  timeoutMs: number,
  options: { allowItemErrors?: boolean } = {},
): Promise<{ run: Json; seconds: number }> {
  const started = performance.now();
  const run = await created(
    stack,
    '/v1/evaluations/runs',
    {
      container: RUN_CONTAINER,
      evaluators: [evaluatorId],
      sample: { type: 'dataset', dataset: 'bench-sample' },
      ground_truth: { type: 'dataset', dataset: 'bench-reference' },
    },
    'create run',
  );
  const body = await finishedRun(stack, run.id, timeoutMs, options);
  return { run: body, seconds: (performance.now() - started) / 1000 };
}

/** Peak resident set size of this process while `work` runs, sampled every 50 ms. */
async function withRssPeak<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  try {
    const result = await work();
    return { result, peakMb: Math.round(Math.max(peak, process.memoryUsage.rss()) / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

/**
 * End-to-end evaluation throughput: create → completed for `items` judged pairs, at
 * each fake latency. The worker runs in this process, so the RSS is the worker's plus
 * the API's and the bench's own.
 */
export async function benchRuns(
  stack: InProcessStack,
  fake: FakeLlmServer,
  options: RunBenchOptions,
): Promise<Measurement[]> {
  const baselineMb = Math.round(process.memoryUsage.rss() / 2 ** 20);
  const { judgeId } = await seedRunData(stack, options.items);
  const measurements: Measurement[] = [];
  const runIds: string[] = [];
  const { peakMb } = await withRssPeak(async () => {
    for (const latency of options.latenciesMs) {
      fake.setLatency(latency);
      const seconds: number[] = [];
      for (let rep = 0; rep < options.repetitions; rep++) {
        fake.reset();
        const { run, seconds: took } = await runToCompletion(stack, judgeId, options.runTimeoutMs);
        if (run.progress.total !== options.items) {
          throw new Error(`run ${run.id} scored ${run.progress.total} items, expected ${options.items}`);
        }
        seconds.push(took);
        runIds.push(run.id);
      }
      measurements.push(
        rate(
          'run',
          `judge run, ${options.items} items, fake latency ${latency} ms`,
          'items/s',
          options.items,
          seconds,
        ),
      );
    }
    fake.setLatency(0);
  });
  if (runIds.length >= 2) measurements.push(await benchCompare(stack, runIds[1]!, runIds[0]!, options.items));
  measurements.push({
    bench: 'run',
    metric: 'peak RSS during the runs (worker + API + bench, one process)',
    value: peakMb,
    unit: 'MB',
    runs: [],
    note: `${baselineMb} MB before seeding; +${round(peakMb - baselineMb)} MB`,
  });
  return measurements;
}

/**
 * `GET /compare` between two finished runs of `items` results each: it reads both
 * runs' results once through the store's cursor, so its time grows with the runs'
 * size (and, on FerretDB, with everything stored: its filters scan).
 */
async function benchCompare(stack: InProcessStack, runId: string, baselineId: string, items: number) {
  const seconds: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    const started = performance.now();
    const answer = await stack.call('GET', `/v1/evaluations/runs/${runId}/compare?baseline=${baselineId}`);
    if (answer.status !== 200 || answer.body.paired_items !== items) {
      throw new Error(`compare: HTTP ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    }
    seconds.push((performance.now() - started) / 1000);
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  return {
    bench: 'run',
    metric: `compare two runs of ${items} results (GET /compare)`,
    value: round(sorted[1]! * 1000),
    unit: 'ms',
    runs: seconds.map((s) => round(s * 1000)),
    note: 'median of 3',
  } satisfies Measurement;
}
