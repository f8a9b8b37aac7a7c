import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectMongo, type MongoHandle } from '../../src/store/mongo.js';
import { ResultIndex } from '../../src/store/resultIndex.js';
import { mergeSorted, ResultIndexCache, resultIndexCache } from '../../src/store/resultIndexCache.js';
import { storedResult } from '../support/storedResult.js';
import { ResultDocCache } from '../../src/store/resultDocCache.js';
import {
  firstAbove,
  headerKey,
  indexBatchKey,
  planKey,
  type IndexEntry,
} from '../../src/store/resultIndexDocs.js';
import { RunResultStore, type RunResultDoc } from '../../src/store/runResults.js';

const entry = (id: string, passed: boolean | null = true): IndexEntry => [id, 'ev', null, 'scored', passed];

describe('the per-process cache of results-index reads', () => {
  it('merges sorted batches into one sorted list, one entry per id, counting only new entries', () => {
    const cache = new ResultIndexCache(100);
    let run = cache.unsealed('db/r', 3);
    run = cache.merge('db/r', run, [{ index: 1, entries: [entry('b'), entry('d', false)] }]);
    run = cache.merge('db/r', run, [
      { index: 0, entries: [entry('a'), entry('d', false)] },
      { index: 2, entries: [entry('c')] },
    ]);
    expect(run.entries.map(([id]) => id)).toEqual(['a', 'b', 'c', 'd']);
    expect([...run.groups.values()].map(({ passed, n }) => [passed, n])).toEqual([
      [true, 3],
      [false, 1],
    ]);
    expect([...run.seen].sort()).toEqual([0, 1, 2]);
    expect(run.highest).toBe(2);
    // Kept: the next page starts from it; a different plan starts over.
    expect(cache.unsealed('db/r', 3).entries).toHaveLength(4);
    expect(cache.unsealed('db/r', 4).entries).toHaveLength(0);
    expect(mergeSorted([entry('a'), entry('c')], [entry('a'), entry('b')]).fresh.map(([id]) => id)).toEqual([
      'b',
    ]);
  });

  it('drops the least recently read run past its entry budget, and what is forgotten or stale', async () => {
    let now = 0;
    const cache = new ResultIndexCache(5, () => now);
    cache.keepSealed('db/a', [{ first: 'a', last: 'b', groups: [] }]);
    cache.merge('db/b', cache.unsealed('db/b', 1), [
      { index: 0, entries: ['1', '2', '3'].map((id) => entry(id)) },
    ]);
    expect(cache.sealed('db/a')?.segments).toHaveLength(1);
    cache.keepSealed('db/c', [
      { first: 'c', last: 'd', groups: [] },
      { first: 'e', last: 'f', groups: [] },
    ]);
    expect(cache.unsealed('db/b', 1).entries).toHaveLength(0);
    expect(cache.sealed('db/a')).toEqual({ segments: [{ first: 'a', last: 'b', groups: [] }], stale: false });
    cache.forget('db/a');
    expect(cache.sealed('db/a')).toBeUndefined();
    // Past 30 s a header is served and read again, by one page only; unread for 10 minutes, it goes.
    now += 31_000;
    expect(cache.sealed('db/c')?.stale).toBe(true);
    let reads = 0;
    const read = async () => {
      reads++;
      return [{ first: 'c', last: 'g', groups: [] }];
    };
    cache.refresh('db/c', read);
    cache.refresh('db/c', read);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reads).toBe(1);
    expect(cache.sealed('db/c')).toEqual({ segments: [{ first: 'c', last: 'g', groups: [] }], stale: false });
    now += 10 * 60_000 + 1;
    expect(cache.sealed('db/c')).toBeUndefined();
  });

  it("looks a batch not found up again only after a running run's recheck time, and at once without it", async () => {
    let now = 0;
    const cache = new ResultIndexCache(100, () => now);
    const written = new Map<number, IndexEntry[]>([[0, [entry('a')]]]);
    const asked: number[] = [];
    const read = async (batch: number) => {
      asked.push(batch);
      return written.get(batch) ?? null;
    };
    const running = { planned: 4, lookAhead: 1, recheckMs: 1000 };
    const look = async (options: typeof running) => {
      asked.length = 0;
      const { run, missing } = await cache.finishedBatches('db/r', options, read);
      return { asked: [...asked], ids: run.entries.map(([id]) => id), missing };
    };
    // Batch 0 found, the one after it looked for and not found.
    expect(await look(running)).toEqual({ asked: [0, 1], ids: ['a'], missing: true });
    written.set(1, [entry('b')]);
    // Within the recheck time the page trails, and no batch was looked for...
    now = 999;
    expect(await look(running)).toEqual({ asked: [], ids: ['a'], missing: false });
    // ...unless the run is final: every batch not seen is looked up.
    expect(await look({ ...running, recheckMs: 0 })).toEqual({
      asked: [1, 2],
      ids: ['a', 'b'],
      missing: true,
    });
    // Batch 2 was not found at 999: looked up again from 1,999 on.
    now = 1998;
    expect(await look(running)).toEqual({ asked: [], ids: ['a', 'b'], missing: false });
    written.set(2, [entry('c')]);
    written.set(3, [entry('d')]);
    now = 1999;
    expect(await look(running)).toEqual({ asked: [2, 3], ids: ['a', 'b', 'c', 'd'], missing: false });
  });

  it('keeps looked-up result documents up to its size, dropping the least recently read', () => {
    const cache = new ResultDocCache(8000);
    const doc = (id: string, text = 'x'.repeat(700)) =>
      ({ _id: id, output: text }) as unknown as RunResultDoc;
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) cache.keep(doc(id));
    expect(cache.get('a')?._id).toBe('a');
    cache.keep(doc('i'));
    // 'b' was the least recently read once 'a' was read again.
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?._id).toBe('a');
    // Larger than an eighth of the whole: not kept.
    cache.keep(doc('big', 'x'.repeat(2000)));
    expect(cache.get('big')).toBeUndefined();
  });

  it('finds where a cursor falls in sorted entries', () => {
    const entries = ['a', 'c', 'e'].map((id) => entry(id));
    expect(firstAbove(entries, 'c', true)).toBe(2);
    expect(firstAbove(entries, 'c', false)).toBe(1);
    expect(firstAbove(entries, 'b', true)).toBe(1);
    expect(firstAbove(entries, 'z', false)).toBe(3);
  });
});

