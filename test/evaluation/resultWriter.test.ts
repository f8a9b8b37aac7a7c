import { describe, expect, it } from 'vitest';
import { ResultWriter } from '../../src/evaluation/resultWriter.js';
import type { RunResultDoc } from '../../src/store/runResults.js';

const docs = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ _id: `run/item-${i}/e` }) as unknown as RunResultDoc);

/** Pure: how a batch's results reach the store. */
describe('ResultWriter', () => {
  it('writes results known at once in a few large inserts, every one of them exactly once', async () => {
    const inserts: RunResultDoc[][] = [];
    const writer = new ResultWriter({ insert: async (batch) => void inserts.push(batch) }, new Map());
    const all = docs(1010);
    await writer.addAll(all);
    expect(writer.results.size).toBe(1010);
    expect(inserts.map((batch) => batch.length)).toEqual([500, 500, 10]);
    expect(inserts.flat().map((doc) => doc._id)).toEqual(all.map((doc) => doc._id));
  });

  it('still writes results that come one by one a few dozen at a time', async () => {
    const inserts: RunResultDoc[][] = [];
    const writer = new ResultWriter({ insert: async (batch) => void inserts.push(batch) }, new Map());
    for (const doc of docs(60)) await writer.add(doc);
    await writer.flush();
    expect(inserts.map((batch) => batch.length)).toEqual([25, 25, 10]);
  });
});

/** Pure: results streamed from a synchronous callback (a code sandbox's outcomes). */
describe('ResultWriter.stream', () => {
  it('starts writing while results still arrive, and writes each exactly once', async () => {
    const inserts: RunResultDoc[][] = [];
    let release: () => void = () => {};
    const firstInsertHeld = new Promise<void>((resolve) => (release = resolve));
    const writer = new ResultWriter(
      {
        insert: async (batch) => {
          inserts.push(batch);
          if (inserts.length === 1) await firstInsertHeld;
        },
      },
      new Map(),
    );
    const stream = writer.stream();
    const all = docs(1300);
    all.slice(0, 99).forEach((doc) => stream.push(doc));
    expect(inserts).toHaveLength(0); // fewer than a stream's smallest insert
    stream.push(all[99]!);
    expect(inserts.map((batch) => batch.length)).toEqual([100]); // started before the rest arrived
    all.slice(100).forEach((doc) => stream.push(doc));
    release();
    await stream.end();
    // What arrived during the first insert went in the largest inserts allowed, in order.
    expect(inserts.map((batch) => batch.length)).toEqual([100, 500, 500, 200]);
    expect(inserts.flat().map((doc) => doc._id)).toEqual(all.map((doc) => doc._id));
    expect(writer.results.size).toBe(1300);
  });

  it('reports a failed insert at the end and inserts nothing after it', async () => {
    const inserts: RunResultDoc[][] = [];
    const writer = new ResultWriter(
      {
        insert: async (batch) => {
          inserts.push(batch);
          throw new Error('store unavailable');
        },
      },
      new Map(),
    );
    const stream = writer.stream();
    docs(250).forEach((doc) => stream.push(doc));
    await expect(stream.end()).rejects.toThrow('store unavailable');
    expect(inserts).toHaveLength(1);
  });
});
