import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { ChatMessage } from '../../src/domain/common.js';
import { ModelClient, type ModelRequest } from '../../src/models/modelClient.js';
import { responseCacheKey } from '../../src/models/responseCache.js';
import { MongoResponseCache, responseCacheCollection } from '../../src/store/responseCache.js';
import { connectMongo, type MongoHandle } from '../../src/store/mongo.js';
import { FakeLlmServer } from '../support/fake-llm/server.js';
import { fakeRegistry } from './fakeProvider.js';
import type { ModelReply } from '../../src/models/replies.js';
import { CachingModelClient } from '../../src/models/cachingModelClient.js';

let server: FakeLlmServer;
let client: ModelClient;
let mongo: MongoHandle;
let cache: MongoResponseCache<ModelReply>;

beforeAll(async () => {
  server = await FakeLlmServer.start({ port: 0 });
  client = new ModelClient(fakeRegistry(server));
  mongo = await connectMongo(inject('mongoUri'), `assay_test_cache_${randomBytes(4).toString('hex')}`);
  cache = new MongoResponseCache<ModelReply>(mongo.db);
});
afterAll(async () => {
  await server.close();
  await mongo.db.dropDatabase();
  await mongo.close();
});
beforeEach(() => server.reset());

const messages: ChatMessage[] = [{ role: 'user', content: 'What is 2+2?' }];
const request = (overrides: Partial<ModelRequest> = {}): ModelRequest => ({
  slug: 'fake/gpt-4o-mini',
  apiType: 'chat_completions',
  messages,
  inferenceParams: { temperature: 0 },
  ...overrides,
});
/** The model client with the run's response cache around it. */
const cached = (scope = 'run_cache_a') => new CachingModelClient(client, cache, scope);

describe('response cache', () => {
  it('answers a repeated request from MongoDB without calling the model again', async () => {
    server.on({}, () => ({ content: 'four', usage: { promptTokens: 12, completionTokens: 1 } }));
    const first = await cached().complete(request());
    const second = await cached().complete(request());
    expect(first).toMatchObject({ text: 'four', cached: false });
    expect(second).toEqual({ ...first, cached: true });
    expect(server.requests).toHaveLength(1);

    const stored = await mongo.db.collection(responseCacheCollection('run_cache_a')).find().toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      _id: expect.stringMatching(/^[0-9a-f]{64}$/),
      scope: 'run_cache_a',
      reply: { text: 'four', usage: { input: 12, output: 1 }, model: 'gpt-4o-mini' },
      created_at: expect.any(Number),
    });
  });

  it("asks for the model's allowance in the batch's turn within its run", async () => {
    const orders: (number | undefined)[] = [];
    const watched = {
      resolve: (slug: string) => client.resolve(slug),
      complete: (asked: ModelRequest) => {
        orders.push(asked.order);
        return client.complete(asked);
      },
    };
    await new CachingModelClient(watched, cache, 'run_cache_order', undefined, 7).complete(request());
    expect(orders).toEqual([7]);
  });

  it('keys by scope, model, API and parameters, so different requests are not shared', async () => {
    await cached('run_cache_b').complete(request());
    await cached('run_cache_c').complete(request());
    await cached('run_cache_b').complete(request({ inferenceParams: { temperature: 1 } }));
    await cached('run_cache_b').complete(request({ slug: 'fake/gpt-4o' }));
    await cached('run_cache_b').complete(request({ apiType: 'responses' }));
    expect(server.requests).toHaveLength(5);
    await cached('run_cache_b').complete(request({ apiType: 'responses' }));
    expect(server.requests).toHaveLength(5);
  });

  it('hashes requests canonically: key order does not matter, content does', () => {
    const parts = {
      baseURL: 'http://x/v1',
      model: 'm',
      apiType: 'chat_completions',
      messages,
      params: { temperature: 0, top_p: 1 },
      scope: 's',
    };
    const key = responseCacheKey(parts);
    expect(responseCacheKey({ ...parts, params: { top_p: 1, temperature: 0 } })).toBe(key);
    expect(responseCacheKey({ ...parts, baseURL: 'http://y/v1' })).not.toBe(key);
    expect(responseCacheKey({ ...parts, messages: [{ role: 'user', content: 'What is 2+3?' }] })).not.toBe(
      key,
    );
  });

  it('keeps the first answer when two attempts store the same key, and deletes a scope', async () => {
    const reply = { text: 'one', usage: { input: 1, output: 1 }, latencyMs: 5, model: 'm', cached: false };
    await cache.put('k'.repeat(64), reply, 'run_cache_d');
    await cache.put('k'.repeat(64), { ...reply, text: 'two' }, 'run_cache_d');
    expect(await cache.get('k'.repeat(64), 'run_cache_d')).toEqual({ ...reply, cached: true });
    expect(await cache.deleteScope('run_cache_d')).toBe(1);
    expect(await cache.get('k'.repeat(64), 'run_cache_d')).toBeNull();
  });

  it('deletes a whole scope at once (its own collection) and leaves other scopes', async () => {
    const reply = { text: 'x', usage: { input: 1, output: 1 }, latencyMs: 1, model: 'm' };
    const docs = Array.from({ length: 500 }, (_, i) => ({
      _id: `big-${i}`,
      scope: 'run_cache_big',
      reply,
      created_at: 0,
    }));
    const big = mongo.db.collection<{ _id: string }>(responseCacheCollection('run_cache_big'));
    for (let i = 0; i < docs.length; i += 250) await big.insertMany(docs.slice(i, i + 250));
    await cache.put('k'.repeat(64), { ...reply, cached: false }, 'run_cache_other');

    expect(await cache.deleteScope('run_cache_big')).toBe(500);
    expect(await cache.get('big-7', 'run_cache_big')).toBeNull();
    expect(await cache.get('k'.repeat(64), 'run_cache_other')).toMatchObject({ text: 'x', cached: true });
    expect(await cache.deleteScope('run_cache_never_used')).toBe(0);
  });

  it('drops a scope without counting it (what a finished run does), a never-used one too', async () => {
    const reply = { text: 'y', usage: { input: 1, output: 1 }, latencyMs: 1, model: 'm', cached: false };
    await cache.putMany(
      [
        { key: 'a'.repeat(64), reply },
        { key: 'b'.repeat(64), reply },
      ],
      'run_cache_e',
    );
    await cache.put('c'.repeat(64), reply, 'run_cache_kept');
    await cache.dropScope('run_cache_e');
    const names = (await mongo.db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
    expect(names).not.toContain(responseCacheCollection('run_cache_e'));
    expect(names).toContain(responseCacheCollection('run_cache_kept'));
    await expect(cache.dropScope('run_cache_never_used_either')).resolves.toBeUndefined();
  });

  it('resolves the model before looking in the cache: a slug no provider serves is not_found', async () => {
    await expect(cached().complete(request({ slug: 'nowhere/model' }))).rejects.toMatchObject({
      kind: 'not_found',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('does not cache failures', async () => {
    server.on({}, () => ({ fault: '503' }));
    await expect(cached('run_cache_e').complete(request())).rejects.toMatchObject({
      kind: 'server_error',
    });
    server.reset();
    server.on({}, 'recovered');
    expect(await cached('run_cache_e').complete(request())).toMatchObject({
      text: 'recovered',
      cached: false,
    });
  });
});
