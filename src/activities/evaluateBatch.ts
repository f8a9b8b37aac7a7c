import { Context } from '@temporalio/activity';
import { sampleModelsOf } from '../domain/sampleModels.js';
import { summarizeResults, type BatchTotals } from '../core/batchSummary.js';
import type { RunResultDoc } from '../store/runResults.js';
import { BatchEvaluation } from '../evaluation/batchEvaluation.js';
import type { ProjectCachePolicy } from '../models/cachingModelClient.js';
import type { RunCreate } from '../domain/runs.js';
import { answerCacheMaxAgeSeconds } from '../domain/answerCache.js';
import { batchResultKeys, comparisonsToEvaluate, unitsToEvaluate } from '../evaluation/batchUnits.js';
import { batchItemConcurrency } from '../core/batchSizing.js';
import { comparisonPlanOf } from '../core/comparisonSlots.js';
import { baselineOutputs } from '../evaluation/baselineOutputs.js';
import type { ActivityDeps } from './deps.js';
import { batchesEvaluated } from '../platform/metrics.js';
import { HEARTBEAT_INTERVAL_MS, heartbeatEvery } from './heartbeat.js';
import { ResultWriter } from '../evaluation/resultWriter.js';
import { runFatal } from './runFatal.js';
import { RunSetups } from './runLoader.js';
import { runSidesOf } from '../evaluation/unitTexts.js';
import { rerunBatchInputs } from '../evaluation/rerunCarryOver.js';

export interface EvaluateBatchInput {
  projectId: string;
  runId: string;
  batchIndex: number;
  /**
   * The workflow runs this batch again after a provider failure (a fresh Temporal
   * attempt 1): look up what earlier runs of it wrote and paid for.
   */
  rerun?: boolean;
}

/**
 * Evaluates one batch: every (pair, sample model, evaluator) result it does not
 * have yet. Results are upserted by their deterministic `_id`, so a retried or
 * duplicated batch redoes only what is missing and never counts twice. Returns
 * the totals of ALL the batch's results, earlier attempts' included.
 */
