import type { Db } from 'mongodb';
import { DATASET_ITEM_CHUNKS_COLLECTION } from './datasetUploads.js';
import { TASK_LOG_CHUNKS_COLLECTION, TASK_LOG_WINDOWS_COLLECTION } from './logChunks.js';
import { RUNS_COLLECTION } from './runs.js';

/**
 * Indexes of the queries that remain outside `_id` look-ups: background clean-up
 * (a deleted container's chunks, a deleted dataset's chunks) and the retention
 * sweep (old runs, logs, chunks). FerretDB answers them by scanning, which they
 * can afford (they run in the background); MongoDB uses these, as
 * test/store/explain.test.ts checks.
 */
export async function ensureGrowthIndexes(db: Db): Promise<void> {
  await db.collection(TASK_LOG_CHUNKS_COLLECTION).createIndex({ project_id: 1, container_id: 1 });
  await db.collection(TASK_LOG_CHUNKS_COLLECTION).createIndex({ hour: 1 });
  await db.collection(TASK_LOG_WINDOWS_COLLECTION).createIndex({ project_id: 1, container_id: 1 });
  await db.collection(DATASET_ITEM_CHUNKS_COLLECTION).createIndex({ project_id: 1, dataset_id: 1 });
  await db.collection('task_logs').createIndex({ created_at: 1 });
  await db.collection(RUNS_COLLECTION).createIndex({ completed_at: 1 });
}
