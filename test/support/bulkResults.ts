import { randomBytes } from 'node:crypto';
import type { Db } from 'mongodb';
import { configVariables } from '../../src/platform/config.js';
import { summarizeResults } from '../../src/core/batchSummary.js';
import { runMetrics } from '../../src/core/runMetrics.js';
import { emptyRunTotals, mergeRunTotals } from '../../src/core/runTotals.js';
import {
  resultKey,
  RUN_RESULTS_COLLECTION,
  RunResultStore,
  type RunResultDoc,
} from '../../src/store/runResults.js';
import { RUNS_COLLECTION, RunStore, type RunDoc } from '../../src/store/runs.js';

/** Items per batch, as the engine cuts a run by default. */
const BATCH_ITEMS: number = configVariables.ASSAY_RUN_BATCH_SIZE.schema.parse(undefined);

/**
 * A completed copy of a finished run with `count` results, for the console's
 * paging tests and its 50,000-result benchmark: running that many items through a
 * workflow would take far longer than what is measured. The copy is stored as the
 * engine leaves a run: results written batch by batch with the batch's results
 * index (plan, one document per batch, sealed once final, all through the store's
 * own functions), and metrics, paired differences and spend from the engine's
 * per-batch summaries merged and projected the way the workflow does. Results
 * repeat the source run's own (one per evaluator and model of its first item)
 * with varied scores.
 */
export async function cloneRunWithResults(db: Db, sourceRunId: string, count: number): Promise<string> {
  const source = await db.collection<RunDoc>(RUNS_COLLECTION).findOne({ id: sourceRunId });
  if (!source) throw new Error(`no run ${sourceRunId} to copy`);
  const projectId = source.project_id;
  const sourceResults = db.collection<RunResultDoc>(RUN_RESULTS_COLLECTION);
  const first = await sourceResults.find({ run_id: sourceRunId }).sort({ _id: 1 }).limit(1).next();
  if (!first) throw new Error(`run ${sourceRunId} has no results to copy`);
  const templates = await sourceResults.find({ run_id: sourceRunId, item_id: first.item_id }).toArray();

  const id = `run_bulk${randomBytes(6).toString('hex')}`;
  const now = Math.floor(Date.now() / 1000);
  const { _id: _sourceKey, ...copied } = source;
  // The run exists before its results, as a created run does.
  await db.collection<RunDoc>(RUNS_COLLECTION).insertOne({
    ...copied,
    _id: `${projectId}/${id}`,
    id,
    process_id: id,
    status: 'running',
    progress: { total: count, done: 0, failed: 0 },
    metrics: null,
    results: null,
    created_at: now,
  } as RunDoc);

  const results = new RunResultStore(db);
  const sampleModels = source.sample.source.type === 'generate' ? source.sample.source.models : [];
  const threshold = (evaluatorId: string) =>
    source.config.evaluators.find((e) => e.id === evaluatorId)?.threshold ?? 0.5;
  const items = Math.ceil(count / templates.length);
  const batches = Math.ceil(items / BATCH_ITEMS);
  await results.index.writePlan(projectId, id, batches);
  let totals = emptyRunTotals();
  for (let b = 0; b < batches; b++) {
    const docs: RunResultDoc[] = [];
    for (
      let i = b * BATCH_ITEMS * templates.length;
      i < Math.min(count, (b + 1) * BATCH_ITEMS * templates.length);
      i++
    ) {
      const template = templates[i % templates.length]!;
      const item = `item-${String(Math.floor(i / templates.length)).padStart(6, '0')}`;
      // A spread of scores, so histograms and intervals have something to show.
      const score = ((i * 7919) % 101) / 100;
      docs.push({
        ...template,
        _id: resultKey(id, item, template.evaluator_id, template.model),
        run_id: id,
        batch: b,
        item_id: item,
        status: 'scored',
        score,
        passed: score >= threshold(template.evaluator_id),
        error: null,
        raw_reply: null,
        created_at: now,
      });
    }
    await results.insert(docs);
    await results.index.writeBatch(projectId, id, b, docs);
    totals = mergeRunTotals(totals, summarizeResults(docs, sampleModels));
  }

  const metrics = runMetrics(totals, {
    evaluatorIds: source.config.evaluators.map((e) => e.id),
    sampleModels,
    unpaired: 0,
  });
  await new RunStore(db, projectId).project(id, {
    status: 'completed',
    progress: { total: count, done: totals.done, failed: totals.failed },
    actual_usd: totals.spend_usd,
    metrics,
    results: { url: `/v1/evaluations/runs/${id}/results`, total: totals.done, summary: metrics.by_evaluator },
    completed_at: now,
  });
  await results.index.seal(projectId, id);
  return id;
}
