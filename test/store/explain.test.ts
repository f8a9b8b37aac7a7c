import { randomBytes } from 'node:crypto';
import type { Document } from 'mongodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStore } from '../../src/store/index.js';
import { connectMongo, type MongoHandle } from '../../src/store/mongo.js';

/**
 * On a real MongoDB (7 or 8), every query shape the store uses is answered from an
 * index declared in code: `_id` look-ups (results index, chunks, batches, cache) and
 * the few remaining queries (lists, clean-up, retention). FerretDB does not report
 * plans this way, so there the test is skipped — loudly. To run it:
 *
 *   docker run -d --rm -p 27017:27017 mongo:8
 *   MONGODB_URI=mongodb://127.0.0.1:27017 npx vitest run test/store/explain.test.ts
 */
const kind = inject('mongoKind');
const realMongo = kind !== 'ferretdb';
if (!realMongo) {
  console.warn(
    '[explain.test] SKIPPED: the tests run on FerretDB; set MONGODB_URI to a MongoDB 7/8 server to check query plans',
  );
}

let mongo: MongoHandle;

/** Every stage of a winning plan, flattened. */
function stages(plan: Document): string[] {
  const own = typeof plan.stage === 'string' ? [plan.stage] : [];
  const children = [plan.inputStage, ...(plan.inputStages ?? [])].filter(Boolean) as Document[];
  return [...own, ...children.flatMap(stages)];
}

async function planOf(collection: string, filter: Document, sort?: Document): Promise<string[]> {
  const cursor = mongo.db.collection(collection).find(filter);
  if (sort) cursor.sort(sort);
  const explained = await cursor.limit(101).explain('queryPlanner');
  const winning = explained.queryPlanner.winningPlan as Document;
  return stages(winning.queryPlan ?? winning);
}

describe.skipIf(!realMongo)('query plans on MongoDB (MONGODB_URI)', () => {
  beforeAll(async () => {
    mongo = await connectMongo(inject('mongoUri'), `assay_test_explain_${randomBytes(4).toString('hex')}`);
    await createStore(mongo.db).ensureIndexes();
    // Plans are chosen over real collections: put a document in each.
    for (const name of [
      'run_results',
      'run_result_index',
      'run_batches',
      'dataset_item_chunks',
      'dataset_items',
      'dataset_uploads',
      'task_logs',
      'task_log_chunks',
      'task_log_windows',
      'runs',
      'containers',
      'datasets',
      'model_responses_run_x',
    ]) {
      await mongo.db.collection(name).insertOne({ _id: `p/${name}` } as never);
    }
  });
  afterAll(async () => {
    await mongo?.db.dropDatabase();
    await mongo?.close();
  });

  const idLookups = [
    'run_results',
    'run_result_index',
    'run_batches',
    'dataset_item_chunks',
    'task_log_chunks',
    'task_log_windows',
    'model_responses_run_x',
  ];
  it.each(idLookups)('%s: `_id` look-ups use the _id index', async (collection) => {
    const plan = await planOf(collection, { _id: 'p/x/1' });
    expect(
      plan.some((stage) => ['IDHACK', 'EXPRESS_IXSCAN', 'IXSCAN'].includes(stage)),
      plan.join(),
    ).toBe(true);
    expect(plan).not.toContain('COLLSCAN');
  });

  const queries: [string, Document, Document | undefined][] = [
    ['containers', { project_id: 'p', label: 'bot' }, undefined],
    ['datasets', { project_id: 'p', name: 'golden' }, undefined],
    ['dataset_uploads', { project_id: 'p', dataset_id: 'ds_1', status: 'committed' }, undefined],
    // The migration that chunks uploads from before chunks reads each one's items in upload order.
    ['dataset_items', { project_id: 'p', dataset_id: 'ds_1', upload_id: 'u' }, { position: 1, _id: 1 }],
    ['dataset_item_chunks', { project_id: 'p', dataset_id: 'ds_1' }, undefined],
    [
      'task_logs',
      { project_id: 'p', container_id: 'c', created_at: { $gte: 1, $lt: 2 } },
      { created_at: -1, _id: -1 },
    ],
    ['task_logs', { created_at: { $lt: 5 } }, undefined],
    ['task_log_chunks', { project_id: 'p', container_id: 'c' }, undefined],
    ['task_log_chunks', { hour: { $lt: 5 } }, undefined],
    ['task_log_windows', { project_id: 'p', container_id: 'c' }, undefined],
    ['runs', { project_id: 'p', container_id: 'c' }, { _id: -1 }],
    ['runs', { project_id: 'p', status: { $in: ['queued', 'running', 'paused'] } }, undefined],
    ['runs', { completed_at: { $lt: 5 }, results_expired_at: null }, undefined],
  ];
  it.each(queries)('%s: %j is answered from an index', async (collection, filter, sort) => {
    const plan = await planOf(collection, filter, sort);
    expect(plan, plan.join()).toContain('IXSCAN');
    expect(plan).not.toContain('COLLSCAN');
  });
});
