import { scoreRangeOf } from '../domain/evaluators.js';
import { Context } from '@temporalio/activity';
import PQueue from 'p-queue';
import { sampleModelsOf } from '../domain/sampleModels.js';
import { comparisonPlanOf, isComparative, resultSlots } from '../core/comparisonSlots.js';
import { estimateRunCost, PairTextStats } from '../evaluation/estimateSpend.js';
import { batchItemLimit, type BatchSizing } from '../core/batchSizing.js';
import { chunkPairs } from '../core/chunkPairs.js';
import { pairItems } from '../core/pairing.js';
import type { RunPlan } from '../core/runPlan.js';
import { emptyPairingCounts } from '../core/runItems.js';
import { pairingModeOf, sourceItems, type SourceStores } from '../evaluation/sourceItems.js';
import type { RunDoc } from '../store/runs.js';
import type { ActivityDeps } from './deps.js';
import { HEARTBEAT_INTERVAL_MS, heartbeatEvery } from './heartbeat.js';
import { asRunFailure } from './runFatal.js';
import { loadRun } from './runLoader.js';

/** A batch document stays far below MongoDB's 16 MB document limit. */
const MAX_BATCH_BYTES = 4 * 1024 * 1024;

/** Batch documents written at once: the run's first batch waits for them all, round trips add up. */
const BATCH_WRITES_IN_FLIGHT = 4;

export interface PrepareRunItemsInput {
  projectId: string;
  runId: string;
}

/**
 * Resolves both data sources, pairs them, and writes the pairs into batch
 * documents (`<run>/b<k>`). Idempotent: run again, it rewrites the same batches
 * (task logs are read up to the run's creation, so the same ones).
 */
export function createPrepareRunItems(deps: ActivityDeps) {
  const { batches, resultIndex } = deps.stores;

  return async function prepareRunItems({ projectId, runId }: PrepareRunItemsInput): Promise<RunPlan> {
    const { cancellationSignal } = Context.current();
    const run = await loadRun(deps.stores, projectId, runId);
    const stores = deps.stores.sources(projectId);
    const counts = emptyPairingCounts();
    const stats = new PairTextStats();
    let batchCount = 0;
    /** The first batch that may hold more than the first size (none: every batch counts as one). */
    let largeFrom: number | undefined;
    let sizing: BatchSizing | undefined;
    const mode = pairingModeOf(run.sample, run.ground_truth);
    // A rerun reads its sources as its parent did, so it covers the same items.
    const itemsAsOf = run.rerun?.items_as_of ?? run.created_at;
    const stopHeartbeat = heartbeatEvery(HEARTBEAT_INTERVAL_MS, () => ({ batchCount }));
    try {
      await requireSources(stores, run);
      const read = (side: RunDoc['sample']) =>
        side.type === 'generate' ? null : sourceItems(stores, side, itemsAsOf);
      const pairs = pairItems(
        mode,
        { sample: read(run.sample), groundTruth: mode === 'self' ? null : read(run.ground_truth) },
        counts,
      );
      const sizes = runBatchSizing(run, deps.env);
      const limits = {
        maxItems: (before: number) => batchItemLimit(sizes, before),
        maxBytes: MAX_BATCH_BYTES,
      };
      const writes = new PQueue({ concurrency: BATCH_WRITES_IN_FLIGHT });
      let failure: unknown = undefined;
      let pairsBefore = 0;
      let lastItems = 0;
      for await (const batch of chunkPairs(pairs, limits)) {
        cancellationSignal.throwIfAborted();
        if (failure !== undefined) break;
        // Reads no further ahead than the writes in flight and one waiting.
        await writes.onSizeLessThan(1);
        const index = batchCount++;
        if (largeFrom === undefined && batchItemLimit(sizes, pairsBefore) > sizes.items) largeFrom = index;
        pairsBefore += batch.length;
        lastItems = batch.length;
        void writes
          .add(() => batches.write(projectId, runId, index, batch))
          .catch((error: unknown) => (failure ??= error));
        for (const pair of batch) stats.add(pair);
      }
      await writes.onIdle();
      if (failure !== undefined) throw failure;
      if (largeFrom !== undefined) sizing = { ...sizes, largeFrom, lastItems };
      await resultIndex.writePlan(projectId, runId, batchCount, deps.env.ASSAY_RUN_WINDOW);
    } catch (error) {
      throw asRunFailure(error);
    } finally {
      stopHeartbeat();
    }

    deps.logger.info({ runId, mode, batchCount, ...counts }, 'run prepared');
    const evaluatorIds = run.config.evaluators.map((e) => e.id);
    const sampleModels = sampleModelsOf(run);
    const plan = comparisonPlanOf(run.config.request.comparison, sampleModels);
    const slotsPerPair = run.config.evaluators.reduce(
      (sum, evaluator) => sum + resultSlots(evaluator, sampleModels, plan).length,
      0,
    );
    return {
      batchCount,
      mode,
      total: counts.pairs * slotsPerPair,
      counts,
      evaluatorIds,
      comparativeEvaluatorIds: run.config.evaluators.filter(isComparative).map((e) => e.id),
      scoreRanges: Object.fromEntries(run.config.evaluators.map((e) => [e.id, scoreRangeOf(e)])),
      sampleModels,
      ...(sizing ? { sizing } : {}),
      // A rerun pays only for the calls it makes: its share of the full item set's.
      estimatedUsd:
        estimateRunCost(deps.providers, { ...run, evaluators: run.config.evaluators }, counts.pairs, stats)
          .estimated_usd * (run.rerun?.share ?? 1),
      tuning: {
        window: deps.env.ASSAY_RUN_WINDOW,
        batchesPerExecution: deps.env.ASSAY_RUN_BATCHES_PER_EXECUTION,
        heartbeatTimeoutMs: deps.env.ASSAY_RUN_HEARTBEAT_TIMEOUT_MS,
        stallLimitMs: deps.env.ASSAY_RUN_STALL_LIMIT_MS,
      },
    };
  };
}

/**
 * Items per batch (see core/batchSizing.ts). A run of code evaluators over stored items makes no
 * model calls: what a batch costs is mostly its sandbox's start-up and its activity's round trips,
 * both per batch, so such runs take larger batches from the start (ASSAY_RUN_CODE_BATCH_SIZE).
 */
export function runBatchSizing(
  run: Pick<RunDoc, 'sample' | 'ground_truth' | 'config'>,
  env: Pick<
    ActivityDeps['env'],
    'ASSAY_RUN_BATCH_SIZE' | 'ASSAY_RUN_LARGE_BATCH_SIZE' | 'ASSAY_RUN_CODE_BATCH_SIZE'
  >,
): Pick<BatchSizing, 'items' | 'largeItems'> {
  const codeOnly =
    run.config.evaluators.every((evaluator) => evaluator.type === 'code') &&
    run.sample.type !== 'generate' &&
    run.ground_truth.type !== 'generate';
  if (codeOnly) return { items: env.ASSAY_RUN_CODE_BATCH_SIZE, largeItems: env.ASSAY_RUN_CODE_BATCH_SIZE };
  return { items: env.ASSAY_RUN_BATCH_SIZE, largeItems: env.ASSAY_RUN_LARGE_BATCH_SIZE };
}

/** A dataset or container deleted since the run was created ends the run with a clear error. */
async function requireSources(stores: SourceStores, run: RunDoc): Promise<void> {
  for (const side of [run.sample, run.ground_truth]) {
    if (side.dataset_id) await stores.datasets.require(side.dataset_id);
    if (side.container_id) await stores.containers.require(side.container_id);
  }
}
