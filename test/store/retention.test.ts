import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStore, type Store } from '../../src/store/index.js';
import { connectMongo, type MongoHandle } from '../../src/store/mongo.js';
import { sweepRetention } from '../../src/store/retention.js';
import { resultKey, type RunResultDoc } from '../../src/store/runResults.js';
import { copiesOf } from '../support/leftovers.js';

let mongo: MongoHandle;
let store: Store;
const DAY = 86_400;
const now = 1_800_000_000;

beforeAll(async () => {
  mongo = await connectMongo(inject('mongoUri'), `assay_test_retention_${randomBytes(4).toString('hex')}`);
  store = createStore(mongo.db);
});
afterAll(async () => {
  await mongo.db.dropDatabase();
  await mongo.close();
});

function results(runId: string, n: number): RunResultDoc[] {
  return Array.from(
    { length: n },
    (_, i) =>
      ({
        _id: resultKey(runId, `item${i}`, 'ev', null),
        project_id: 'p',
        run_id: runId,
        batch: 0,
        item_id: `item${i}`,
        evaluator_id: 'ev',
        model: null,
        status: 'scored',
        passed: true,
      }) as RunResultDoc,
  );
}

async function finishedRun(runId: string, completedAt: number, n: number) {
  await mongo.db
    .collection('runs')
    .insertOne({ _id: `p/${runId}`, id: runId, project_id: 'p', completed_at: completedAt } as never);
  const docs = results(runId, n);
  await store.forProject('p').runResults.insert(docs);
  const index = store.forProject('p').runResults.index;
  await index.writePlan('p', runId, 1);
  await index.writeBatch('p', runId, 0, docs);
  await index.seal('p', runId);
}

describe('retention and background deletes', () => {
  it('expires results of runs that ended before the cut-off and logs older than it', async () => {
    await finishedRun('run_old', now - 10 * DAY, 30);
    await finishedRun('run_new', now - DAY, 5);
    const project = store.forProject('p');
    const container = await project.containers.create({ label: 'bot' });
    await project.logs.ingest(container.id, [
      { id: 'old', input: 'q', output: 'a', created_at: now - 9 * DAY },
      { id: 'new', input: 'q', output: 'a', created_at: now - 2 * DAY },
    ]);

    const sweep = await sweepRetention(mongo.db, 7, { now });
    expect(sweep).toEqual({ runsExpired: 1, resultsDeleted: 30, logsDeleted: 1 });

    const oldPage = await project.runResults.page('run_old', {}, { limit: 100 });
    expect(oldPage).toMatchObject({ total: 0, data: [], has_more: false });
    expect((await project.runResults.page('run_new', {}, { limit: 100 })).total).toBe(5);
    expect(await mongo.db.collection('run_results').countDocuments({ run_id: 'run_old' })).toBe(0);
    // Nothing of the expired run's results anywhere: only the run itself and its index's empty header,
    // the tombstone that says its results expired.
    expect(await copiesOf(mongo.db, 'run_old')).toEqual(['run_result_index/run_old/h', 'runs/p/run_old']);
    expect(await project.logs.docs.get('log_old')).toBeNull();
    expect(await project.logs.docs.get('log_new')).not.toBeNull();
    const listed = await project.logs.list(container.id, { limit: 10, since: now - 20 * DAY, until: now });
    expect(listed.data.map((log) => log.id)).toEqual(['log_new']);
    // Sweeping again finds nothing more to do.
    expect(await sweepRetention(mongo.db, 7, { now })).toEqual({
      runsExpired: 0,
      resultsDeleted: 0,
      logsDeleted: 0,
    });
  });

  it('deletes a dataset at once and its items in a background job', async () => {
    const datasets = store.forProject('p').datasets;
    const created = await datasets.create({ name: 'big' }, null);
    const upload = await datasets.beginUpload(created.id);
    for (let i = 0; i < 3; i++) {
      await upload.write(
        Array.from({ length: 400 }, (_, j) => ({ id: `i${i * 400 + j}`, input: 'q', output: 'a' })),
      );
    }
    await upload.commit();
    expect((await datasets.listItems(created.id, { limit: 5 })).total).toBe(1200);

    await datasets.delete(created.id);
    await expect(datasets.require(created.id)).rejects.toMatchObject({ status: 404 });
    await store.jobs.idle();
    expect(await store.jobs.pending()).toEqual([]);
    expect(await mongo.db.collection('dataset_items').countDocuments({ dataset_id: created.id })).toBe(0);
    expect(await mongo.db.collection('dataset_item_chunks').countDocuments({ dataset_id: created.id })).toBe(
      0,
    );
    expect(await mongo.db.collection('dataset_uploads').countDocuments({ dataset_id: created.id })).toBe(0);
    expect(await copiesOf(mongo.db, created.id)).toEqual([]);
  });
});
