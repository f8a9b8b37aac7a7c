import type { InProcessStack } from '../test/support/inProcessStack.js';
import { DatasetStore } from '../src/store/datasets.js';
import { TaskLogStore } from '../src/store/logs.js';
import { ResultIndex } from '../src/store/resultIndex.js';
import { resultKey, type RunResultDoc } from '../src/store/runResults.js';
import { StoreJobs } from '../src/store/storeJobs.js';
import type { GrowthOptions, Seeded } from './growth.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export const DAY = 86_400;
export const GEN_MODEL = 'fake/gen-model';

/** A POST the growth bench needs to be a 201: its body. */
export async function created(stack: InProcessStack, path: string, body: unknown): Promise<Json> {
  const answer = await stack.call('POST', path, { body });
  if (answer.status !== 201)
    throw new Error(`POST ${path}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

export const RESULT_RUNS = 10;

/**
 * Straight into the store: task logs of one container spread over 30 days,
 * results of `RESULT_RUNS` finished runs (each with its results index, as a run
 * leaves it), and one big dataset uploaded through the store's own upload path.
 */
export async function bulkLoad(
  stack: InProcessStack,
  seeded: Seeded,
  options: GrowthOptions,
  templateRunId: string,
) {
  const db = stack.mongo.db;
  const { projectId } = seeded;
  const logsContainer = await created(stack, '/v1/containers', { label: 'growth-logs' });
  const now = Math.floor(Date.now() / 1000);
  const langs = ['en', 'de', 'fr', 'es'];
  // Through the store's own ingestion (log documents and their hour chunks), 1,000 per call.
  const logStore = new TaskLogStore(db, projectId);
  for (let start = 0; start < options.logs; start += 1000) {
    await logStore.ingest(
      logsContainer.id,
      Array.from({ length: Math.min(1000, options.logs - start) }, (_, j) => {
        const i = start + j;
        return {
          id: `bulk${i}`,
          input: `How do I reset my password? (${i})`,
          output: 'Open Settings, then Security, then Reset password.',
          model: i % 2 ? 'openai/gpt-4o-mini' : 'openai/gpt-4o',
          metadata: { lang: langs[i % langs.length]!, shard: String(i % 100) },
          created_at: now - 30 * DAY + Math.floor((i / options.logs) * 30 * DAY),
        };
      }),
    );
  }

  const template = await db.collection('runs').findOne({ id: templateRunId });
  const { _id: _drop, ...runTemplate } = template!;
  const index = new ResultIndex(db);
  const perRun = Math.floor(options.results / RESULT_RUNS);
  const evaluators = [seeded.judgeId, 'ev_other'];
  const bulkRuns: string[] = [];
  for (let r = 0; r < RESULT_RUNS; r++) {
    const runId = `run_bulk${r}`;
    bulkRuns.push(runId);
    await db
      .collection('runs')
      .insertOne({ ...runTemplate, _id: `${projectId}/${runId}`, id: runId } as never);
    const batchItems = 100;
    const batches = Math.ceil(perRun / evaluators.length / batchItems);
    await index.writePlan(projectId, runId, batches);
    for (let b = 0; b < batches; b++) {
      const docs: RunResultDoc[] = [];
      for (let i = b * batchItems; i < Math.min((b + 1) * batchItems, perRun / evaluators.length); i++) {
        for (const evaluatorId of evaluators) {
          docs.push(seededResult({ projectId, runId, batch: b, evaluatorId, model: GEN_MODEL, now }, i));
        }
      }
      await db.collection('run_results').insertMany(docs as never[], { ordered: false });
      await index.writeBatch(projectId, runId, b, docs);
    }
    await index.seal(projectId, runId);
  }

  const datasets = new DatasetStore(db, projectId, new StoreJobs(db));
  const big = await datasets.create({ name: 'growth-big' }, null);
  const upload = await datasets.beginUpload(big.id);
  for (let start = 0; start < options.datasetItems; start += 2000) {
    await upload.write(
      Array.from({ length: Math.min(2000, options.datasetItems - start) }, (_, i) => ({
        id: `big-${start + i}`,
        input: `Question ${start + i}: which region should a latency-sensitive service run in?`,
        output: `The region closest to its users (${start + i}).`,
      })),
    );
  }
  await upload.commit();
  return { logsContainer: logsContainer.id as string, bulkRuns, now };
}

/**
 * The `i`th result of a bulk-loaded run, as a finished run leaves it: a scored judgment of the
 * `i`th question (`questionItem`), its score spread over [0, 1).
 */
export function seededResult(
  at: {
    projectId: string;
    runId: string;
    batch: number;
    evaluatorId: string;
    model: string | null;
    now: number;
  },
  i: number,
): RunResultDoc {
  const itemId = `dsi_item${String(i).padStart(7, '0')}`;
  const score = ((i * 37) % 100) / 100;
  return {
    _id: resultKey(at.runId, itemId, at.evaluatorId, at.model),
    project_id: at.projectId,
    run_id: at.runId,
    batch: at.batch,
    item_id: itemId,
    evaluator_id: at.evaluatorId,
    evaluator_version: 1,
    model: at.model,
    status: 'scored',
    score,
    passed: score >= 0.5,
    reason: 'The answer names the closest region, as the reference does.',
    error: null,
    raw_reply: null,
    latency_ms: 20,
    tokens: { input: 60, output: 20 },
    spend_usd: 0,
    input: `Question ${i}: which region should a latency-sensitive service run in?`,
    output: `The nearest one (${i}).`,
    ground_truth: `The region closest to its users (${i}).`,
    generation: null,
    created_at: at.now,
  } as RunResultDoc;
}
