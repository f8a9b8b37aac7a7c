import { randomBytes } from 'node:crypto';
import type { Collection, Db, Document } from 'mongodb';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { connectMongo, type MongoHandle } from '../../src/store/mongo.js';
import { RESULT_INDEX_COLLECTION, ResultIndex } from '../../src/store/resultIndex.js';
import { resultKey, type RunResultDoc } from '../../src/store/runResults.js';

let mongo: MongoHandle;
beforeAll(async () => {
  mongo = await connectMongo(inject('mongoUri'), `assay_test_seal_${randomBytes(4).toString('hex')}`);
});
afterAll(async () => {
  await mongo.db.dropDatabase();
  await mongo.close();
});

const result = (runId: string, item: string, model: string) =>
  ({
    _id: resultKey(runId, item, 'ev', model),
    evaluator_id: 'ev',
    model,
    status: 'scored',
    passed: true,
  }) as RunResultDoc;

/**
 * The results list read right after a run completed: the reader saw no header yet and went
 * for the batch documents, which the sealing (header written, then batches dropped) removed
 * in between. It answered an empty page (found by the SPEC test reading a run's results the
 * moment it completed); it must answer from the header instead.
 */
it('a page read while the run is being sealed still lists every result', async () => {
  const runId = 'run_sealrace';
  const sealer = new ResultIndex(mongo.db);
  await sealer.writePlan('p', runId, 2);
  await sealer.writeBatch('p', runId, 0, [result(runId, 'a', 'm1'), result(runId, 'b', 'm2')]);
  await sealer.writeBatch('p', runId, 1, [result(runId, 'c', 'm1'), result(runId, 'd', 'm2')]);

  // The reader's store: the seal runs to its end just before the reader's first batch look-up.
  let sealed = false;
  const real = mongo.db.collection<{ _id: string }>(RESULT_INDEX_COLLECTION);
  const racing = new Proxy(real, {
    get(target, property, receiver) {
      if (property === 'findOne') {
        return async (filter: { _id: string }) => {
          if (!sealed && filter._id.startsWith(`${runId}/b`)) {
            sealed = true;
            await sealer.seal('p', runId);
          }
          return target.findOne(filter);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const db = { collection: <T extends Document>() => racing as unknown as Collection<T> } as unknown as Db;
  const page = await new ResultIndex(db).page(runId, { model: 'm1' }, { limit: 10 });
  expect(sealed).toBe(true);
  expect(page).toMatchObject({ total: 2, hasMore: false });
  expect(page!.ids).toEqual([resultKey(runId, 'a', 'ev', 'm1'), resultKey(runId, 'c', 'ev', 'm1')]);
});
