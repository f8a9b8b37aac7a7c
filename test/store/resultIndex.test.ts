import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { RunResult } from '../../src/domain/runs.js';
import { connectMongo, type MongoHandle } from '../../src/store/mongo.js';
import { ResultIndex, SEGMENT_SIZE as DEFAULT_SEGMENT_SIZE } from '../../src/store/resultIndex.js';
import { indexDocsAsJson } from '../../src/store/migrations/indexDocsAsJson.js';
import { resultIndexForEveryRun } from '../../src/store/migrations/resultIndexForEveryRun.js';
import { unpackSegments } from '../../src/store/resultIndexDocs.js';
import { StoreJobs } from '../../src/store/storeJobs.js';
import { storedResult } from '../support/storedResult.js';
import {
  resultKey,
  RunResultStore,
  type ResultFilter,
  type RunResultDoc,
} from '../../src/store/runResults.js';

let mongo: MongoHandle;
let store: RunResultStore;
/** Small, so a few hundred results cross segment bounds. */
const SEGMENT_SIZE = 64;

beforeAll(async () => {
  mongo = await connectMongo(inject('mongoUri'), `assay_test_index_${randomBytes(4).toString('hex')}`);
  store = new RunResultStore(mongo.db, new ResultIndex(mongo.db, SEGMENT_SIZE));
});
afterAll(async () => {
  await mongo.db.dropDatabase();
  await mongo.close();
});

const statuses: RunResult['status'][] = ['scored', 'scored', 'unscored', 'error'];

/** Results of `items` items × 2 evaluators × 2 models, in batches of `batchSize` items (not in id order). */
function makeRun(runId: string, items: number, batchSize: number): RunResultDoc[][] {
  const batches: RunResultDoc[][] = [];
  // Item ids are shuffled against batch order, as task-log ids from callers are.
  const itemIds = Array.from(
    { length: items },
    (_, i) => `item-${String((i * 7919) % items).padStart(5, '0')}`,
  );
  itemIds.forEach((itemId, i) => {
    const batch = Math.floor(i / batchSize);
    for (const evaluator of ['ev_a', 'ev_b']) {
      for (const model of ['m1', 'm2']) {
        const status = statuses[(i + evaluator.length + model.length) % statuses.length]!;
        (batches[batch] ??= []).push(
          storedResult(runId, itemId, evaluator, model, {
            status,
            score: status === 'scored' ? (i % 10) / 10 : null,
            passed: status === 'scored' ? i % 3 === 0 : null,
            batch,
          }),
        );
      }
    }
  });
  return batches;
}

async function storeRun(runId: string, items: number, batchSize: number) {
  const batches = makeRun(runId, items, batchSize);
  for (const batch of batches) await store.insert(batch);
  await store.index.writePlan('p', runId, batches.length);
  // Batches finish out of order; the last one has not finished yet.
  for (const k of [...batches.keys()].reverse().slice(1))
    await store.index.writeBatch('p', runId, k, batches[k]!);
  return batches;
}

/** Stores a run's results and its index, every batch finished (not sealed). */
async function storeFinished(runId: string, batches: RunResultDoc[][]) {
  for (const batch of batches) await store.insert(batch);
  await store.index.writePlan('p', runId, batches.length);
  for (const [k, batch] of batches.entries()) await store.index.writeBatch('p', runId, k, batch);
}

/** Walks every page forwards with `after`, then backwards with `before`, and returns the ids seen. */
async function walk(runId: string, filter: ResultFilter, limit: number) {
  const forward: string[] = [];
  let page = await store.page(runId, filter, { limit });
  const total = page.total;
  forward.push(...page.data.map((r) => r.id));
  while (page.has_more) {
    page = await store.page(runId, filter, { limit, after: page.last_id! });
    expect(page.total).toBe(total);
    forward.push(...page.data.map((r) => r.id));
  }
  const backward: string[] = [];
  let back = await store.page(runId, filter, { limit, before: forward.at(-1)! });
  backward.unshift(...back.data.map((r) => r.id));
  while (back.has_more) {
    back = await store.page(runId, filter, { limit, before: back.first_id! });
    backward.unshift(...back.data.map((r) => r.id));
  }
  return { total, forward, backward };
}

/** Every page forwards, whole (what the API would answer), from `results`. */
async function walkPages(results: RunResultStore, runId: string, filter: ResultFilter, limit: number) {
  const pages: RunResult[][] = [];
  let page = await results.page(runId, filter, { limit });
  pages.push(page.data);
  while (page.has_more) {
    page = await results.page(runId, filter, { limit, after: page.last_id! });
    pages.push(page.data);
  }
  return pages;
}

