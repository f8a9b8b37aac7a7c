import type { Db } from 'mongodb';
import type { Migration } from './migration.js';

/** Run batches written with `pairs` as documents: the pairs move into `pairs_json`, as written since. */
export const runBatchPairsAsJson: Migration = {
  version: 2,
  name: 'run batch pairs as one JSON string',
  async up(db: Db) {
    const batches = db.collection<{ _id: string; pairs?: unknown[]; pairs_json?: string }>('run_batches');
    let rewritten = 0;
    for await (const doc of batches.find({ pairs_json: { $exists: false } })) {
      const { pairs = [], ...rest } = doc;
      await batches.replaceOne({ _id: doc._id }, { ...rest, pairs_json: JSON.stringify(pairs) });
      rewritten++;
    }
    return rewritten;
  },
};
