import type { LocalStack } from '../src/stack/localStack.js';
import type { FakeLlmProcess } from '../test/support/fake-llm/process.js';
import type { InProcessStack } from '../test/support/inProcessStack.js';
import { percentile, round, type GoalKey, type Measurement } from './report.js';
import { bulkLoad, created, DAY, GEN_MODEL, RESULT_RUNS } from './growthLoad.js';
import { waitForRunEnd, watchRunEnds } from './runEnd.js';
import { webhookReceiverEnv } from './webhookReceiver.js';
import { stackCpuSeconds, totalCpu, rssMb, type StackCpu } from './stackCpu.js';

export { cpuSecondsOfStat, processCpuSeconds, stackCpuSeconds, totalCpu } from './stackCpu.js';

/**
 * The growth benchmark: the same work on an empty store and on one holding
 * `logs` task logs, `results` run results and `datasetItems` dataset items
 * (bulk-loaded straight into the store, not through the API), in one process on
 * one machine. What must not change with the store's size: a run's cost per item
 * and wall time, a results page, a filtered page, a task-log listing.
 */
export interface GrowthOptions {
  logs: number;
  results: number;
  datasetItems: number;
  /** Items of the run measured before and after loading (generate + judge). */
  runItems: number;
  runLatencyMs: number;
  /** Model calls in flight (provider max_concurrency and items per batch at once). */
  concurrency: number;
  /** The latency-bound run: items and fake latency. */
  ideal: { items: number; latencyMs: number };
  /** Run sizes whose peak RSS is compared. */
  rssItems: number[];
  pageRequests: number;
  runTimeoutMs: number;
  /** Longest the bench waits for a big delete's store job. */
  deleteWaitMs: number;
}

export const growthEnv = (concurrency: number) => ({
  ASSAY_RUN_ITEM_CONCURRENCY: String(concurrency),
  // measuredRun learns a run's end from its webhook.
  ...webhookReceiverEnv,
});

/** The judge of every generate + judge run here (and of the peer's, bench/peer.ts). */
export const JUDGE_PROMPT =
  'Question: {{input}}\nAnswer: {{output}}\nReference: {{ground_truth}}\nScore the answer.';
export const JUDGE_THRESHOLD = 0.5;

/** The `i`th dataset item: a question (the generation's prompt) and its reference answer. */
export const questionItem = (i: number) => ({
  input: `Question ${i}: which region should a latency-sensitive service run in?`,
  output: `The region closest to its users (${i}).`,
});

export interface Seeded {
  projectId: string;
  /** The container (label) its runs are in. */
  container: string;
  judgeId: string;
}

export async function seed(stack: InProcessStack, label = 'growth'): Promise<Seeded> {
  const container = await created(stack, '/v1/containers', { label });
  const judge = await created(stack, '/v1/evaluators', {
    container: label,
    name: 'growth-judge',
    type: 'judge',
    judge_model: 'fake/judge-model',
    judge_prompt: JUDGE_PROMPT,
    threshold: JUDGE_THRESHOLD,
  });
  const doc = await stack.mongo.db.collection('containers').findOne({ id: container.id });
  return { projectId: doc!.project_id as string, container: label, judgeId: judge.id as string };
}

/** A dataset of `items` questions (created once per size). */
async function dataset(stack: InProcessStack, items: number): Promise<string> {
  const name = `growth-${items}`;
  const existing = await stack.call('GET', `/v1/datasets/${name}`);
  if (existing.status === 200) return name;
  await created(stack, '/v1/datasets', { name });
  for (let start = 0; start < items; start += 10_000) {
    const lines = Array.from({ length: Math.min(10_000, items - start) }, (_, i) => ({
      id: `q-${start + i}`,
      ...questionItem(start + i),
    }));
    const upload = await stack.call('POST', `/v1/datasets/${name}/items`, {
      body: lines.map((line) => JSON.stringify(line)).join('\n') + '\n',
      headers: { 'content-type': 'application/x-ndjson' },
    });
    if (upload.status !== 200) throw new Error(`upload: HTTP ${upload.status}`);
  }
  return name;
}

/** A fresh run's time limit per item (10 ms: four times the 50,000-item run's pace on shared cores). */
const RUN_MS_PER_ITEM_ALLOWED = 10;

/** How long a generate + judge run of `items` may take: `floorMs`, or longer for a big run. */
export const runTimeoutMs = (items: number, floorMs: number): number =>
  Math.max(floorMs, items * RUN_MS_PER_ITEM_ALLOWED);

export interface RunFigures {
  runId: string;
  seconds: number;
  cpuMsPerItem: number;
  /** The same, per process. */
  cpuMsPerItemBy: StackCpu;
  peakApiWorkerMb: number;
  peakStoreMb: number;
}

