import { FakeLlmProcess } from '../test/support/fake-llm/process.js';
import { startWorkerProcess } from '../test/support/workerProcess.js';
import type { InProcessStack } from '../test/support/inProcessStack.js';
import {
  encodeBody,
  headerKey,
  indexEntry,
  packSegments,
  segmentKey,
  groupsOf,
  type IndexDoc,
} from '../src/store/resultIndexDocs.js';
import { RESULT_INDEX_COLLECTION, SEGMENT_SIZE } from '../src/store/resultIndex.js';
import type { RunResultDoc } from '../src/store/runResults.js';
import { median, percentile, round, type Measurement } from './report.js';
import { seedRunData } from './runs.js';
import { fakeProviderEnv, type BenchServices } from './services.js';
import { created } from './stackCalls.js';
import { seededResult } from './growthLoad.js';

/**
 * Goal 3 of issue 26, "no slow page at any moment": results pages sampled without pause through
 * a run's life — while it runs, in the first seconds after it completes, while its results index
 * is being sealed, once sealed — and on sealed runs of `seededSizes` results written straight into
 * the store (segments and header as a seal leaves them: a real run that big takes too long here).
 * Each phase reports p50/p95 per page kind; `p95MsWorst` is the worst p95 of all of them.
 */
export interface PageLatencyOptions {
  /** Items of the real run (dataset × dataset, one judge call each: one result per item). */
  items: number;
  /** Sealed runs of these many results, written straight into the store. */
  seededSizes: number[];
  /** Samples of each page kind on a sealed run (and once the real run is sealed). */
  sealedSamples: number;
  /** The fake model's latency during the run (the workloads: 20 ms). */
  latencyMs: number;
  /** How long "right after it completes" lasts. */
  justCompletedMs: number;
  runTimeoutMs: number;
}

/** The metric name another report reads goal 3's figure from. */
export const P95_WORST_METRIC = 'p95MsWorst';

const PAGE_KINDS = ['plain', 'cursor', 'filtered', 'item'] as const;
/** `run`: the run itself (`GET /v1/evaluations/runs/{id}`), for reference: what any request costs meanwhile. */
type PageKind = (typeof PAGE_KINDS)[number] | 'run';
type Phase = 'running' | 'justCompleted' | 'sealing' | 'sealed' | `sealed ${number} results`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Where the page samples go: per phase, per kind, in ms. */
class Samples {
  readonly byPhase = new Map<Phase, Map<PageKind, number[]>>();

  add(phase: Phase, kind: PageKind, ms: number) {
    const kinds = this.byPhase.get(phase) ?? new Map<PageKind, number[]>();
    this.byPhase.set(phase, kinds);
    kinds.set(kind, [...(kinds.get(kind) ?? []), ms]);
  }
}

/** One GET, timed to the last byte; anything but 200 fails the bench. */
async function timedPage(stack: InProcessStack, path: string): Promise<{ ms: number; body: Json }> {
  const started = performance.now();
  const answer = await stack.request('GET', path);
  const text = await answer.text();
  const ms = performance.now() - started;
  if (answer.status !== 200) throw new Error(`GET ${path}: HTTP ${answer.status} ${text.slice(0, 300)}`);
  return { ms, body: JSON.parse(text) };
}

/**
 * One round of the four page kinds of a run: its first page, the page after it (by cursor), a
 * filtered page (passed, then the evaluator, alternately) and one item's results.
 */
async function pageRound(
  stack: InProcessStack,
  runId: string,
  judgeId: string,
  round: number,
  record: (kind: PageKind, ms: number) => void,
) {
  const base = `/v1/evaluations/runs/${runId}/results?limit=100`;
  const first = await timedPage(stack, base);
  record('plain', first.ms);
  const last = first.body.last_id as string | null;
  if (!last) return;
  const next = await timedPage(stack, `${base}&after=${encodeURIComponent(last)}`);
  record('cursor', next.ms);
  const filter = round % 2 === 0 ? 'passed=false' : `evaluator=${judgeId}`;
  record('filtered', (await timedPage(stack, `${base}&${filter}`)).ms);
  const item = (next.body.data[0] ?? first.body.data.at(-1))?.item_id as string | undefined;
  if (item) record('item', (await timedPage(stack, `${base}&item=${encodeURIComponent(item)}`)).ms);
}

