import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectMongo, type MongoHandle } from '../../src/store/mongo.js';
import {
  migrateStore,
  MIGRATIONS,
  STORE_SCHEMA_VERSION,
  storeSchemaVersion,
} from '../../src/store/migrations/index.js';
import { RunBatchStore } from '../../src/store/runBatches.js';

/**
 * The store's migrations against a real store: documents an earlier layout wrote are rewritten
 * once, the version is recorded, and the code reads only the current layout.
 */
let mongo: MongoHandle;
beforeAll(async () => {
  mongo = await connectMongo(inject('mongoUri'), `assay_test_migrations_${randomBytes(4).toString('hex')}`);
});
afterAll(async () => {
  await mongo.db.dropDatabase();
  await mongo.close();
});

describe('store migrations', () => {
  it('numbers its migrations 1, 2, 3... in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('rewrites earlier layouts once, records the version, and refuses a newer store', async () => {
    const db = mongo.db;
    expect(await storeSchemaVersion(db)).toBe(0);
    const pairs = [
      {
        item_id: 'i1',
        sample: null,
        ground_truth: { id: 'i1', input: 'q', output: 'a', metadata: {}, model: null },
      },
    ];
    await db.collection('run_batches').insertOne({
      _id: 'run_old/b0',
      project_id: 'p',
      run_id: 'run_old',
      index: 0,
      pairs,
      created_at: 1,
    } as never);
    await db.collection('runs').insertOne({
      _id: 'p/run_old',
      id: 'run_old',
      estimated_spend: { estimated_usd: 1, actual_usd: 0.5, budget_usd: null },
    } as never);
    await db.collection('evaluators').insertOne({ _id: 'p/evl_old', id: 'evl_old', type: 'judge' } as never);
    await db
      .collection('evaluator_versions')
      .insertOne({ _id: 'p/evl_old/v1', evaluator_id: 'evl_old', evaluator: { id: 'evl_old' } } as never);

    await migrateStore(db);
    expect(await storeSchemaVersion(db)).toBe(STORE_SCHEMA_VERSION);
    expect((await new RunBatchStore(db).read('run_old', 0))?.pairs).toEqual(pairs);
    expect((await db.collection('runs').findOne({ id: 'run_old' }))?.estimated_spend).toEqual({
      estimated_usd: 1,
      actual_usd: 0.5,
      budget_usd: null,
      cache_hits: 0,
      saved_usd: 0,
    });
    const added = {
      panel_models: null,
      panel_aggregate: null,
      score_range: null,
      position_swap: null,
      grader: null,
    };
    expect(await db.collection('evaluators').findOne({ id: 'evl_old' })).toMatchObject(added);
    expect(
      (await db.collection('evaluator_versions').findOne({ evaluator_id: 'evl_old' }))?.evaluator,
    ).toMatchObject(added);

    // Run again (a second process starting), nothing is rewritten: the version says it is done.
    await db.collection('run_batches').updateOne({ _id: 'run_old/b0' } as never, { $set: { marker: 1 } });
    await migrateStore(db);
    expect(await db.collection('run_batches').findOne({ _id: 'run_old/b0' } as never)).toMatchObject({
      marker: 1,
    });

    // A store a newer release migrated is refused by name, not misread.
    await db
      .collection('store_meta')
      .updateOne({ _id: 'schema' } as never, { $set: { version: STORE_SCHEMA_VERSION + 1 } });
    await expect(migrateStore(db)).rejects.toThrow(/newer than this release/);
  });
});