/** A generate + judge run over `items` dataset items, to completion: wall time, stack CPU, peak RSS. */
export async function measuredRun(
  stack: InProcessStack,
  local: LocalStack,
  seeded: Seeded,
  items: number,
  timeoutMs: number,
  /** Given: a line every minute with the run's progress and this process's RSS (the big run's only sign of life). */
  progress?: (line: string) => void,
): Promise<RunFigures> {
  const name = await dataset(stack, items);
  let peakApiWorkerMb = 0;
  let peakStoreMb = 0;
  const sample = () => {
    peakApiWorkerMb = Math.max(peakApiWorkerMb, Math.round(process.memoryUsage.rss() / 2 ** 20));
    peakStoreMb = Math.max(peakStoreMb, rssMb(local.mongo.process?.pid));
  };
  const ends = await watchRunEnds(stack, local);
  const timer = setInterval(sample, 100);
  const cpuBefore = stackCpuSeconds(local);
  const started = performance.now();
  try {
    const run = await created(stack, '/v1/evaluations/runs', {
      container: seeded.container,
      evaluators: [seeded.judgeId],
      sample: { type: 'generate', models: [GEN_MODEL] },
      ground_truth: { type: 'dataset', dataset: name },
    });
    const { seconds, cpu: cpuAfter } = await waitForRunEnd(stack, ends, {
      runId: run.id,
      items,
      started,
      deadline: Date.now() + timeoutMs,
      progress,
    });
    const perItem = (key: keyof StackCpu) => ((cpuAfter[key] - cpuBefore[key]) * 1000) / items;
    const cpuMsPerItemBy = {
      apiWorker: perItem('apiWorker'),
      store: perItem('store'),
      temporal: perItem('temporal'),
    };
    sample();
    return {
      runId: run.id,
      seconds,
      cpuMsPerItem: totalCpu(cpuMsPerItemBy),
      cpuMsPerItemBy,
      peakApiWorkerMb,
      peakStoreMb,
    };
  } finally {
    clearInterval(timer);
  }
}

async function timings(stack: InProcessStack, path: string, requests: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    const answer = await stack.request('GET', path);
    await answer.arrayBuffer();
    if (answer.status !== 200) throw new Error(`GET ${path}: HTTP ${answer.status}`);
    out.push(performance.now() - started);
  }
  return out;
}

/** Measurements of one bench, and how to add one. */
function collector(bench: string) {
  const measurements: Measurement[] = [];
  const push = (metric: string, value: number, unit: string, note?: string, goal?: GoalKey) =>
    measurements.push({ bench, metric, value: round(value), unit, runs: [], note, goal });
  return { measurements, push };
}

/**
 * Generate + judge with the fake at `options.ideal.latencyMs`: stack-wide CPU per item, and wall
 * time against the latency-bound ideal (two calls per item, `concurrency` calls in flight).
 * Also `npm run bench -- --only throughput` on its own, on an empty store.
 */
export async function benchLatencyBound(
  stack: InProcessStack,
  local: LocalStack,
  fake: FakeLlmProcess,
  seeded: Seeded | null,
  options: GrowthOptions,
  progress: (line: string) => void,
): Promise<Measurement[]> {
  const { measurements, push } = collector('throughput');
  progress(`throughput: latency-bound run, ${options.ideal.items} items at ${options.ideal.latencyMs} ms`);
  await fake.setLatency(options.ideal.latencyMs);
  const ideal = await measuredRun(
    stack,
    local,
    seeded ?? (await seed(stack)),
    options.ideal.items,
    options.runTimeoutMs,
  );
  await fake.setLatency(0);
  const idealSeconds = (options.ideal.items * 2 * options.ideal.latencyMs) / 1000 / options.concurrency;
  push(
    `generate + judge, ${options.ideal.items} items, ${options.ideal.latencyMs} ms, C=${options.concurrency}: stack CPU per item`,
    ideal.cpuMsPerItem,
    'ms',
    'API + worker + MongoDB-compatible server + Temporal; goal 2: ≤ 3 ms',
    'stack.cpuPerItem.latencyBound',
  );
  const by = ideal.cpuMsPerItemBy;
  push('… of which API + worker (one process)', by.apiWorker, 'ms');
  push('… of which the MongoDB-compatible server', by.store, 'ms');
  push('… of which Temporal', by.temporal, 'ms');
  push(
    `generate + judge, ${options.ideal.items} items: wall time / latency-bound ideal (${round(idealSeconds)} s)`,
    ideal.seconds / idealSeconds,
    '×',
    `${round(ideal.seconds)} s; goal 2: ≤ 1.10`,
    'stack.idealRatio',
  );
  return measurements;
}

