import type { Db, Document } from 'mongodb';
import type { Migration } from './migration.js';

/**
 * Fields evaluators gained after some were stored: panels, declared scales, comparisons and
 * graders. An evaluator stored before one existed had none of it, which these defaults say.
 */
const ADDED_FIELDS = {
  panel_models: null,
  panel_aggregate: null,
  score_range: null,
  position_swap: null,
  grader: null,
} as const;

/**
 * Sets each missing field of the evaluator at `under` (the document itself, or a snapshot field
 * of it); returns how many documents changed.
 */
async function fill(db: Db, collection: string, under?: string): Promise<number> {
  let changed = 0;
  for (const [field, value] of Object.entries(ADDED_FIELDS)) {
    const path = under ? `${under}.${field}` : field;
    const filter: Document = { [path]: { $exists: false } };
    // A snapshot field that is not there is not an evaluator to fill in.
    if (under) filter[under] = { $exists: true };
    changed += (await db.collection(collection).updateMany(filter, { $set: { [path]: value } }))
      .modifiedCount;
  }
  return changed;
}

/** Evaluators and their version snapshots get the fields they lacked, so they are read as they are. */
export const evaluatorFields: Migration = {
  version: 4,
  name: 'evaluator fields added since panels',
  async up(db: Db) {
    return (await fill(db, 'evaluators')) + (await fill(db, 'evaluator_versions', 'evaluator'));
  },
};
