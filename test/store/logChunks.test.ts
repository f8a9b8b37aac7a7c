import { StoreJobs } from '../../src/store/storeJobs.js';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { TaskLogListQuery } from '../../src/domain/logs.js';
import { ContainerStore } from '../../src/store/containers.js';
import { TASK_LOG_CHUNKS_COLLECTION, TASK_LOG_WINDOWS_COLLECTION } from '../../src/store/logChunks.js';
import { TaskLogStore } from '../../src/store/logs.js';
import { connectMongo, type MongoHandle } from '../../src/store/mongo.js';

let mongo: MongoHandle;
let logs: TaskLogStore;
let containerId: string;

const HOUR = 3600;
const base = 1_700_000_000 - (1_700_000_000 % 86_400);

beforeAll(async () => {
  mongo = await connectMongo(inject('mongoUri'), `assay_test_logchunks_${randomBytes(4).toString('hex')}`);
  const containers = new ContainerStore(mongo.db, 'p', new StoreJobs(mongo.db));
  containerId = (await containers.create({ label: 'bot' })).id;
  logs = new TaskLogStore(mongo.db, 'p');
  // 300 logs over three days, two languages, two models; sent in batches that span hours.
  for (let batch = 0; batch < 6; batch++) {
    await logs.ingest(
      containerId,
      Array.from({ length: 50 }, (_, j) => {
        const i = batch * 50 + j;
        return {
          id: `l${i}`,
          input: `q${i}`,
          output: `a${i}`,
          model: i % 3 ? 'm1' : 'm2',
          metadata: { lang: i % 2 ? 'en' : 'de' },
          created_at: base + Math.floor((i * 3 * 86_400) / 300) - (i % 7 === 0 ? 1 : 0),
        };
      }),
    );
  }
  // A re-sent batch stores nothing new, chunks included.
  const again = await logs.ingest(containerId, [{ id: 'l0', input: 'q0', output: 'a0' }]);
  expect(again.duplicates).toBe(1);
});
afterAll(async () => {
  await mongo.db.dropDatabase();
  await mongo.close();
});

const layout = () =>
  mongo.db.collection(TASK_LOG_WINDOWS_COLLECTION).findOne({ _id: `p/${containerId}/layout` as never });

/** Every page of a listing, forwards with `after` and back with `before`. */
async function walk(query: Omit<TaskLogListQuery, 'limit'>, limit: number) {
  const ids: string[] = [];
  let page = await logs.list(containerId, { ...query, limit });
  ids.push(...page.data.map((l) => l.id));
  while (page.has_more) {
    page = await logs.list(containerId, { ...query, limit, after: page.last_id! });
    ids.push(...page.data.map((l) => l.id));
  }
  const back: string[] = [];
  let prev = await logs.list(containerId, { ...query, limit, before: ids.at(-1)! });
  back.unshift(...prev.data.map((l) => l.id));
  while (prev.has_more) {
    prev = await logs.list(containerId, { ...query, limit, before: prev.first_id! });
    back.unshift(...prev.data.map((l) => l.id));
  }
  return { ids, back, total: page.total };
}

const queries: Omit<TaskLogListQuery, 'limit'>[] = [
  { since: base, until: base + 86_400 },
  { since: base + 5 * HOUR, until: base + 30 * HOUR, metadata: { lang: 'de' } },
  { since: base + 40 * HOUR, model: 'm2' },
  { since: base - HOUR, until: base + 2 * HOUR, metadata: { lang: 'en' }, model: 'm1' },
];

describe('task logs in time chunks', () => {
  it('lists a time range from chunks exactly as the query path does, and iterates it oldest first', async () => {
    const marker = await layout();
    expect(marker).not.toBeNull();
    expect(await mongo.db.collection(TASK_LOG_CHUNKS_COLLECTION).countDocuments()).toBeGreaterThan(6);
    const fromChunks = [];
    for (const query of queries) fromChunks.push(await walk(query, 15));
    const iterated = [];
    for await (const log of logs.iterate(containerId, {
      since: base + 10 * HOUR,
      until: base + 50 * HOUR,
      limit: 40,
    }))
      iterated.push(log.id);

    // The same reads through the query path (as for a container from before chunks).
    await mongo.db.collection(TASK_LOG_WINDOWS_COLLECTION).deleteOne({ _id: marker!._id });
    for (const [i, query] of queries.entries()) {
      const fromQuery = await walk(query, 15);
      expect(fromChunks[i]!.ids, JSON.stringify(query)).toEqual(fromQuery.ids);
      expect(fromChunks[i]!.total).toBe(fromQuery.ids.length);
      expect(fromChunks[i]!.back).toEqual(fromQuery.ids.slice(0, -1));
      expect(fromQuery.ids.length).toBeGreaterThan(0);
    }
    const queried = [];
    for await (const log of logs.iterate(containerId, {
      since: base + 10 * HOUR,
      until: base + 50 * HOUR,
      limit: 40,
    }))
      queried.push(log.id);
    expect(iterated).toEqual(queried);
    expect(iterated).toHaveLength(40);
    await mongo.db.collection(TASK_LOG_WINDOWS_COLLECTION).insertOne(marker!);
  });

  it('finds every chunk of an hour that many ingestions wrote to', async () => {
    const busy = (await new ContainerStore(mongo.db, 'p', new StoreJobs(mongo.db)).create({ label: 'busy' }))
      .id;
    const hour = base + 100 * HOUR;
    // One log per ingestion: the hour gets 21 chunks, past every probe width (2, 4, 8, 16).
    for (let i = 0; i < 21; i++) {
      await logs.ingest(busy, [{ id: `busy${i}`, input: 'q', output: 'a', created_at: hour + i }]);
    }
    const chunks = await mongo.db
      .collection(TASK_LOG_CHUNKS_COLLECTION)
      .countDocuments({ container_id: busy });
    expect(chunks).toBe(21);
    const page = await logs.list(busy, { since: hour, until: hour + HOUR, limit: 100 });
    expect(page.total).toBe(21);
    expect(page.data.map((l) => l.id)).toEqual(Array.from({ length: 21 }, (_, i) => `log_busy${20 - i}`));
  });
});