const sealed = async (stack: InProcessStack, runId: string) =>
  (await stack.mongo.db.collection<IndexDoc>(RESULT_INDEX_COLLECTION).findOne({ _id: headerKey(runId) })) !==
  null;

/** The real run: pages sampled back to back from its start until it is sealed, then `sealedSamples` more. */
async function sampleRunLife(
  stack: InProcessStack,
  fake: FakeLlmProcess,
  options: PageLatencyOptions,
  samples: Samples,
) {
  const { judgeId } = await seedRunData(stack, options.items);
  await fake.setLatency(options.latencyMs);
  const run = await created(stack, '/v1/evaluations/runs', {
    container: 'bench-runs',
    evaluators: [judgeId],
    sample: { type: 'dataset', dataset: 'bench-sample' },
    ground_truth: { type: 'dataset', dataset: 'bench-reference' },
  });
  const deadline = Date.now() + options.runTimeoutMs;
  let completedAt: number | null = null;
  let sealedAfterMs: number | null = null;
  let sealedRounds = 0;
  for (let round = 0; sealedRounds < options.sealedSamples; round++) {
    if (Date.now() > deadline) throw new Error(`run ${run.id} not sealed after ${options.runTimeoutMs} ms`);
    let phase: Phase;
    const status = completedAt === null ? await timedPage(stack, `/v1/evaluations/runs/${run.id}`) : null;
    if (status) {
      if (['error', 'cancelled'].includes(status.body.status)) {
        throw new Error(`run ${run.id} ended ${status.body.status}`);
      }
      if (status.body.status === 'completed') completedAt = Date.now();
    }
    if (completedAt === null) phase = 'running';
    else if (Date.now() - completedAt < options.justCompletedMs) phase = 'justCompleted';
    else if (!(await sealed(stack, run.id))) phase = 'sealing';
    else phase = 'sealed';
    if (phase === 'sealed') sealedRounds++;
    // To within a round of pages: when the header was first seen.
    if (phase === 'sealed' && sealedAfterMs === null) sealedAfterMs = Date.now() - completedAt!;
    if (status) samples.add(phase, 'run', status.ms);
    await pageRound(stack, run.id, judgeId, round, (kind, ms) => samples.add(phase, kind, ms));
  }
  return { runId: run.id as string, judgeId, template: run.id as string, sealedAfterMs: sealedAfterMs! };
}

/**
 * A sealed run of `size` results written straight into the store: a run document copied from
 * `templateRunId`, its index segments (results carried whole, as a seal writes them) and header.
 * The per-result documents are not written: a sealed run's pages never read them.
 */
async function seedSealedRun(
  stack: InProcessStack,
  templateRunId: string,
  judgeId: string,
  size: number,
): Promise<string> {
  const db = stack.mongo.db;
  const template = await db.collection('runs').findOne({ id: templateRunId });
  if (!template) throw new Error(`run ${templateRunId} not found`);
  const { _id: _drop, ...runTemplate } = template;
  const projectId = template.project_id as string;
  const runId = `run_pages${size}`;
  await db.collection('runs').insertOne({ ...runTemplate, _id: `${projectId}/${runId}`, id: runId } as never);
  const index = db.collection<IndexDoc>(RESULT_INDEX_COLLECTION);
  const now = Math.floor(Date.now() / 1000);
  const segments = [];
  const pending: IndexDoc[] = [];
  for (let start = 0, j = 0; start < size; start += SEGMENT_SIZE, j++) {
    const docs: RunResultDoc[] = [];
    for (let i = start; i < Math.min(size, start + SEGMENT_SIZE); i++) {
      docs.push(
        seededResult(
          { projectId, runId, batch: Math.floor(i / 100), evaluatorId: judgeId, model: null, now },
          i,
        ),
      );
    }
    const entries = docs.map(indexEntry);
    segments.push({ first: entries[0]![0], last: entries.at(-1)![0], groups: groupsOf(entries) });
    pending.push({
      _id: segmentKey(runId, j),
      project_id: projectId,
      run_id: runId,
      kind: 'segment',
      json: encodeBody({ docs }),
      created_at: now,
    });
    if (pending.length >= 100) await index.insertMany(pending.splice(0));
  }
  if (pending.length > 0) await index.insertMany(pending);
  await index.insertOne({
    _id: headerKey(runId),
    project_id: projectId,
    run_id: runId,
    kind: 'header',
    json: encodeBody(packSegments(segments)),
    created_at: now,
  });
  return runId;
}

