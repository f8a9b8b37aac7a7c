import type { Db } from 'mongodb';
import { ResultIndex } from '../resultIndex.js';
import {
  bodyOf,
  fromStored,
  headerKey,
  indexBatchKey,
  indexEntry,
  planKey,
  segmentKey,
  unpackSegments,
  type IndexEntry,
} from '../resultIndexDocs.js';
import type { RunResultDoc } from '../runResultDocs.js';
import { terminalRunStatuses, type RunStatus } from '../../domain/runs.js';
import type { Migration } from './migration.js';

/** Entries per batch document the migration writes (about 100 KB of JSON). */
const BATCH_ENTRIES = 1000;
/** Entries held in memory at most while the results are read: past it, every run's are written out. */
const BUFFERED_ENTRIES = 50_000;

/**
 * Runs stored before results indexes existed (results in `run_results` only, no plan and no
 * header) get one, and runs sealed before segments carried their results whole get sealed again:
 * the results list, exports, reruns and retention then read the index only. Both go through the
 * index's own seal (plan, batch documents, then `seal`), so the segments are cut as they are now.
 */
export const resultIndexForEveryRun: Migration = {
  version: 5,
  name: 'a results index for every run, segments carrying their results',
  async up(db: Db) {
    const index = new ResultIndex(db);
    return (await indexUnindexedRuns(db, index)) + (await resealBareSegments(db, index));
  },
};

/** The runs with neither plan nor header; they may have results in `run_results` only. */
async function unindexedRuns(db: Db, index: ResultIndex): Promise<Map<string, string>> {
  const runs = new Map<string, string>();
  const cursor = db
    .collection<{ id: string; project_id: string }>('runs')
    .find({}, { projection: { id: 1, project_id: 1 } })
    .batchSize(500);
  for await (const run of cursor) {
    // Two `_id` look-ups (FerretDB answers `$in` by a scan).
    const [plan, header] = await Promise.all(
      [planKey(run.id), headerKey(run.id)].map((_id) =>
        index.collection.findOne({ _id }, { projection: { _id: 1 } }),
      ),
    );
    if (!plan && !header) runs.set(run.id, run.project_id);
  }
  return runs;
}

/**
 * One pass over `run_results` (a query per run would scan the collection once per run on
 * FerretDB): each unindexed run's entries are written as batch documents, a thousand at a time,
 * then the run gets its plan and is sealed. Cut short, it starts over: a run without a plan is
 * still unindexed, and its batch documents are written again from batch 0.
 */
async function indexUnindexedRuns(db: Db, index: ResultIndex): Promise<number> {
  const runs = await unindexedRuns(db, index);
  if (runs.size === 0) return 0;
  // Batch documents an earlier, interrupted pass wrote: numbered again from 0 below.
  for (const runId of runs.keys()) {
    for (let k = 0; (await index.collection.deleteOne({ _id: indexBatchKey(runId, k) })).deletedCount; k++);
  }
  const batches = new Map<string, number>();
  const buffered = new Map<string, IndexEntry[]>();
  let held = 0;
  const flush = async (runId: string) => {
    const entries = buffered.get(runId) ?? [];
    if (entries.length === 0) return;
    const k = batches.get(runId) ?? 0;
    await index.writeBatch(runs.get(runId)!, runId, k, entries.map(asDoc));
    batches.set(runId, k + 1);
    held -= entries.length;
    buffered.set(runId, []);
  };
  const results = db
    .collection<RunResultDoc>('run_results')
    .find({}, { projection: { _id: 1, run_id: 1, evaluator_id: 1, model: 1, status: 1, passed: 1 } })
    .batchSize(1000);
  for await (const result of results) {
    if (!runs.has(result.run_id)) continue;
    const entries = buffered.get(result.run_id) ?? [];
    entries.push(indexEntry(result));
    buffered.set(result.run_id, entries);
    held++;
    if (entries.length >= BATCH_ENTRIES) await flush(result.run_id);
    if (held >= BUFFERED_ENTRIES) for (const runId of buffered.keys()) await flush(runId);
  }
  for (const runId of buffered.keys()) await flush(runId);
  for (const [runId, count] of batches) {
    await index.writePlan(runs.get(runId)!, runId, count);
    await index.seal(runs.get(runId)!, runId);
  }
  return batches.size;
}

/** `writeBatch` takes results; an entry holds all it reads of them. */
const asDoc = ([_id, evaluator_id, model, status, passed]: IndexEntry) =>
  ({ _id, evaluator_id, model, status, passed }) as RunResultDoc;

/**
 * Runs sealed before segments carried their results (a segment held entries only, so a page
 * looked its results up one by one): their entries become batch documents again, under a plan,
 * the header goes (readers then read the batches), the old segments go, and the run is sealed
 * anew. A seal writes all of a run's segments at once, so the first segment tells the layout.
 * Cut short after the header went, the run is one with a plan and no header: sealed on the next
 * pass, like any run whose seal was cut short.
 */
async function resealBareSegments(db: Db, index: ResultIndex): Promise<number> {
  let resealed = 0;
  const runs = index.collection
    .find(
      { kind: { $in: ['header', 'plan'] } },
      { projection: { _id: 1, run_id: 1, project_id: 1, kind: 1 } },
    )
    .batchSize(500);
  for await (const { run_id: runId, project_id: projectId, kind } of runs) {
    const header = await index.collection.findOne({ _id: headerKey(runId) });
    if (kind === 'plan') {
      // A plan without a header: sealed on the pass that was cut short, or a run still running.
      if (!header && (await finished(db, projectId, runId))) await index.seal(projectId, runId);
      continue;
    }
    const segments = unpackSegments(bodyOf(header));
    const first = segments.length > 0 ? await index.collection.findOne({ _id: segmentKey(runId, 0) }) : null;
    if (!first || bodyOf(first).docs !== undefined) continue;
    for (let j = 0; j < segments.length; j++) {
      const entries = fromStored(
        bodyOf(await index.collection.findOne({ _id: segmentKey(runId, j) })).entries,
      );
      await index.writeBatch(projectId, runId, j, entries.map(asDoc));
    }
    await index.writePlan(projectId, runId, segments.length);
    await index.collection.deleteOne({ _id: headerKey(runId) });
    for (let j = 0; (await index.collection.deleteOne({ _id: segmentKey(runId, j) })).deletedCount; j++);
    await index.seal(projectId, runId);
    resealed++;
  }
  return resealed;
}

/** Whether the run has ended (a running run's index is sealed by its workflow). */
async function finished(db: Db, projectId: string, runId: string): Promise<boolean> {
  const run = await db
    .collection<{ _id: string; status: RunStatus }>('runs')
    .findOne({ _id: `${projectId}/${runId}` }, { projection: { status: 1 } });
  return run !== null && terminalRunStatuses.includes(run.status);
}