describe('pages of a run through its life, read through the cache', () => {
  let mongo: MongoHandle;
  let store: RunResultStore;
  beforeAll(async () => {
    mongo = await connectMongo(inject('mongoUri'), `assay_test_pages_${randomBytes(4).toString('hex')}`);
    store = new RunResultStore(mongo.db, new ResultIndex(mongo.db, 16));
  });
  afterAll(async () => {
    await mongo.db.dropDatabase();
    await mongo.close();
  });

  const result = (runId: string, i: number, batch: number): RunResultDoc =>
    storedResult(runId, `item-${String((i * 37) % 400).padStart(3, '0')}`, 'ev', null, {
      status: 'scored',
      score: i % 2,
      passed: i % 2 === 1,
      batch,
    });

  /** Every page's ids, forwards, with the total each page gave. */
  async function allPages(runId: string, filter: { passed?: boolean }) {
    const ids: string[] = [];
    const totals = new Set<number>();
    let page = await store.page(runId, filter, { limit: 30 });
    for (;;) {
      totals.add(page.total);
      ids.push(...page.data.map((r) => r.id));
      if (!page.has_more) break;
      page = await store.page(runId, filter, { limit: 30, after: page.last_id! });
    }
    return { ids, totals: [...totals] };
  }

  it('lists exactly the finished batches while running, the same while sealing and once sealed', async () => {
    const runId = 'run_pages_life';
    // 40 batches of 10 (more than a page looks ahead of the highest batch it saw), ids interleaved.
    // Pages are read every 6 batches: the look-ahead extends past each batch found.
    const batches = Array.from({ length: 40 }, (_, b) =>
      Array.from({ length: 10 }, (_, i) => result(runId, b * 10 + i, b)),
    );
    for (const batch of batches) await store.insert(batch);
    await store.index.writePlan('p', runId, batches.length, 4);
    const finished: RunResultDoc[] = [];
    const expected = (passed?: boolean) =>
      finished
        .filter((r) => passed === undefined || r.passed === passed)
        .map((r) => r._id)
        .sort();
    // A window of 4, batches finishing out of order inside it, and one sent back that finishes last.
    const order = [1, 0, 3, 2, 5, 4, 6, 7, 9, 8, ...Array.from({ length: 29 }, (_, k) => 11 + k), 10];
    for (const [n, k] of order.entries()) {
      // Odd batches carry their results whole, even ones entries only: both layouts in one run.
      await store.index.writeBatch('p', runId, k, batches[k]!, { carry: k % 2 === 1 });
      finished.push(...batches[k]!);
      if (n % 6 !== 0 && n !== order.length - 1) continue;
      for (const passed of [undefined, true]) {
        const seen = await allPages(runId, passed === undefined ? {} : { passed });
        expect(seen.ids, `after ${n + 1} batches`).toEqual(expected(passed));
        expect(seen.totals).toEqual([expected(passed).length]);
      }
    }
    const whole = await allPages(runId, {});
    // Sealing cut short (no header yet, batches all there): the same pages.
    expect(await store.index.seal('p', runId, { deadline: Date.now() - 1 })).toBe(false);
    expect(await allPages(runId, {})).toEqual(whole);
    // A page cut between writing the header and dropping the batches, from a cold cache: the same.
    await store.index.seal('p', runId);
    expect(await allPages(runId, {})).toEqual(whole);
    const fresh = new RunResultStore(mongo.db, new ResultIndex(mongo.db, 16));
    const sealedPage = (await fresh.page(runId, {}, { limit: 400 })).data;
    expect(sealedPage.map((r) => r.id)).toEqual(whole.ids);
    // The seal copied carried results from the batches, the others from their documents: all whole.
    const byId = new Map(finished.map((r) => [r._id, r]));
    expect(sealedPage.map((r) => [r.score, r.passed, r.item_id])).toEqual(
      whole.ids.map((id) => [byId.get(id)!.score, byId.get(id)!.passed, byId.get(id)!.item_id]),
    );
    // Retention empties the list at once, though the header was kept by this process.
    await store.index.expire(runId);
    expect((await store.page(runId, {}, { limit: 30 })).total).toBe(0);
  });

  /** A run of two batches of five results, the first finished; answers what finishes the second. */
  async function twoBatchRunHalfDone(runId: string): Promise<() => Promise<void>> {
    const batches = [0, 1].map((b) => Array.from({ length: 5 }, (_, i) => result(runId, b * 5 + i, b)));
    for (const batch of batches) await store.insert(batch);
    await store.index.writePlan('p', runId, 2, 2);
    await store.index.writeBatch('p', runId, 0, batches[0]!, { carry: true });
    return () => store.index.writeBatch('p', runId, 1, batches[1]!, { carry: true });
  }

  it("trails a running run's batches by at most a recheck, and never once the run is final", async () => {
    const runId = 'run_pages_trail';
    const finishSecond = await twoBatchRunHalfDone(runId);
    const total = async (freshness: { running?: boolean }) =>
      (await store.page(runId, {}, { limit: 30 }, freshness)).total;
    expect(await total({ running: true })).toBe(5); // batch 1 looked for, not found
    await finishSecond();
    // Read again at once: a running run's page trails; a final run's (the default) does not.
    expect(await total({ running: true })).toBe(5);
    expect(await total({})).toBe(10);
    expect(await total({ running: true })).toBe(10);
  });

  it('stops a seal past its deadline before reading a batch, and while dropping them', async () => {
    const runId = 'run_pages_deadline';
    const finishSecond = await twoBatchRunHalfDone(runId);
    await finishSecond();
    // A client of its own, to see which index documents a seal reads.
    const watched = new MongoClient(inject('mongoUri'), { monitorCommands: true });
    const read: unknown[] = [];
    watched.on('commandStarted', (event) => {
      if (event.commandName === 'find') read.push(event.command.filter?._id);
    });
    try {
      const index = new ResultIndex(watched.db(mongo.db.databaseName), 16);
      expect(await index.seal('p', runId, { deadline: Date.now() - 1 })).toBe(false);
      // The plan and the header, and none of the batches (a big run's take most of a budget).
      expect(read.sort()).toEqual([headerKey(runId), planKey(runId)]);
    } finally {
      await watched.close();
    }
    expect(await store.index.seal('p', runId)).toBe(true);
    // A batch written again after the seal (a late attempt's): past the deadline it stays, unread.
    await store.index.writeBatch('p', runId, 1, []);
    const leftover = () => store.index.collection.findOne({ _id: indexBatchKey(runId, 1) });
    expect(await store.index.seal('p', runId, { deadline: Date.now() - 1 })).toBe(false);
    expect(await leftover()).not.toBeNull();
    expect((await store.page(runId, {}, { limit: 30 })).total).toBe(10);
    expect(await store.index.seal('p', runId)).toBe(true);
    expect(await leftover()).toBeNull();
  });

  it('finds the header of a run another process sealed since its last running page here', async () => {
    const runId = 'run_pages_sealed_elsewhere';
    const finishSecond = await twoBatchRunHalfDone(runId);
    const running = async () => (await store.page(runId, {}, { limit: 30 }, { running: true })).total;
    expect(await running()).toBe(5);
    // Batch 1 finishes and the seal drops both batches. A seal here forgets what this process
    // keeps of the run; one in another process (the worker's) would not: kept again, as it was.
    const key = `${mongo.db.databaseName}/${runId}`;
    const plan = resultIndexCache.knownPlan(key)!;
    await finishSecond();
    expect(await store.index.seal('p', runId)).toBe(true);
    resultIndexCache.merge(key, resultIndexCache.unsealed(key, plan.planned, plan.lookAhead), []);
    expect(await running()).toBe(10);
  });
});
