import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runStoresOn, type ActivityDeps } from '../../src/activities/deps.js';
import type { RunPlan } from '../../src/core/runPlan.js';
import { createFinalizeRun } from '../../src/activities/finalizeRun.js';
import { createLogger } from '../../src/platform/log.js';
import { MongoResponseCache, responseCacheCollection } from '../../src/store/responseCache.js';
import { emptyRunTotals } from '../../src/core/runTotals.js';
import { connectMongo, type MongoHandle } from '../../src/store/mongo.js';
import { ResultIndex } from '../../src/store/resultIndex.js';
import { RUN_BATCHES_COLLECTION, runBatchKey } from '../../src/store/runBatches.js';
import type { ModelReply } from '../../src/models/replies.js';

let mongo: MongoHandle;

beforeAll(async () => {
  mongo = await connectMongo(inject('mongoUri'), `assay_test_cleanup_${randomBytes(4).toString('hex')}`);
});
afterAll(async () => {
  await mongo.db.dropDatabase();
  await mongo.close();
});

const plan = (batchCount: number): RunPlan => ({
  batchCount,
  total: 0,
  mode: 'self',
  counts: { sample_items: 0, ground_truth_items: 0, pairs: 0, unpaired_sample: 0, unpaired_ground_truth: 0 },
  evaluatorIds: [],
  sampleModels: [],
  estimatedUsd: 0,
  tuning: { window: 4, batchesPerExecution: 50 },
});

async function runWith(runId: string, batches: number) {
  await mongo.db
    .collection('runs')
    .insertOne({ _id: `p/${runId}`, id: runId, project_id: 'p', status: 'running' } as never);
  const batchDocs = Array.from({ length: batches }, (_, k) => ({
    _id: runBatchKey(runId, k),
    run_id: runId,
    pairs: [],
  }));
  await mongo.db.collection(RUN_BATCHES_COLLECTION).insertMany(batchDocs as never[]);
  await new ResultIndex(mongo.db).writePlan('p', runId, batches);
}

const FINALIZED_AT = 1_700_000_000;
const deps = (responseCache: ActivityDeps['responseCache']) =>
  ({
    stores: runStoresOn(mongo.db),
    // A fixed clock: the activities stamp documents with the time they are given.
    clock: { nowSeconds: () => FINALIZED_AT },
    logger: createLogger('silent'),
    responseCache,
  }) as unknown as ActivityDeps;

/** finalizeRun of a completed run of `batches` batches, with `responseCache` as its answer cache. */
const completeRun = (responseCache: Parameters<typeof deps>[0], runId: string, batches: number) =>
  createFinalizeRun(deps(responseCache))({
    projectId: 'p',
    runId,
    status: 'completed',
    error: null,
    totals: emptyRunTotals(),
    plan: plan(batches),
  });

describe('finalizeRun clean-up', () => {
  it(
    "cleans up a run with 40,000 cached answers and 600 batches (past SQLite's bound-variable limit)",
    { timeout: 120_000 },
    async () => {
      const runId = 'run_cleanup_big';
      await runWith(runId, 600);
      const reply = { text: 'x', usage: { input: 1, output: 1 }, latencyMs: 1, model: 'm' };
      const cache = mongo.db.collection(responseCacheCollection(runId));
      for (let i = 0; i < 40_000; i += 5000) {
        await cache.insertMany(
          Array.from({ length: 5000 }, (_, j) => ({
            _id: `k${i + j}`,
            scope: runId,
            reply,
            created_at: 0,
          })) as never[],
        );
      }
      // Another run's batch stays.
      await mongo.db
        .collection(RUN_BATCHES_COLLECTION)
        .insertOne({ _id: runBatchKey('run_other', 0) } as never);

      await completeRun(new MongoResponseCache<ModelReply>(mongo.db), runId, 600);

      expect(await mongo.db.collection('runs').findOne({ id: runId })).toMatchObject({
        status: 'completed',
        completed_at: FINALIZED_AT,
      });
      // Past finalizeRun's few seconds of waiting (a busy machine), the clean-up finishes in the background.
      const leftovers = async () =>
        (await cache.estimatedDocumentCount()) +
        (await mongo.db.collection(RUN_BATCHES_COLLECTION).countDocuments({ run_id: runId }));
      for (let waited = 0; (await leftovers()) > 0 && waited < 60_000; waited += 500) {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(await cache.estimatedDocumentCount()).toBe(0);
      expect(await mongo.db.collection(RUN_BATCHES_COLLECTION).countDocuments({ run_id: runId })).toBe(0);
      expect(
        await mongo.db
          .collection(RUN_BATCHES_COLLECTION)
          .countDocuments({ _id: runBatchKey('run_other', 0) as never }),
      ).toBe(1);
      expect(
        await mongo.db.collection('run_result_index').findOne({ _id: `${runId}/h` as never }),
      ).not.toBeNull();
    },
  );

  it('ends the run even when the clean-up fails', async () => {
    const runId = 'run_cleanup_fails';
    await runWith(runId, 3);
    const broken = {
      get: async () => null,
      put: async () => undefined,
      putMany: async () => undefined,
      dropScope: async () => {
        throw new Error('SQL logic error: too many SQL variables');
      },
    };
    await completeRun(broken, runId, 3);
    expect(await mongo.db.collection('runs').findOne({ id: runId })).toMatchObject({
      status: 'completed',
      completed_at: FINALIZED_AT,
    });
  });

  it('returns while a slow clean-up goes on, so the activity ends within its timeout', async () => {
    const runId = 'run_cleanup_slow';
    await runWith(runId, 3);
    let dropped = false;
    const slow = {
      get: async () => null,
      put: async () => undefined,
      putMany: async () => undefined,
      // Dropping a big run's cache under load: longer than finalizeRun waits.
      dropScope: async () => {
        await new Promise((resolve) => setTimeout(resolve, 8000));
        dropped = true;
      },
    };
    const started = Date.now();
    await completeRun(slow, runId, 3);
    expect(Date.now() - started).toBeLessThan(7500);
    expect(dropped).toBe(false);
    expect(await mongo.db.collection('runs').findOne({ id: runId })).toMatchObject({ status: 'completed' });
    // The run's batches went before the cache; the drop still finishes in the background.
    expect(await mongo.db.collection(RUN_BATCHES_COLLECTION).countDocuments({ run_id: runId })).toBe(0);
    for (let waited = 0; !dropped && waited < 10_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(dropped).toBe(true);
  }, 20_000);
});