const filters: ResultFilter[] = [
  {},
  { passed: true },
  { passed: false, evaluator_id: 'ev_b' },
  { model: 'm2' },
  { error: true },
  { error: false, model: 'm1' },
  { status: 'unscored' },
  { evaluator_id: 'nobody' },
  // One item's results: a short `_id` range, inside one or two pieces of the index.
  { item_id: 'item-00042' },
  { item_id: 'item-00042', model: 'm1', passed: true },
  { item_id: 'item-0004' },
];

describe('the results index', () => {
  it('pages and filters exactly like a query over the results, while running and once sealed', async () => {
    const runId = 'run_index_a';
    const batches = await storeRun(runId, 130, 23);
    const visible = batches.slice(0, -1).flat();
    const expected = (filter: ResultFilter) =>
      visible
        .filter(
          (r) =>
            (filter.item_id === undefined || r.item_id === filter.item_id) &&
            (filter.evaluator_id === undefined || r.evaluator_id === filter.evaluator_id) &&
            (filter.model === undefined || r.model === filter.model) &&
            (filter.passed === undefined || r.passed === filter.passed) &&
            (filter.status === undefined || r.status === filter.status) &&
            (filter.error === undefined || (r.status === 'error') === filter.error),
        )
        .map((r) => r._id)
        .sort();

    for (const filter of filters) {
      const seen = await walk(runId, filter, 40);
      const want = expected(filter);
      expect(seen.total, JSON.stringify(filter)).toBe(want.length);
      expect(seen.forward).toEqual(want);
      expect(seen.backward).toEqual(want.slice(0, -1));
    }

    // The last batch finishes, the run ends: the index is sealed into segments.
    await store.index.writeBatch('p', runId, batches.length - 1, batches.at(-1)!);
    await store.index.seal('p', runId);
    const all = batches
      .flat()
      .map((r) => r._id)
      .sort();
    const segments = await mongo.db.collection('run_result_index').countDocuments({ run_id: runId });
    expect(segments).toBe(Math.ceil(all.length / SEGMENT_SIZE) + 2); // segments, header, plan
    for (const filter of [{}, { passed: true }, { model: 'm2', error: false }]) {
      const seen = await walk(runId, filter, 40);
      expect(seen.total).toBe(seen.forward.length);
      expect(seen.forward.every((id, i) => i === 0 || seen.forward[i - 1]! < id)).toBe(true);
    }
    expect((await walk(runId, {}, 100)).forward).toEqual(all);
    expect((await walk(runId, { passed: true }, 7)).backward.length).toBeGreaterThan(0);
    const page = await store.page(runId, { passed: true }, { limit: 3, after: all[10] });
    expect(page.data.map((r) => r.passed)).toEqual([true, true, true]);
    expect(page.data[0]).toMatchObject({ object: 'evaluation.result', input: 'q', output: 'a' });

    const exported: string[] = [];
    for await (const doc of store.cursor(runId, { model: 'm1' })) exported.push(doc._id);
    expect(exported).toEqual(all.filter((id) => id.endsWith('/m1')));

    // An item's results once sealed: exactly its own four, never a neighbour sharing its prefix.
    const item = `${runId}/item-00042/`;
    const ofItem = await walk(runId, { item_id: 'item-00042' }, 3);
    expect(ofItem.total).toBe(4);
    expect(ofItem.forward).toEqual(all.filter((id) => id.startsWith(item)));
    expect((await store.page(runId, { item_id: 'item-0004' }, { limit: 10 })).total).toBe(0);
    const itemExport: string[] = [];
    for await (const doc of store.cursor(runId, { item_id: 'item-00042', evaluator_id: 'ev_b' }))
      itemExport.push(doc._id);
    expect(itemExport).toEqual(all.filter((id) => id.startsWith(`${item}ev_b/`)));
  });

  it('serves a sealed page from its segments alone, cut by bytes too, and looks up what an older segment lacks', async () => {
    const runId = 'run_index_whole';
    const batches = makeRun(runId, 60, 17);
    for (const batch of batches) await store.insert(batch);
    // A byte cap of a few results: segments are cut by size before they reach their count.
    const index = new ResultIndex(mongo.db, SEGMENT_SIZE, 2000);
    const small = new RunResultStore(mongo.db, index);
    await index.writePlan('p', runId, batches.length);
    for (const [k, batch] of batches.entries()) await index.writeBatch('p', runId, k, batch);
    const running = await walkPages(small, runId, { passed: true }, 25);
    await index.seal('p', runId);
    const segments = await mongo.db
      .collection('run_result_index')
      .countDocuments({ run_id: runId, kind: 'segment' });
    expect(segments).toBeGreaterThan(Math.ceil(240 / SEGMENT_SIZE));
    const sealed = await walkPages(small, runId, { passed: true }, 25);
    expect(sealed).toEqual(running);
    expect(sealed.flat().length).toBe(batches.flat().filter((r) => r.passed === true).length);

    // Without the result documents a sealed page and export still answer whole: no look-ups.
    const results = mongo.db.collection<RunResultDoc>('run_results');
    const copies = await results.find({ run_id: runId }).toArray();
    await results.deleteMany({ run_id: runId });
    expect(await walkPages(small, runId, { passed: true }, 25)).toEqual(running);
    const exported: string[] = [];
    for await (const doc of small.cursor(runId, {})) exported.push(doc._id);
    expect(exported).toEqual(copies.map((d) => d._id).sort());
    // One item's results too (the console's item drawer): from its segment, not a query.
    const itemId = copies[0]!.item_id;
    const ofItem = await small.page(runId, { item_id: itemId }, { limit: 10 });
    expect(ofItem.total).toBe(4);
    expect(ofItem.data.map((r) => r.id)).toEqual(
      copies
        .filter((d) => d.item_id === itemId)
        .map((d) => d._id)
        .sort(),
    );

    // Segments sealed before they carried results held the entries as parallel arrays, as fields,
    // before documents carried `json`: the store's migrations move them into `json`, then seal the
    // run again, its segments carrying their results (test/store/legacyLayouts.test.ts has more).
    await results.insertMany(copies);
    const indexDocs = mongo.db.collection<{ _id: string; json?: string }>('run_result_index');
    for (const segment of await indexDocs.find({ run_id: runId, kind: 'segment' }).toArray()) {
      const { docs } = JSON.parse(segment.json!) as { docs: RunResultDoc[] };
      const entries = {
        ids: docs.map((d) => d._id),
        evaluators: docs.map((d) => d.evaluator_id),
        models: docs.map((d) => d.model),
        statuses: docs.map((d) => d.status),
        passed: docs.map((d) => d.passed),
      };
      await indexDocs.updateOne({ _id: segment._id }, { $set: { entries }, $unset: { json: '' } });
    }
    expect(await indexDocsAsJson.up(mongo.db)).toBeGreaterThan(0);
    expect(await resultIndexForEveryRun.up(mongo.db)).toBe(1);
    expect(await walkPages(small, runId, { passed: true }, 25)).toEqual(running);
    const resealed = await indexDocs.find({ run_id: runId, kind: 'segment' }).toArray();
    expect(resealed.every((segment) => JSON.parse(segment.json!).docs.length > 0)).toBe(true);
  });

  it("reads a finished run's results by key from its segments, a look-up per segment, and one by one before the seal", async () => {
    const runId = 'run_finished_keys';
    const batches = makeRun(runId, 300, 40);
    await storeFinished(runId, batches);
    const all = batches.flat();
    // Keys of one batch (scattered in id order), a result that does not exist, and one of another run.
    const keys = [
      ...batches[3]!.map((d) => d._id),
      resultKey(runId, 'item-none', 'ev_a', 'm1'),
      'other/x/ev_a/m1',
    ];
    const expected = new Map(all.filter((d) => keys.includes(d._id)).map((d) => [d._id, d]));
    expect(expected.size).toBe(batches[3]!.length);

    const before = await store.findFinished(runId, keys);
    expect(before).toEqual(expected);

    await store.index.seal('p', runId);
    const results = new RunResultStore(mongo.db, new ResultIndex(mongo.db, SEGMENT_SIZE));
    const findOne = vi.spyOn(results.collection, 'findOne');
    const indexFind = vi.spyOn(results.index.collection, 'findOne');
    const sealed = await results.findFinished(runId, keys);
    expect(sealed).toEqual(expected);
    expect(findOne).not.toHaveBeenCalled();
    // The header and the segments the batch's keys fall in: fewer than its results.
    const segments = Math.ceil(all.length / SEGMENT_SIZE);
    expect(indexFind.mock.calls.length).toBeLessThanOrEqual(1 + segments);
    expect(indexFind.mock.calls.length).toBeLessThan(keys.length);
    // A second read within the keep time asks the store nothing.
    indexFind.mockClear();
    await results.findFinished(runId, keys);
    expect(indexFind).not.toHaveBeenCalled();
  });

  it('reads one segment for a full page that ends where its segment ends', async () => {
    const runId = 'run_index_aligned';
    const batches = makeRun(runId, 100, 25);
    await storeFinished(runId, batches);
    await store.index.seal('p', runId);
    const all = batches
      .flat()
      .map((r) => r._id)
      .sort();
    const reads: string[] = [];
    const index = store.index.collection;
    const findOne = index.findOne.bind(index);
    const spy = vi.spyOn(index, 'findOne').mockImplementation(((filter: { _id: string }) => {
      reads.push(filter._id);
      return findOne(filter);
    }) as never);
    try {
      const first = await store.page(runId, {}, { limit: SEGMENT_SIZE });
      expect(first.data.map((r) => r.id)).toEqual(all.slice(0, SEGMENT_SIZE));
      expect(first.has_more).toBe(true);
      expect(reads.filter((id) => /\/s\d+$/.test(id))).toEqual([`${runId}/s0`]);
      reads.length = 0;
      const second = await store.page(runId, {}, { limit: SEGMENT_SIZE, after: first.last_id! });
      expect(second.data.map((r) => r.id)).toEqual(all.slice(SEGMENT_SIZE, 2 * SEGMENT_SIZE));
      expect(reads.filter((id) => /\/s\d+$/.test(id))).toEqual([`${runId}/s1`]);
      // Backwards too, and a bound inside the next segment still reads it to be exact.
      reads.length = 0;
      const back = await store.page(runId, {}, { limit: SEGMENT_SIZE, before: second.first_id! });
      expect(back.data.map((r) => r.id)).toEqual(all.slice(0, SEGMENT_SIZE));
      expect(back.has_more).toBe(false);
      const bounded = await store.page(runId, {}, { limit: SEGMENT_SIZE, before: all[SEGMENT_SIZE]! });
      expect(bounded.has_more).toBe(false);
      // Both bounds (walked back from `before`): the next segment holds the bound, so it is read.
      const between = await store.page(
        runId,
        {},
        { limit: SEGMENT_SIZE, before: all[128]!, after: all[10]! },
      );
      expect(between.data.map((r) => r.id)).toEqual(all.slice(SEGMENT_SIZE, 128));
      expect(between.has_more).toBe(true);
      const upTo = await store.page(runId, {}, { limit: SEGMENT_SIZE, before: all[128]!, after: all[63]! });
      expect(upTo.has_more).toBe(false);
    } finally {
      spy.mockRestore();
    }
  });

  it('reads index documents written as fields once the store migrations moved them into json', async () => {
    const runId = 'run_index_fields';
    const batches = makeRun(runId, 30, 11);
    await storeFinished(runId, batches);
    const indexDocs = mongo.db.collection<{ _id: string; kind: string; json?: string }>('run_result_index');
    /** Rewrites a kind's documents as the first layout had them: the body as fields, headers unpacked. */
    const unpack = async (kind: string) => {
      const docs = await indexDocs.find({ run_id: runId, kind }).toArray();
      expect(docs.length, kind).toBeGreaterThan(0);
      for (const doc of docs) {
        expect(typeof doc.json, `${kind} ${doc._id}`).toBe('string');
        const body = JSON.parse(doc.json!);
        const fields = kind === 'header' ? { segments: unpackSegments(body) } : body;
        await indexDocs.updateOne({ _id: doc._id }, { $set: fields, $unset: { json: '' } });
      }
    };
    const fresh = await walkPages(store, runId, { passed: false }, 20);
    await unpack('batch');
    expect(await indexDocsAsJson.up(mongo.db)).toBeGreaterThan(0);
    expect(await walkPages(store, runId, { passed: false }, 20)).toEqual(fresh);
    await store.index.seal('p', runId);
    expect(await walkPages(store, runId, { passed: false }, 20)).toEqual(fresh);
    await unpack('segment');
    await unpack('header');
    expect(await indexDocsAsJson.up(mongo.db)).toBeGreaterThan(1);
    expect(await walkPages(store, runId, { passed: false }, 20)).toEqual(fresh);
    // Run again, it finds nothing left to move.
    expect(await indexDocsAsJson.up(mongo.db)).toBe(0);
  });

  it('leaves sealing past its deadline to a store job, reads staying exact meanwhile', async () => {
    const runId = 'run_index_late';
    const batches = makeRun(runId, 40, 9);
    await storeFinished(runId, batches);
    const before = await walkPages(store, runId, { error: false }, 30);
    expect(await store.index.seal('p', runId, { deadline: Date.now() - 1 })).toBe(false);
    const index = mongo.db.collection('run_result_index');
    expect(await index.findOne({ _id: `${runId}/h` as never })).toBeNull();
    expect(await walkPages(store, runId, { error: false }, 30)).toEqual(before);

    const jobs = new StoreJobs(mongo.db);
    await jobs.enqueue({ kind: 'seal_results_index', project_id: 'p', target_id: runId });
    await jobs.runPending();
    expect(await jobs.pending('seal_results_index')).toEqual([]);
    // The job seals with the default segment size.
    expect(await index.countDocuments({ run_id: runId, kind: 'segment' })).toBe(
      Math.ceil(160 / DEFAULT_SEGMENT_SIZE),
    );
    expect(await index.countDocuments({ run_id: runId, kind: 'batch' })).toBe(0);
    expect(await walkPages(store, runId, { error: false }, 30)).toEqual(before);
  });
});
