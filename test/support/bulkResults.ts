import { randomBytes } from 'node:crypto';
import type { Db } from 'mongodb';
import type { MetricSummary } from '../../src/domain/runs.js';
import {
  addObservations,
  emptyAccumulator,
  finalizeMetrics,
  type Observation,
} from '../../src/metrics/accumulator.js';
import { resultKey, RUN_RESULTS_COLLECTION, type RunResultDoc } from '../../src/store/runResults.js';
import { RUNS_COLLECTION, type RunDoc } from '../../src/store/runs.js';

/**
 * A completed copy of a finished run with `count` results written straight into
 * the store, for the console's paging tests and its 50,000-result benchmark:
 * running that many items through a workflow would take far longer than what is
 * measured. Results repeat the source run's own (one per evaluator and model of
 * its first item) with varied scores, and the copy's metrics are computed from
 * exactly these results by the run engine's accumulator, so the pages agree.
 */
export async function cloneRunWithResults(db: Db, sourceRunId: string, count: number): Promise<string> {
  const runs = db.collection<RunDoc>(RUNS_COLLECTION);
  const results = db.collection<RunResultDoc>(RUN_RESULTS_COLLECTION);
  const source = await runs.findOne({ id: sourceRunId });
  if (!source) throw new Error(`no run ${sourceRunId} to copy`);
  const first = await results.find({ run_id: sourceRunId }).sort({ _id: 1 }).limit(1).next();
  if (!first) throw new Error(`run ${sourceRunId} has no results to copy`);
  const templates = await results.find({ run_id: sourceRunId, item_id: first.item_id }).toArray();

  const id = `run_bulk${randomBytes(6).toString('hex')}`;
  const accumulators = new Map<
    string,
    { evaluatorId: string; model: string | null; observations: Observation[] }
  >();
  const now = Math.floor(Date.now() / 1000);
  let batch: RunResultDoc[] = [];
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length]!;
    const item = `item-${String(Math.floor(i / templates.length)).padStart(6, '0')}`;
    // A spread of scores, so histograms and intervals have something to show.
    const score = ((i * 7919) % 101) / 100;
    const threshold = source.config.evaluators.find((e) => e.id === template.evaluator_id)?.threshold ?? 0.5;
    const doc: RunResultDoc = {
      ...template,
      _id: resultKey(id, item, template.evaluator_id, template.model),
      run_id: id,
      item_id: item,
      status: 'scored',
      score,
      passed: score >= threshold,
      error: null,
      raw_reply: null,
      created_at: now,
    };
    batch.push(doc);
    const group = `${template.evaluator_id}/${template.model}`;
    if (!accumulators.has(group))
      accumulators.set(group, {
        evaluatorId: template.evaluator_id,
        model: template.model,
        observations: [],
      });
    accumulators.get(group)!.observations.push({
      status: 'scored',
      score,
      passed: doc.passed,
      latencyMs: doc.latency_ms ?? undefined,
      tokens: doc.tokens,
      spendUsd: doc.spend_usd,
    });
    if (batch.length === 1000) {
      await results.insertMany(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await results.insertMany(batch);

  const byEvaluator: MetricSummary[] = [...accumulators.values()].map((group) =>
    finalizeMetrics(addObservations(emptyAccumulator(), group.observations), {
      evaluatorId: group.evaluatorId,
      model: group.model,
      unpaired: 0,
    }),
  );
  const projectId = source.project_id;
  await runs.insertOne({
    ...source,
    _id: `${projectId}/${id}`,
    id,
    process_id: id,
    status: 'completed',
    progress: { total: count, done: count, failed: 0 },
    metrics: { by_evaluator: byEvaluator, paired_differences: source.metrics?.paired_differences ?? [] },
    results: source.results
      ? { url: source.results.url.replace(sourceRunId, id), total: count, summary: byEvaluator }
      : null,
    created_at: now,
  });
  return id;
}
