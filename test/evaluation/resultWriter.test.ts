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

  it('holds results that come one by one until the batch flushes, 500 at most at a time', async () => {
    const inserts: RunResultDoc[][] = [];
    const writer = new ResultWriter({ insert: async (batch) => void inserts.push(batch) }, new Map());
    for (const doc of docs(100)) await writer.add(doc);
    // A whole batch of the default size: nothing written until its end, then one insert.
    expect(inserts).toEqual([]);
    expect(writer.results.size).toBe(100);
    await writer.flush();
    expect(inserts.map((batch) => batch.length)).toEqual([100]);
    for (const doc of docs(1200)) await writer.add(doc);
    await writer.flush();
    expect(inserts.map((batch) => batch.length)).toEqual([100, 500, 500, 200]);
  });
});