export function createEvaluateBatch(deps: ActivityDeps) {
  const { batches, results: resultStore } = deps.stores;
  const setups = new RunSetups(deps.stores);

  async function evaluate(input: EvaluateBatchInput): Promise<BatchTotals> {
    const { projectId, runId, batchIndex } = input;
    const context = Context.current();
    const run = await setups.get(projectId, runId);
    const batch = await batches.read(runId, batchIndex);
    if (!batch) throw runFatal(`batch ${batchIndex} of run ${runId} was never written`);

    const evaluators = run.config.evaluators;
    // Only runs with grader evaluators can serve an OpenAI eval run: others skip the look-up.
    const evalRun = evaluators.some((e) => e.type === 'grader')
      ? await deps.stores.evals(projectId).runs.get(runId)
      : null;
    const sides = runSidesOf(run);
    const sampleModels = sampleModelsOf(run);
    const plan = comparisonPlanOf(run.config.request.comparison, sampleModels);
    // A first attempt has nothing to find, so it skips the look-ups (each a command FerretDB runs
    // one at a time). Should one batch ever run twice as a first attempt (a Temporal reset),
    // results are insert-only: the first one written stays, and nothing is counted twice.
    const retrying = context.info.attempt > 1 || input.rerun === true;
    const fromParent = run.rerun
      ? await rerunBatchInputs(
          resultStore,
          run.rerun,
          { runId, batchIndex, pairs: batch.pairs },
          evaluators,
          sampleModels,
        )
      : null;
    // A rerun's first attempt has nothing of its own yet either: what it carries over is inserted
    // insert-only, so even a batch run twice as a first attempt keeps one copy.
    const results = retrying
      ? await resultStore.findByKeys(batchResultKeys(runId, batch.pairs, evaluators, sampleModels, plan))
      : new Map<string, RunResultDoc>();
    if (fromParent) await carryOver(resultStore, fromParent.carried, results);
    const have = new Set(results.keys());
    const units = unitsToEvaluate(runId, batch.pairs, evaluators, sampleModels, have);
    const comparisons = comparisonsToEvaluate(runId, batch.pairs, evaluators, plan, have);
    if (retrying) {
      // The heartbeat's count may lag (heartbeats are throttled): the existing results are what counts.
      deps.logger.info(
        {
          runId,
          batch: batchIndex,
          attempt: context.info.attempt,
          heartbeat: context.info.heartbeatDetails,
          existing: results.size,
        },
        'resuming batch',
      );
    }
    const started = Date.now();
    const existing = results.size;
    // A baseline run's outputs stand beside the generated ones: read, never generated again.
    const baseline =
      plan.baseline && comparisons.length > 0
        ? await baselineOutputs(
            resultStore,
            plan.baseline,
            (await setups.get(projectId, plan.baseline.runId)).config.evaluators,
            batch.pairs,
          )
        : undefined;
    let waitedOnSharedLimit = false;
    if (units.length > 0 || comparisons.length > 0) {
      const evaluation = new BatchEvaluation(
        retrying ? deps : { ...deps, responseCache: writeOnly(deps.responseCache, runId) },
        {
          projectId,
          runId,
          batchIndex,
          itemConcurrency: batchItemConcurrency(batch.pairs.length, deps.env),
          sides,
          reused: fromParent?.outputs,
          baseline,
          projectCache: projectCacheOf(run, deps.env.ASSAY_ANSWER_CACHE_DAYS),
        },
        new ResultWriter(resultStore, results),
        context.cancellationSignal,
        evalRun,
      );
      const stopHeartbeat = heartbeatEvery(HEARTBEAT_INTERVAL_MS, () => ({ done: results.size }));
      try {
        await evaluation.run(units, comparisons);
      } finally {
        stopHeartbeat();
      }
      waitedOnSharedLimit = evaluation.waitedOnSharedLimits();
    }
    // The results list reads the batch's results from here (see store/resultIndex.ts).
    await resultStore.index.writeBatch(projectId, runId, batchIndex, results.values(), { carry: true });
    const summary = summarizeResults([...results.values()], sampleModels);
    deps.logger.debug(
      {
        runId,
        batch: batchIndex,
        written: results.size - existing,
        done: summary.done,
        ms: Date.now() - started,
      },
      'batch evaluated',
    );
    return waitedOnSharedLimit ? { ...summary, waited_on_shared_limit: true } : summary;
  }

  /** Each attempt counted by how it ended: a failed attempt is retried, so errors are not failed batches. */
  return async function evaluateBatch(input: EvaluateBatchInput): Promise<BatchTotals> {
    try {
      const totals = await evaluate(input);
      batchesEvaluated.inc({ outcome: 'ok' });
      return totals;
    } catch (error) {
      const cancelled = Context.current().cancellationSignal.aborted;
      batchesEvaluated.inc({ outcome: cancelled ? 'cancelled' : 'error' });
      throw error;
    }
  };
}

/** Nothing of a batch is cached before its first attempt: skip the look-ups, keep the writes. */
function writeOnly(cache: ActivityDeps['responseCache'], runId: string): ActivityDeps['responseCache'] {
  return {
    // Only the run's own answers are new; the project's shared answers are worth the read.
    get: async (key, scope, notBefore) => (scope === runId ? null : cache.get(key, scope, notBefore)),
    put: cache.put.bind(cache),
    putMany: cache.putMany.bind(cache),
    dropScope: cache.dropScope.bind(cache),
  };
}

/** The run's project answer cache policy, when it asked for one (`cache: "project"`). */
function projectCacheOf(
  run: { project_id: string; config: { request: RunCreate } },
  keepDays: number,
): ProjectCachePolicy | undefined {
  const { cache, cache_nondeterministic } = run.config.request;
  if (cache !== 'project') return undefined;
  return {
    projectId: run.project_id,
    cache,
    cacheNondeterministic: cache_nondeterministic === true,
    maxAgeSeconds: answerCacheMaxAgeSeconds(keepDays),
  };
}

/** Writes the parent's results a rerun keeps (insert-only: a retried batch writes none twice). */
async function carryOver(
  store: ActivityDeps['stores']['results'],
  carried: readonly RunResultDoc[],
  results: Map<string, RunResultDoc>,
): Promise<void> {
  const missing = carried.filter((doc) => !results.has(doc._id));
  if (missing.length === 0) return;
  await store.insert(missing);
  for (const doc of missing) results.set(doc._id, doc);
}
