import type { LocalStack } from '../src/stack/localStack.js';
import type { FakeLlmServer } from '../test/support/fake-llm/server.js';
import type { InProcessStack } from '../test/support/inProcessStack.js';
import { RESULT_INDEX_COLLECTION } from '../src/store/resultIndex.js';
import { headerKey } from '../src/store/resultIndexDocs.js';
import { stackCpuSeconds, totalCpu } from './growth.js';
import { round, type Measurement } from './report.js';
import { created, finishedRun } from './stackCalls.js';

export interface RerunBenchOptions {
  /** Items of the original run (one judge result each). */
  items: number;
  /** Share of the original run's judge calls refused for good (HTTP 400): its item errors. */
  errorRate: number;
  runTimeoutMs: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * Change one thing, pay only for that: a run whose provider refused `errorRate` of its judge
 * calls for good, then its rerun for the errors with the provider healthy. Wall time and stack
 * CPU of each (this process holds the API, the worker and the fake provider; plus the store and
 * Temporal), and the judge calls each made.
 */
export async function benchRerun(
  stack: InProcessStack,
  local: LocalStack,
  fake: FakeLlmServer,
  options: RerunBenchOptions,
): Promise<Measurement[]> {
  await created(stack, '/v1/containers', { label: 'bench-rerun' });
  const logs = Array.from({ length: options.items }, (_, i) => ({
    id: `t${i}`,
    input: `Ticket ${i}: the export button does nothing`,
    output: `Reply ${i}: clear the cache and try again`,
  }));
  for (let at = 0; at < logs.length; at += 1000) {
    await created(stack, '/v1/containers/bench-rerun/logs', { logs: logs.slice(at, at + 1000) });
  }
  await created(stack, '/v1/evaluators', {
    container: 'bench-rerun',
    name: 'bench-rerun-judge',
    type: 'judge',
    judge_model: 'fake/judge-model',
    judge_prompt: 'Item {{input}} answered {{output}}: score it.',
  });
  const every = Math.max(1, Math.round(1 / options.errorRate));
  fake.reset();
  // Ticket numbers divisible by `every`: refused for good in the original run only.
  fake.on({ prompt: /Item Ticket (\d+):/ }, (req) => {
    const n = Number(/Item Ticket (\d+):/.exec(req.promptText)![1]);
    return n % every === 0
      ? { fault: 'status', status: 400, message: 'refused' }
      : { content: JSON.stringify({ reasoning: 'fine', score: 0.8 }) };
  });
  const measure = async (start: () => Promise<Json>) => {
    const before = stackCpuSeconds(local);
    const started = performance.now();
    const run = await finishedRun(stack, (await start()).id, options.runTimeoutMs, { allowItemErrors: true });
    const after = stackCpuSeconds(local);
    return {
      run,
      seconds: (performance.now() - started) / 1000,
      cpu: totalCpu(after) - totalCpu(before),
      split: `API + worker + fake provider ${round(after.apiWorker - before.apiWorker)} s, store ${round(after.store - before.store)} s, Temporal ${round(after.temporal - before.temporal)} s`,
      calls: fake.requests.length,
    };
  };
  const original = await measure(() =>
    created(stack, '/v1/evaluations/runs', {
      container: 'bench-rerun',
      evaluators: ['bench-rerun-judge'],
      sample: { type: 'container' },
    }),
  );
  // A rerun comes later than the seal of its parent's results index (a store job finishing
  // after the run completes); measured at once, the rerun would pay for that seal.
  await sealed(stack, original.run.id, options.runTimeoutMs);
  fake.reset();
  const rerun = await measure(() => created(stack, `/v1/evaluations/runs/${original.run.id}/rerun`, {}));
  if (rerun.run.progress.failed !== 0) throw new Error(`the rerun left ${rerun.run.progress.failed} errors`);
  const label = `${options.items} items, ${original.run.progress.failed} errored (${options.errorRate * 100}%)`;
  const row = (metric: string, value: number, unit: string, note?: string): Measurement => ({
    bench: 'rerun',
    metric: `${metric}, ${label}`,
    value: round(value),
    unit,
    runs: [],
    ...(note ? { note } : {}),
  });
  return [
    row('original run: wall time', original.seconds, 's'),
    row(
      'rerun of its errors: wall time',
      rerun.seconds,
      's',
      `${round((100 * rerun.seconds) / original.seconds)}% of the original`,
    ),
    row('original run: stack CPU', original.cpu, 's', original.split),
    row(
      'rerun of its errors: stack CPU',
      rerun.cpu,
      's',
      `${round((100 * rerun.cpu) / original.cpu)}% of the original: ${rerun.split}`,
    ),
    row('original run: model calls', original.calls, 'calls'),
    row('rerun of its errors: model calls', rerun.calls, 'calls'),
  ];
}

/** Waits for a finished run's results index to be sealed (its header written). */
export async function sealed(stack: InProcessStack, runId: string, timeoutMs: number): Promise<void> {
  const index = stack.mongo.db.collection<{ _id: string }>(RESULT_INDEX_COLLECTION);
  const deadline = Date.now() + timeoutMs;
  while (!(await index.findOne({ _id: headerKey(runId) }))) {
    if (Date.now() > deadline) throw new Error(`run ${runId} was not sealed within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
