import type { Db } from 'mongodb';
import type { Migration } from './migration.js';

/** Runs written before the answer cache counted its savings: none saved, none answered. */
export const runSpendSavings: Migration = {
  version: 3,
  name: "runs' answer cache savings",
  async up(db: Db) {
    const result = await db
      .collection('runs')
      .updateMany(
        { 'estimated_spend.cache_hits': { $exists: false } },
        { $set: { 'estimated_spend.cache_hits': 0, 'estimated_spend.saved_usd': 0 } },
      );
    return result.modifiedCount;
  },
};
