import { StoreJobs } from '../../src/store/storeJobs.js';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { TaskLogListQuery } from '../../src/domain/logs.js';
import { ContainerStore } from '../../src/store/containers.js';
import { TASK_LOG_CHUNKS_COLLECTION } from '../../src/store/logChunks.js';
import { TaskLogStore } from '../../src/store/logs.js';
import { connectMongo, type MongoHandle } from '../../src/store/mongo.js';

let mongo: MongoHandle;
let logs: TaskLogStore;
let containerId: string;

const HOUR = 3600;
const base = 1_700_000_000 - (1_700_000_000 % 86_400);

/** 300 logs over three days, two languages, two models, every one at its own second. */
const sent = Array.from({ length: 300 }, (_, i) => ({
  id: `l${i}`,
  input: `q${i}`,
  output: `a${i}`,
  model: i % 3 ? 'm1' : 'm2',
  metadata: { lang: i % 2 ? 'en' : 'de' },
  created_at: base + Math.floor((i * 3 * 86_400) / 300) - (i % 7 === 0 ? 1 : 0),
}));

/** The ids a listing should answer, newest call first, worked out from what was sent. */
const expected = (query: Omit<TaskLogListQuery, 'limit'>) =>
  sent
    .filter(
      (log) =>
        log.created_at >= query.since! &&
        (query.until === undefined || log.created_at < query.until) &&
        (query.model === undefined || log.model === query.model) &&
        Object.entries(query.metadata ?? {}).every(([key, value]) => log.metadata[key as 'lang'] === value),
    )
    .sort((a, b) => b.created_at - a.created_at)
    .map((log) => `log_${log.id}`);

beforeAll(async () => {
  mongo = await connectMongo(inject('mongoUri'), `assay_test_logchunks_${randomBytes(4).toString('hex')}`);
  const containers = new ContainerStore(mongo.db, 'p', new StoreJobs(mongo.db));
  containerId = (await containers.create({ label: 'bot' })).id;
  logs = new TaskLogStore(mongo.db, 'p');
  // Sent in batches that span hours.
  for (let batch = 0; batch < 6; batch++)
    await logs.ingest(containerId, sent.slice(batch * 50, batch * 50 + 50));
  // A re-sent batch stores nothing new, chunks included.
  const again = await logs.ingest(containerId, [{ id: 'l0', input: 'q0', output: 'a0' }]);
  expect(again.duplicates).toBe(1);
});
afterAll(async () => {
  await mongo.db.dropDatabase();
  await mongo.close();
});

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
  it('lists a time range from chunks, paged both ways, and iterates it oldest first', async () => {
    expect(await mongo.db.collection(TASK_LOG_CHUNKS_COLLECTION).countDocuments()).toBeGreaterThan(6);
    for (const query of queries) {
      const want = expected(query);
      const fromChunks = await walk(query, 15);
      expect(fromChunks.ids, JSON.stringify(query)).toEqual(want);
      expect(fromChunks.total).toBe(want.length);
      expect(fromChunks.back).toEqual(want.slice(0, -1));
      expect(want.length).toBeGreaterThan(0);
    }
    const iterated = [];
    for await (const log of logs.iterate(containerId, {
      since: base + 10 * HOUR,
      until: base + 50 * HOUR,
      limit: 40,
    }))
      iterated.push(log.id);
    expect(iterated).toEqual(
      expected({ since: base + 10 * HOUR, until: base + 50 * HOUR })
        .reverse()
        .slice(0, 40),
    );
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
