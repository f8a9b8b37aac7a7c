import { describe, expect, it } from 'vitest';
import { DatasetStore } from '../../src/store/datasets.js';
import { DATASET_ITEM_CHUNKS_COLLECTION } from '../../src/store/datasetUploads.js';
import { ContainerStore } from '../../src/store/containers.js';
import { TASK_LOG_CHUNKS_COLLECTION, TASK_LOG_WINDOWS_COLLECTION } from '../../src/store/logChunks.js';
import { TaskLogStore } from '../../src/store/logs.js';
import { migrateStore, STORE_SCHEMA_VERSION, storeSchemaVersion } from '../../src/store/migrations/index.js';
import { resultIndexForEveryRun } from '../../src/store/migrations/resultIndexForEveryRun.js';
import { taskLogChunksForEveryContainer } from '../../src/store/migrations/taskLogChunksForEveryContainer.js';
import { ResultIndex } from '../../src/store/resultIndex.js';
import { RunResultStore, type RunResultDoc } from '../../src/store/runResults.js';
import { StoreJobs } from '../../src/store/storeJobs.js';
import { storedResult } from '../support/storedResult.js';
import { useTestDatabase } from '../support/testDatabase.js';

/**
 * Layouts earlier releases wrote, written here as they were, then moved by the store's migrations
 * and read through the stores: the code reads the current layout only.
 */
const db = useTestDatabase('legacy');

/**
 * Every migration from the first, as for a store an earlier release wrote (the tests share a
 * store: the ones before already brought it to the current version, and migrations are idempotent).
 */
async function migrateFromScratch() {
  await db().collection('store_meta').deleteMany({});
  await migrateStore(db());
  expect(await storeSchemaVersion(db())).toBe(STORE_SCHEMA_VERSION);
}

/** `items` items × 2 evaluators, as a run of the time stored them. */
function results(runId: string, items: number): RunResultDoc[] {
  return Array.from({ length: items }, (_, i) => `item-${String((i * 37) % items).padStart(3, '0')}`).flatMap(
    (itemId, i) =>
      ['ev_a', 'ev_b'].map((evaluator) =>
        storedResult(runId, itemId, evaluator, 'm1', {
          status: 'scored',
          score: (i % 10) / 10,
          passed: i % 3 === 0,
        }),
      ),
  );
}

async function storeRun(runId: string, status: string, docs: RunResultDoc[]) {
  await db()
    .collection('runs')
    .insertOne({ _id: `p/${runId}`, id: runId, project_id: 'p', status } as never);
  if (docs.length > 0) await db().collection<RunResultDoc>('run_results').insertMany(docs);
}

/** Every page of a run's results forwards, and the same walked back from the end. */
async function pages(store: RunResultStore, runId: string, filter = {}) {
  const ids: string[] = [];
  let page = await store.page(runId, filter, { limit: 30 });
  ids.push(...page.data.map((r) => r.id));
  while (page.has_more) {
    page = await store.page(runId, filter, { limit: 30, after: page.last_id! });
    ids.push(...page.data.map((r) => r.id));
  }
  return { ids, total: page.total };
}

const index = (runId: string) => db().collection('run_result_index').find({ run_id: runId }).toArray();
const segmentBodies = async (runId: string) =>
  (await index(runId))
    .filter((doc) => doc.kind === 'segment')
    .map((doc) => JSON.parse(doc.json as string) as { docs?: RunResultDoc[] });

