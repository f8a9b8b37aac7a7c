import type { Collection, Db } from 'mongodb';
import type { RunPair } from '../core/runItems.js';
import { nowSeconds } from './ids.js';
import { AFTER_RUN_CONCURRENCY, insertNew, paced } from './mongo.js';

export const RUN_BATCHES_COLLECTION = 'run_batches';

/**
 * One batch of a run's pairs, written by the preparation step and read whole by
 * one batch activity: a batch is a single `_id` look-up (the only indexed query
 * on FerretDB), and items never travel through workflow payloads or history.
 */
export interface RunBatchDoc {
  _id: string;
  project_id: string;
  run_id: string;
  index: number;
  pairs: RunPair[];
  created_at: number;
}

/**
 * As stored: the pairs as one JSON string. FerretDB converts every stored value to BSON
 * on each read, one by one, so a batch of 100 items read as documents cost it tens of
 * milliseconds of CPU, as one string a fraction (see the results index's `json`).
 */
interface StoredRunBatchDoc extends Omit<RunBatchDoc, 'pairs'> {
  pairs_json: string;
}

export async function ensureRunBatchIndexes(db: Db): Promise<void> {
  await db.collection(RUN_BATCHES_COLLECTION).createIndex({ run_id: 1 });
}

export const runBatchKey = (runId: string, index: number) => `${runId}/b${index}`;

export class RunBatchStore {
  private readonly collection: Collection<StoredRunBatchDoc>;

  constructor(db: Db) {
    this.collection = db.collection<StoredRunBatchDoc>(RUN_BATCHES_COLLECTION);
  }

  /**
   * Writes the batch; preparing a run again replaces it. An insert first: on
   * FerretDB a replace (even by `_id`) scans the collection, an insert does not.
   */
  async write(projectId: string, runId: string, index: number, pairs: RunPair[]): Promise<void> {
    const doc: StoredRunBatchDoc = {
      _id: runBatchKey(runId, index),
      project_id: projectId,
      run_id: runId,
      index,
      pairs_json: JSON.stringify(pairs),
      created_at: nowSeconds(),
    };
    if ((await insertNew(this.collection, [doc]))[0]) return;
    await this.collection.replaceOne({ _id: doc._id }, doc);
  }

  async read(runId: string, index: number): Promise<RunBatchDoc | null> {
    const doc = await this.collection.findOne({ _id: runBatchKey(runId, index) });
    if (!doc) return null;
    const { pairs_json, ...rest } = doc;
    return { ...rest, pairs: JSON.parse(pairs_json) as RunPair[] };
  }

  /**
   * Drops a finished run's batches (copies of its items), one `_id` delete each, a
   * few at a time: `batchCount` of them when the plan says how many; otherwise (the
   * preparation failed part-way, writing batches 0, 1, 2... in order) up to the first
   * index that is not there. Never one `deleteMany` by `run_id`: FerretDB scans the
   * whole collection for it and fails beyond SQLite's bound-variable limit (~32,000
   * documents). Returns how many went.
   */
  async deleteRun(runId: string, batchCount?: number): Promise<number> {
    let deleted = 0;
    for (let start = 0; batchCount === undefined || start < batchCount; start += AFTER_RUN_CONCURRENCY) {
      const size = Math.min(AFTER_RUN_CONCURRENCY, (batchCount ?? Infinity) - start);
      const results = await Promise.all(
        Array.from({ length: size }, (_, i) =>
          paced(() => this.collection.deleteOne({ _id: runBatchKey(runId, start + i) })),
        ),
      );
      const found = results.filter((result) => result.deletedCount === 1).length;
      deleted += found;
      if (batchCount === undefined && found < size) break;
    }
    return deleted;
  }
}
