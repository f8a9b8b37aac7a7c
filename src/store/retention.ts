import type { Db } from 'mongodb';
import type { Logger } from '../platform/log.js';
import { deleteByIds, deleteMatching } from './chunkedDelete.js';
import { TaskLogChunks } from './logChunks.js';
import { ResultIndex } from './resultIndex.js';
import { RUN_RESULTS_COLLECTION } from './runResults.js';
import { RUNS_COLLECTION } from './runs.js';
import { forgetAllProjectAnswers } from './projectAnswers.js';

const DAY_SECONDS = 86_400;

export interface RetentionSweep {
  runsExpired: number;
  resultsDeleted: number;
  logsDeleted: number;
}

/**
 * Expires what is older than `days` (ASSAY_RETENTION_DAYS): the results of runs
 * that ended before the cut-off (the run itself, its metrics and summary stay; its
 * results list becomes empty) and task logs whose call is older. Deletes go by
 * `_id` in bounded rounds (see chunkedDelete.ts), so any amount expires; the runs
 * to expire are found by one query over the runs (one document per run).
 */
export async function sweepRetention(
  db: Db,
  days: number,
  options: { now?: number; logger?: Logger } = {},
): Promise<RetentionSweep> {
  const cutoff = (options.now ?? Math.floor(Date.now() / 1000)) - days * DAY_SECONDS;
  const runs = db.collection<{ _id: string; id: string; completed_at: number | null }>(RUNS_COLLECTION);
  const results = db.collection<{ _id: string }>(RUN_RESULTS_COLLECTION);
  const index = new ResultIndex(db);
  const sweep: RetentionSweep = { runsExpired: 0, resultsDeleted: 0, logsDeleted: 0 };

  const expiring = await runs
    .find({ completed_at: { $lt: cutoff }, results_expired_at: null }, { projection: { _id: 1, id: 1 } })
    .toArray();
  for (const run of expiring) {
    let chunk: string[] = [];
    for await (const id of await index.ids(run.id, {})) {
      chunk.push(id);
      if (chunk.length >= 1000) {
        sweep.resultsDeleted += await deleteByIds(results, chunk);
        chunk = [];
      }
    }
    sweep.resultsDeleted += await deleteByIds(results, chunk);
    await index.expire(run.id);
    await runs.updateOne({ _id: run._id }, { $set: { results_expired_at: cutoff + days * DAY_SECONDS } });
    sweep.runsExpired++;
  }

  const chunksDeleted = await TaskLogChunks.expireBefore(db, cutoff);
  sweep.logsDeleted = await deleteMatching(db.collection('task_logs'), { created_at: { $lt: cutoff } });
  // Cached answers may quote what just expired: the project caches go with it.
  if (sweep.runsExpired + sweep.logsDeleted + chunksDeleted > 0) await forgetAllProjectAnswers(db);
  options.logger?.info({ days, cutoff, ...sweep }, 'retention sweep');
  return sweep;
}