/**
 * The worker and the model provider run in processes of their own, as deployed: pages are the
 * API's, and either in the API's process would hold its event loop with the run's own work (the
 * worker's batches; the provider's answers to the run's calls in flight, and their HTTP).
 */
export async function benchPageLatency(
  services: BenchServices,
  options: PageLatencyOptions,
  progress: (line: string) => void,
): Promise<Measurement[]> {
  const fake = await FakeLlmProcess.start();
  try {
    return await services.withStack(
      false,
      async (stack) => {
        const worker = await startWorkerProcess(stack.env, {}, 240_000);
        try {
          return await measurePages(stack, fake, options, progress);
        } finally {
          await worker.stop();
        }
      },
      fakeProviderEnv(fake.baseUrl),
    );
  } finally {
    await fake.close();
  }
}

async function measurePages(
  stack: InProcessStack,
  fake: FakeLlmProcess,
  options: PageLatencyOptions,
  progress: (line: string) => void,
): Promise<Measurement[]> {
  const samples = new Samples();
  progress(`pages: a ${options.items}-item run, pages sampled from its start until it is sealed`);
  const life = await sampleRunLife(stack, fake, options, samples);
  await fake.setLatency(0);
  for (const size of options.seededSizes) {
    progress(`pages: seeding a sealed run of ${size} results straight into the store`);
    const runId = await seedSealedRun(stack, life.template, life.judgeId, size);
    for (let round = 0; round < options.sealedSamples; round++) {
      await pageRound(stack, runId, life.judgeId, round, (kind, ms) =>
        samples.add(`sealed ${size} results`, kind, ms),
      );
    }
  }
  const measurements: Measurement[] = [];
  let worst = 0;
  let worstAt = '';
  for (const [phase, kinds] of samples.byPhase) {
    for (const kind of [...PAGE_KINDS, 'run' as const]) {
      const times = kinds.get(kind);
      if (!times || times.length === 0) continue;
      const p95 = percentile(times, 95);
      if (kind !== 'run' && p95 >= worst) {
        worst = p95;
        worstAt = `${phase}, ${kind}`;
      }
      const where = phase.startsWith('sealed ') ? phase : `${options.items}-item run, ${phase}`;
      measurements.push({
        bench: 'pages',
        metric: kind === 'run' ? `${where}: the run's GET (reference) p95` : `${where}: ${kind} page p95`,
        value: round(p95),
        unit: 'ms',
        runs: [],
        note: `p50 ${round(median(times))} ms over ${times.length} ${kind === 'run' ? 'reads' : 'pages; target ≤ 100 ms'}`,
      });
    }
  }
  measurements.push({
    bench: 'pages',
    metric: `${options.items}-item run: sealed after its completion`,
    value: round(life.sealedAfterMs / 1000),
    unit: 's',
    runs: [],
    note: "the seal paces itself beside the run's readers; pages read its batches until then",
  });
  measurements.push({
    bench: 'pages',
    metric: P95_WORST_METRIC,
    value: round(worst),
    unit: 'ms',
    runs: [],
    goal: 'pages.p95',
    note: `worst page p95 of every phase and kind (${worstAt}); goal 3: ≤ 100 ms`,
  });
  return measurements;
}
