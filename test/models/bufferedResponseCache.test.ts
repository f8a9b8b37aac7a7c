import { describe, expect, it } from 'vitest';
import { AnswerWriteBuffer, BufferedResponseCache } from '../../src/models/bufferedResponseCache.js';
import type { ModelReply } from '../../src/models/replies.js';
import type { CachedAnswer, ResponseCacheStore } from '../../src/models/responseCache.js';

const reply = (text: string) => ({ text, cached: false }) as unknown as ModelReply;

/** A store that records each write, and can be told to fail them. */
function recordingStore() {
  const writes: { keys: string[]; scope: string | undefined }[] = [];
  const stored = new Map<string, ModelReply>();
  let failWith: Error | null = null;
  const store: ResponseCacheStore = {
    get: async (key) => stored.get(key) ?? null,
    put: async (key, value, scope) => store.putMany([{ key, reply: value }], scope),
    putMany: async (entries: readonly CachedAnswer[], scope) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (failWith) throw failWith;
      writes.push({ keys: entries.map((e) => e.key), scope });
      for (const e of entries) stored.set(e.key, e.reply);
    },
  };
  return { store, writes, fail: (error: Error) => (failWith = error) };
}

describe('buffered response cache', () => {
  it('writes answers a group at a time, not one write per answer', async () => {
    const { store, writes } = recordingStore();
    const cache = new BufferedResponseCache(
      store,
      new AnswerWriteBuffer(store, { entries: 3, maxDelayMs: 60_000 }),
    );
    for (const key of ['a', 'b', 'c', 'd', 'e']) await cache.put(key, reply(key), 'run_1');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(writes).toEqual([{ keys: ['a', 'b', 'c'], scope: 'run_1' }]);
    await cache.flush();
    expect(writes).toEqual([
      { keys: ['a', 'b', 'c'], scope: 'run_1' },
      { keys: ['d', 'e'], scope: 'run_1' },
    ]);
  });

  it('writes a lone answer once it has waited maxDelayMs', async () => {
    const { store, writes } = recordingStore();
    const cache = new BufferedResponseCache(
      store,
      new AnswerWriteBuffer(store, { entries: 100, maxDelayMs: 30 }),
    );
    await cache.put('a', reply('a'), 'run_1');
    expect(writes).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(writes).toEqual([{ keys: ['a'], scope: 'run_1' }]);
  });

  it('answers from what waits to be written, and from the store', async () => {
    const { store } = recordingStore();
    const cache = new BufferedResponseCache(
      store,
      new AnswerWriteBuffer(store, { entries: 100, maxDelayMs: 60_000 }),
    );
    await cache.put('a', reply('four'), 'run_1');
    expect(await cache.get('a', 'run_1')).toMatchObject({ text: 'four', cached: true });
    expect(await cache.get('a', 'run_2')).toBeNull();
    await cache.flush();
    expect(await cache.get('a', 'run_1')).toMatchObject({ text: 'four' });
  });

  it('keeps scopes apart: one write per scope', async () => {
    const { store, writes } = recordingStore();
    const cache = new BufferedResponseCache(
      store,
      new AnswerWriteBuffer(store, { entries: 100, maxDelayMs: 60_000 }),
    );
    await cache.put('a', reply('a'), 'run_1');
    await cache.put('b', reply('b'), 'run_2');
    await cache.put('c', reply('c'), 'run_1');
    await cache.flush();
    expect(writes).toEqual([
      { keys: ['a', 'c'], scope: 'run_1' },
      { keys: ['b'], scope: 'run_2' },
    ]);
  });

  it("gathers the answers of a process's batches into one write, and each batch's flush waits for it", async () => {
    const { store, writes } = recordingStore();
    const buffer = new AnswerWriteBuffer(store, { entries: 100, maxDelayMs: 30 });
    const first = new BufferedResponseCache(store, buffer);
    const second = new BufferedResponseCache(store, buffer);
    await first.put('a', reply('a'), 'run_1');
    await second.put('b', reply('b'), 'run_1');
    // One batch's answers are readable by the other while they wait (same scope, same process).
    expect(await second.get('a', 'run_1')).toMatchObject({ text: 'a', cached: true });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(writes).toEqual([{ keys: ['a', 'b'], scope: 'run_1' }]);
    // A batch ending writes what waits at once, its own answers and the others' alike.
    await first.put('c', reply('c'), 'run_1');
    await second.put('d', reply('d'), 'run_1');
    await second.flush();
    expect(writes).toEqual([
      { keys: ['a', 'b'], scope: 'run_1' },
      { keys: ['c', 'd'], scope: 'run_1' },
    ]);
    await first.flush();
    expect(writes).toHaveLength(2);
  });

  it('fails the flush of every batch whose answers a failed write held, and only theirs', async () => {
    const { store, fail } = recordingStore();
    const buffer = new AnswerWriteBuffer(store, { entries: 100, maxDelayMs: 60_000 });
    const first = new BufferedResponseCache(store, buffer);
    const second = new BufferedResponseCache(store, buffer);
    const third = new BufferedResponseCache(store, buffer);
    await third.put('z', reply('z'), 'run_2');
    await third.flush();
    await first.put('a', reply('a'), 'run_1');
    await second.put('b', reply('b'), 'run_1');
    fail(new Error('store down'));
    await expect(first.flush()).rejects.toThrow('store down');
    await expect(second.flush()).rejects.toThrow('store down');
    await expect(second.put('c', reply('c'), 'run_1')).rejects.toThrow('store down');
    expect(await third.get('a', 'run_1')).toBeNull();
    // A batch none of whose answers the failed write held goes on (its next write may fail on its own).
    await expect(third.put('y', reply('y'), 'run_2')).resolves.toBeUndefined();
  });

  it('fails the flush, and every later put, when a write failed', async () => {
    const { store, fail } = recordingStore();
    const cache = new BufferedResponseCache(
      store,
      new AnswerWriteBuffer(store, { entries: 1, maxDelayMs: 60_000 }),
    );
    fail(new Error('store down'));
    await cache.put('a', reply('a'), 'run_1');
    await expect(cache.flush()).rejects.toThrow('store down');
    await expect(cache.put('b', reply('b'), 'run_1')).rejects.toThrow('store down');
  });
});