export async function benchGrowth(
  stack: InProcessStack,
  local: LocalStack,
  fake: FakeLlmProcess,
  options: GrowthOptions,
  progress: (line: string) => void,
): Promise<Measurement[]> {
  const { measurements, push } = collector('growth');
  const seeded = await seed(stack);
  const pages = async (runId: string, label: string, evaluatorId: string) => {
    const base = `/v1/evaluations/runs/${runId}/results?limit=100`;
    const all = await timings(stack, base, options.pageRequests);
    const second = (await stack.call('GET', base)).body.last_id as string;
    const after = await timings(stack, `${base}&after=${encodeURIComponent(second)}`, options.pageRequests);
    push(
      `${label}: results page (limit 100) p95`,
      percentile([...all, ...after], 95),
      'ms',
      'target ≤ 100 ms',
    );
    const filtered = [
      ...(await timings(stack, `${base}&passed=true`, options.pageRequests)),
      ...(await timings(stack, `${base}&evaluator=${evaluatorId}`, options.pageRequests)),
      ...(await timings(
        stack,
        `${base}&model=${encodeURIComponent(GEN_MODEL)}&passed=false`,
        options.pageRequests,
      )),
    ];
    push(
      `${label}: filtered page (passed / evaluator / model) p95`,
      percentile(filtered, 95),
      'ms',
      'target ≤ 300 ms',
    );
  };

  await fake.setLatency(options.runLatencyMs);
  progress(`growth: ${options.runItems}-item run on the empty store`);
  const empty = await measuredRun(stack, local, seeded, options.runItems, options.runTimeoutMs);
  await pages(empty.runId, 'empty store', seeded.judgeId);

  measurements.push(...(await benchLatencyBound(stack, local, fake, seeded, options, progress)));

  await fake.setLatency(0);
  for (const items of options.rssItems) {
    progress(`growth: peak RSS of a ${items}-item run`);
    const run = await measuredRun(stack, local, seeded, items, options.runTimeoutMs);
    push(`${items}-item run: peak RSS of API + worker (one process)`, run.peakApiWorkerMb, 'MB');
    push(`${items}-item run: peak RSS of the MongoDB-compatible server`, run.peakStoreMb, 'MB');
  }

  progress(
    `growth: bulk-loading ${options.logs} task logs, ${options.results} results, ${options.datasetItems} dataset items`,
  );
  const loadStarted = performance.now();
  const loaded = await bulkLoad(stack, seeded, options, empty.runId);
  push(
    'bulk load',
    (performance.now() - loadStarted) / 1000,
    's',
    `${options.logs} logs, ${options.results} results, ${options.datasetItems} items`,
  );

  await fake.setLatency(options.runLatencyMs);
  progress(`growth: ${options.runItems}-item run on the loaded store`);
  const full = await measuredRun(stack, local, seeded, options.runItems, options.runTimeoutMs);
  push(`${options.runItems}-item run, empty store: wall time`, empty.seconds, 's');
  push(`${options.runItems}-item run, loaded store: wall time`, full.seconds, 's');
  push(
    `${options.runItems}-item run: wall time loaded / empty`,
    full.seconds / empty.seconds,
    '×',
    'target ≤ 1.1',
  );
  push(`${options.runItems}-item run, empty store: stack CPU per item`, empty.cpuMsPerItem, 'ms');
  push(`${options.runItems}-item run, loaded store: stack CPU per item`, full.cpuMsPerItem, 'ms');
  push(
    `${options.runItems}-item run: CPU per item loaded / empty`,
    full.cpuMsPerItem / empty.cpuMsPerItem,
    '×',
    'target ≤ 1.1',
  );
  await pages(
    loaded.bulkRuns[0]!,
    `loaded store, a ${Math.floor(options.results / RESULT_RUNS)}-result run`,
    seeded.judgeId,
  );

  progress('growth: task-log listing with a metadata filter and a time range');
  const since = loaded.now - 2 * DAY;
  const logPath = `/v1/containers/growth-logs/logs?limit=20&metadata[lang]=de&since=${since}&until=${since + 3600}`;
  const logTimes = await timings(stack, logPath, Math.min(5, options.pageRequests));
  push(
    'loaded store: task-log listing, metadata filter + 1 h range, p95',
    percentile(logTimes, 95),
    'ms',
    'target ≤ 300 ms',
  );
  await fake.setLatency(0);

  // Big deletes: the answer must not wait for 100,000s of children, and the parent is gone at once.
  const deletes = [
    {
      what: `a dataset of ${options.datasetItems} items`,
      path: '/v1/datasets/growth-big',
      job: 'delete_dataset_items',
    },
    {
      what: `a container of ${options.logs} task logs`,
      path: '/v1/containers/growth-logs',
      job: 'delete_container_logs',
    },
  ];
  for (const { what, path, job } of deletes) {
    progress(`growth: deleting ${what}`);
    const started = performance.now();
    const answer = await stack.call('DELETE', path);
    if (answer.status !== 200)
      throw new Error(`DELETE ${path}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
    push(
      `delete ${what}: answer`,
      performance.now() - started,
      'ms',
      'children deleted by a store job after it',
    );
    const after = await stack.call('GET', path);
    if (after.status !== 404) throw new Error(`GET ${path} after its delete: HTTP ${after.status}, not 404`);
    const jobs = stack.mongo.db.collection('store_jobs');
    const deadline = started + options.deleteWaitMs;
    while ((await jobs.countDocuments({ kind: job })) > 0 && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const finished = (await jobs.countDocuments({ kind: job })) === 0;
    push(
      `delete ${what}: children gone`,
      (performance.now() - started) / 1000,
      's',
      finished ? 'the store job finished' : `still running when the bench stopped waiting`,
    );
  }
  return measurements;
}
