import { Context } from '@temporalio/activity';
import { sampleModelsOf, sampleOutputModels } from '../domain/sampleModels.js';
import { estimateRunCost, PairTextStats } from '../runs/estimateSpend.js';
import { chunkPairs } from '../runs/chunkPairs.js';
import { pairItems } from '../runs/pairing.js';
import { emptyPairingCounts, type PairingCounts, type PairingMode } from '../runs/runItems.js';
import { pairingModeOf, sourceItems, type SourceStores } from '../runs/sourceItems.js';
import { ResultIndex } from '../store/resultIndex.js';
import { RunBatchStore } from '../store/runBatches.js';
import type { RunDoc } from '../store/runs.js';
import type { ActivityDeps } from './deps.js';
import { HEARTBEAT_INTERVAL_MS, heartbeatEvery } from './heartbeat.js';
import { asRunFailure } from './runFatal.js';
import { loadRun } from './runLoader.js';

/** What the workflow knows about a prepared run: counts only, never items. */
export interface RunPlan {
  batchCount: number;
  /** Results the run will produce: pairs × evaluators × sample models. */
  total: number;
  mode: PairingMode;
  counts: PairingCounts;
  evaluatorIds: string[];
  /** The sample side's generating models (empty when the sample is not generated). */
  sampleModels: string[];
  /** Pre-flight estimate from the actual items (tokens × prices). */
  estimatedUsd: number;
  /** The worker's execution settings, fixed for the run here so every execution agrees. */
  tuning: {
    window: number;
    batchesPerExecution: number;
    /** Of batch activities; absent in plans made before it was configurable (30 s then). */
    heartbeatTimeoutMs?: number;
    /** How long provider failures may stall the run before it pauses; absent in older plans. */
    stallLimitMs?: number;
  };
}

/** A batch document stays far below MongoDB's 16 MB document limit. */
const MAX_BATCH_BYTES = 4 * 1024 * 1024;

export interface PrepareRunItemsInput {
  projectId: string;
  runId: string;
}

/**
 * Resolves both data sources, pairs them, and writes the pairs into batch
 * documents (`<run>/b<k>`). Idempotent: run again, it rewrites the same batches
 * (task logs are read up to the run's creation, so the same ones).
 */
export function createPrepareRunItems(deps: ActivityDeps, storesFor: (projectId: string) => SourceStores) {
  const batches = new RunBatchStore(deps.db);
  const resultIndex = new ResultIndex(deps.db);

  return async function prepareRunItems({ projectId, runId }: PrepareRunItemsInput): Promise<RunPlan> {
    const { cancellationSignal } = Context.current();
    const run = await loadRun(deps.db, projectId, runId);
    const stores = storesFor(projectId);
    const counts = emptyPairingCounts();
    const stats = new PairTextStats();
    let batchCount = 0;
    const mode = pairingModeOf(run.sample, run.ground_truth);
    const stopHeartbeat = heartbeatEvery(HEARTBEAT_INTERVAL_MS, () => ({ batchCount }));
    try {
      await requireSources(stores, run);
      const read = (side: RunDoc['sample']) =>
        side.type === 'generate' ? null : sourceItems(stores, side, run.created_at);
      const pairs = pairItems(
        mode,
        { sample: read(run.sample), groundTruth: mode === 'self' ? null : read(run.ground_truth) },
        counts,
      );
      const limits = { maxItems: deps.env.ASSAY_RUN_BATCH_SIZE, maxBytes: MAX_BATCH_BYTES };
      for await (const batch of chunkPairs(pairs, limits)) {
        cancellationSignal.throwIfAborted();
        await batches.write(projectId, runId, batchCount++, batch);
        for (const pair of batch) stats.add(pair);
      }
      await resultIndex.writePlan(projectId, runId, batchCount);
    } catch (error) {
      throw asRunFailure(error);
    } finally {
      stopHeartbeat();
    }

    deps.logger.info({ runId, mode, batchCount, ...counts }, 'run prepared');
    const evaluatorIds = run.config.evaluators.map((e) => e.id);
    const sampleModels = sampleModelsOf(run);
    return {
      batchCount,
      mode,
      total: counts.pairs * evaluatorIds.length * sampleOutputModels(sampleModels).length,
      counts,
      evaluatorIds,
      sampleModels,
      estimatedUsd: estimateRunCost(
        deps.providers,
        { ...run, evaluators: run.config.evaluators },
        counts.pairs,
        stats,
      ).estimated_usd,
      tuning: {
        window: deps.env.ASSAY_RUN_WINDOW,
        batchesPerExecution: deps.env.ASSAY_RUN_BATCHES_PER_EXECUTION,
        heartbeatTimeoutMs: deps.env.ASSAY_RUN_HEARTBEAT_TIMEOUT_MS,
        stallLimitMs: deps.env.ASSAY_RUN_STALL_LIMIT_MS,
      },
    };
  };
}

/** A dataset or container deleted since the run was created ends the run with a clear error. */
async function requireSources(stores: SourceStores, run: RunDoc): Promise<void> {
  for (const side of [run.sample, run.ground_truth]) {
    if (side.dataset_id) await stores.datasets.require(side.dataset_id);
    if (side.container_id) await stores.containers.require(side.container_id);
  }
}
