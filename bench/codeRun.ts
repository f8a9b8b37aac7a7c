import os from 'node:os';
import type { LocalStack } from '../src/stack/localStack.js';
import type { InProcessStack } from '../test/support/inProcessStack.js';
import { processCpuSeconds } from './growth.js';
import { stackCpuSeconds, type StackCpu } from './stackCpu.js';
import { loadAverage, median, round, type Measurement } from './report.js';
import { RUN_CONTAINER, runToCompletion, seedRunDatasets } from './runs.js';
import { created } from './stackCalls.js';
import { sealed } from './rerun.js';

export interface CodeRunBenchOptions {
  /** Dataset items on each side (dataset × dataset, paired on input): one code result per item. */
  items: number;
  repetitions: number;
  runTimeoutMs: number;
}

export interface CodeRunBench {
  /**
   * Goal 5 of the performance issue: median over repetitions of items / wall-clock second from
   * `POST /v1/evaluations/runs` to the run reading `completed`, for a trivial Python evaluator.
   */
  endToEndItemsPerSecond: number;
  items: number;
  repetitions: number;
  runsItemsPerSecond: number[];
  /**
   * Per run: CPU milliseconds per item of everything it ran on (API + worker, store, Temporal,
   * sandboxes), create to completed. Less sensitive to a busy machine than the items/s: n cores
   * give at most n × 1000 / this items per second.
   */
  cpuMsPerItem: number[];
  /** The last run's CPU milliseconds per item by part: where the CPU of `cpuMsPerItem` went. */
  cpuMsPerItemByPart: Record<keyof StackCpu | 'sandboxes', number>;
  /** Per run: seconds from `completed` until its results index is sealed (not in the items/s). */
  sealSeconds: number[];
  /** 1-minute load average before and after the runs: other work on the machine skews the figure. */
  loadAverage: { before: number; after: number };
  /** Items per run batch (`ASSAY_RUN_CODE_BATCH_SIZE`): one activity and one sandbox process each. */
  batchSize: number;
}

const TRIVIAL_EVALUATOR = 'def evaluate(sample, ground_truth):\n    return 1.0\n';

/**
 * End-to-end code-evaluator throughput: a run of one trivial Python evaluator over a dataset of
 * `items` items (paired with a reference dataset; no model calls), through the API, Temporal, the
 * worker's sandboxes and the store, from create to completed.
 */
export async function benchCodeRun(
  stack: InProcessStack,
  local: LocalStack,
  options: CodeRunBenchOptions,
): Promise<CodeRunBench> {
  await created(stack, '/v1/containers', { label: RUN_CONTAINER }, 'create container');
  const evaluator = await created(
    stack,
    '/v1/evaluators',
    { container: RUN_CONTAINER, name: 'bench-code', type: 'code', code: TRIVIAL_EVALUATOR, threshold: 0.5 },
    'create code evaluator',
  );
  await seedRunDatasets(stack, options.items);
  const before = loadAverage()[0]!;
  const runs: number[] = [];
  const sealSeconds: number[] = [];
  const cpuMsPerItem: number[] = [];
  let cpuMsPerItemByPart = { apiWorker: 0, store: 0, temporal: 0, sandboxes: 0 };
  for (let rep = 0; rep < options.repetitions; rep++) {
    const cpuBefore = allCpuSeconds(local);
    const { run, seconds } = await runToCompletion(stack, evaluator.id as string, options.runTimeoutMs);
    if (run.progress.total !== options.items) {
      throw new Error(`run ${run.id} scored ${run.progress.total} items, expected ${options.items}`);
    }
    runs.push(options.items / seconds);
    const cpuAfter = allCpuSeconds(local);
    const perItem = (part: keyof typeof cpuAfter) =>
      round(((cpuAfter[part] - cpuBefore[part]) * 1000) / options.items);
    cpuMsPerItemByPart = {
      apiWorker: perItem('apiWorker'),
      store: perItem('store'),
      temporal: perItem('temporal'),
      sandboxes: perItem('sandboxes'),
    };
    cpuMsPerItem.push(Object.values(cpuMsPerItemByPart).reduce((sum, ms) => sum + ms, 0));
    // The run is completed before its results index is sealed (a look-up per result, after
    // completion): the next run would pay for that seal.
    const sealStarted = performance.now();
    await sealed(stack, run.id as string, options.runTimeoutMs);
    sealSeconds.push((performance.now() - sealStarted) / 1000);
  }
  return {
    endToEndItemsPerSecond: Math.round(median(runs)),
    items: options.items,
    repetitions: options.repetitions,
    runsItemsPerSecond: runs.map(Math.round),
    sealSeconds: sealSeconds.map(round),
    cpuMsPerItem: cpuMsPerItem.map(round),
    cpuMsPerItemByPart,
    loadAverage: { before, after: loadAverage()[0]! },
    batchSize: stack.env.ASSAY_RUN_CODE_BATCH_SIZE,
  };
}

/** CPU seconds of the stack's processes and of this process's reaped children (the sandboxes). */
function allCpuSeconds(local: LocalStack): StackCpu & { sandboxes: number } {
  const stack = stackCpuSeconds(local);
  return { ...stack, sandboxes: processCpuSeconds(process.pid) - stack.apiWorker };
}

/** The report's lines: goal 5's figure (`code.itemsPerSecond`) first. */
export function codeRunMeasurements(result: CodeRunBench): Measurement[] {
  return [
    {
      bench: 'code-run',
      goal: 'code.itemsPerSecond',
      metric: `trivial code evaluator run, ${result.items} items end to end (create → completed)`,
      value: result.endToEndItemsPerSecond,
      unit: 'items/s',
      runs: result.runsItemsPerSecond,
      note: `batches of ${result.batchSize}; 1-min load ${result.loadAverage.before} → ${result.loadAverage.after}; target ≥ 2000`,
    },
    {
      bench: 'code-run',
      metric: 'CPU per item of the run: API + worker, store, Temporal, sandboxes',
      value: round(median(result.cpuMsPerItem)),
      unit: 'ms',
      runs: result.cpuMsPerItem,
      note: `${os.availableParallelism()} cores allow at most ${Math.round((os.availableParallelism() * 1000) / median(result.cpuMsPerItem))} items/s at this CPU cost; last run by part (ms): ${describeParts(result.cpuMsPerItemByPart)}`,
    },
    {
      bench: 'code-run',
      metric: 'results index sealed after the run completed (before the next run starts)',
      value: round(median(result.sealSeconds)),
      unit: 's',
      runs: result.sealSeconds,
    },
  ];
}

/** `api+worker 0.2, store 0.2, …`: where a run's CPU went. */
function describeParts(parts: CodeRunBench['cpuMsPerItemByPart']): string {
  const names = { apiWorker: 'api+worker', store: 'store', temporal: 'temporal', sandboxes: 'sandboxes' };
  return Object.entries(parts)
    .map(([part, ms]) => `${names[part as keyof typeof names]} ${ms}`)
    .join(', ');
}