describe("the store's migrations of earlier layouts", () => {
  it('gives runs stored before results indexes an index, and re-seals segments sealed without their results', async () => {
    const store = new RunResultStore(db());
    // A run of before indexes: its results only, no plan, no header.
    const old = results('run_old', 130);
    await storeRun('run_old', 'completed', old);
    // A run ended before it was prepared: nothing at all.
    await storeRun('run_empty', 'error', []);
    // A run sealed when segments held entries only.
    const bare = results('run_bare', 90);
    await storeRun('run_bare', 'completed', bare);
    const sealing = new ResultIndex(db(), 40);
    await sealing.writePlan('p', 'run_bare', 1);
    await sealing.writeBatch('p', 'run_bare', 0, bare);
    await sealing.seal('p', 'run_bare');
    for (const segment of await index('run_bare')) {
      if (segment.kind !== 'segment') continue;
      const { docs } = JSON.parse(segment.json as string) as { docs: RunResultDoc[] };
      const entries = {
        ids: docs.map((d) => d._id),
        evaluators: docs.map((d) => d.evaluator_id),
        models: docs.map((d) => d.model),
        statuses: docs.map((d) => d.status),
        passed: docs.map((d) => d.passed),
      };
      await db()
        .collection('run_result_index')
        .updateOne({ _id: segment._id }, { $set: { json: JSON.stringify({ entries }) } });
    }
    expect((await segmentBodies('run_bare')).every((body) => body.docs === undefined)).toBe(true);
    // The current code reads no results of the unindexed run.
    expect((await pages(store, 'run_old')).total).toBe(0);

    await migrateFromScratch();

    const sorted = (docs: RunResultDoc[]) => docs.map((d) => d._id).sort();
    expect(await pages(store, 'run_old')).toEqual({ ids: sorted(old), total: old.length });
    expect(await pages(store, 'run_old', { passed: true })).toEqual({
      ids: sorted(old.filter((d) => d.passed)),
      total: old.filter((d) => d.passed).length,
    });
    expect(await pages(store, 'run_bare')).toEqual({ ids: sorted(bare), total: bare.length });
    expect(await pages(store, 'run_empty')).toEqual({ ids: [], total: 0 });
    // Both sealed as runs are now: segments carrying their results, a header, a plan, no batches.
    for (const runId of ['run_old', 'run_bare']) {
      const kinds = (await index(runId)).map((doc) => doc.kind as string);
      expect(kinds.filter((kind) => kind === 'header' || kind === 'plan').sort()).toEqual(['header', 'plan']);
      expect(kinds).not.toContain('batch');
      const bodies = await segmentBodies(runId);
      expect(bodies.length).toBeGreaterThan(0);
      expect(bodies.every((body) => (body.docs?.length ?? 0) > 0)).toBe(true);
    }
    // A rerun reads its parent's results from the segments, which now carry them.
    const keys = old.slice(0, 5).map((d) => d._id);
    expect([...(await store.findFinished('run_old', keys)).keys()].sort()).toEqual([...keys].sort());
    const exported: string[] = [];
    for await (const doc of store.cursor('run_old', {})) exported.push(doc._id);
    expect(exported).toEqual(sorted(old));

    // Run again (as after a crash), it finds nothing left to do and changes nothing.
    const before = await index('run_old');
    expect(await resultIndexForEveryRun.up(db())).toBe(0);
    expect(await index('run_old')).toEqual(before);
  });

  it('chunks dataset uploads committed before chunks, and moves chunks of item documents into JSON', async () => {
    const datasets = new DatasetStore(db(), 'p', new StoreJobs(db()));
    const lines = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, input: `q${i}`, output: `a${i}` }));
    const made = await datasets.create({ name: 'old', items: lines('a', 25) }, null);
    const upload = await datasets.beginUpload(made.id);
    await upload.write(lines('b', 10));
    await upload.write(lines('c', 10));
    await upload.commit();
    const expected = [...lines('a', 25), ...lines('b', 10), ...lines('c', 10)].map(
      (line) => `dsi_${line.id}`,
    );
    const chunks = db().collection(DATASET_ITEM_CHUNKS_COLLECTION);
    const uploads = db().collection<{ _id: string; id: string }>('dataset_uploads');
    // The first upload as it was before chunks: no chunk count, no chunks, items without theirs.
    const [first, second] = await uploads.find({ dataset_id: made.id }).sort({ _id: 1 }).toArray();
    await uploads.updateOne({ _id: first!._id }, { $unset: { chunks: '' } });
    await chunks.deleteMany({ upload_id: first!.id });
    await db()
      .collection('dataset_items')
      .updateMany({ upload_id: first!.id }, { $unset: { chunk: '' } });
    // The second's chunks as they were before JSON: the items as documents.
    for (const chunk of await chunks.find({ upload_id: second!.id }).toArray()) {
      await chunks.updateOne(
        { _id: chunk._id },
        { $set: { items: JSON.parse(chunk.items_json as string) }, $unset: { items_json: '' } },
      );
    }

    await migrateFromScratch();

    const iterated: string[] = [];
    for await (const item of datasets.iterateItems(made.id)) iterated.push(item.id);
    expect(iterated).toEqual(expected);
    const listed: string[] = [];
    let page = await datasets.listItems(made.id, { limit: 7 });
    listed.push(...page.data.map((item) => item.id));
    while (page.has_more) {
      page = await datasets.listItems(made.id, { limit: 7, after: page.last_id! });
      listed.push(...page.data.map((item) => item.id));
    }
    expect(listed).toEqual(expected);
    expect(page.total).toBe(45);
    const back = await datasets.listItems(made.id, { limit: 3, before: 'dsi_a20' });
    expect(back.data.map((item) => item.id)).toEqual(['dsi_a17', 'dsi_a18', 'dsi_a19']);
    expect(await chunks.countDocuments({ items: { $exists: true } })).toBe(0);

    // Deleting the dataset's items finds them all through the chunks.
    await datasets.deleteItemsOf(made.id);
    expect(await db().collection('dataset_items').countDocuments({ dataset_id: made.id })).toBe(0);
    expect(await chunks.countDocuments({ dataset_id: made.id })).toBe(0);
  });

  it('chunks the logs of containers from before chunks, once each, resumed from the start when cut short', async () => {
    const containers = new ContainerStore(db(), 'p', new StoreJobs(db()));
    const containerId = (await containers.create({ label: 'old' })).id;
    const logs = new TaskLogStore(db(), 'p');
    const base = 1_700_000_000 - (1_700_000_000 % 86_400);
    const batch = (from: number, n: number) =>
      Array.from({ length: n }, (_, j) => ({
        id: `l${from + j}`,
        input: 'q',
        output: 'a',
        model: (from + j) % 2 ? 'm1' : 'm2',
        created_at: base + (from + j) * 1000,
      }));
    await logs.ingest(containerId, batch(0, 60));
    // Before chunks: the first logs had none, and no container had a layout window.
    const windows = db().collection(TASK_LOG_WINDOWS_COLLECTION);
    const chunkDocs = db().collection(TASK_LOG_CHUNKS_COLLECTION);
    await chunkDocs.deleteMany({ container_id: containerId });
    await windows.deleteMany({ container_id: containerId });
    // Logs ingested since chunks existed have theirs.
    await logs.ingest(containerId, batch(60, 20));
    const range = { since: base, until: base + 200_000, limit: 100 };
    expect((await logs.list(containerId, range)).total).toBe(20);

    await migrateFromScratch();

    const all = batch(0, 80).map((log) => `log_${log.id}`);
    const listed = await logs.list(containerId, range);
    expect(listed.total).toBe(80);
    expect(listed.data.map((log) => log.id)).toEqual([...all].reverse());
    const m1 = await logs.list(containerId, { ...range, model: 'm1' });
    expect(m1.data.map((log) => log.id).sort()).toEqual(all.filter((_, i) => i % 2).sort());
    const oldest: string[] = [];
    for await (const log of logs.iterate(containerId, { since: base, until: base + 200_000, limit: 5 }))
      oldest.push(log.id);
    expect(oldest).toEqual(all.slice(0, 5));

    // Cut short before the container was marked done: the next pass chunks it again from the start.
    await windows.deleteOne({ _id: `p/${containerId}/layout` } as never);
    expect(await taskLogChunksForEveryContainer.up(db())).toBe(1);
    expect(await taskLogChunksForEveryContainer.up(db())).toBe(0);
    expect(await logs.list(containerId, range)).toEqual(listed);
  });
});
