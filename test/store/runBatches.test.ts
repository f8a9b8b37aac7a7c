import { runBatchPairsAsJson } from '../../src/store/migrations/runBatchPairsAsJson.js';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/testDatabase.js';
import type { RunPair } from '../../src/core/runItems.js';
import { RUN_BATCHES_COLLECTION, RunBatchStore, runBatchKey } from '../../src/store/runBatches.js';

const db = useTestDatabase('batches');

const pairs: RunPair[] = Array.from({ length: 3 }, (_, i) => ({
  item_id: `dsi_${i}`,
  sample: {
    id: `dsi_${i}`,
    input: [{ role: 'user', content: `Question ${i} "quoted" ✓` }],
    output: `Answer ${i}`,
    metadata: { lang: 'de' },
    model: null,
  },
  ground_truth: null,
}));

describe('run batches', () => {
  it('stores a batch as one JSON string and reads it back whole', async () => {
    const store = new RunBatchStore(db());
    await store.write('p', 'run_json', 0, pairs);
    const stored = await db()
      .collection(RUN_BATCHES_COLLECTION)
      .findOne({ _id: runBatchKey('run_json', 0) as never });
    expect(typeof stored?.pairs_json).toBe('string');
    expect(stored?.pairs).toBeUndefined();
    expect((await store.read('run_json', 0))?.pairs).toEqual(pairs);
    // Prepared again (a retried preparation): replaced.
    await store.write('p', 'run_json', 0, pairs.slice(1));
    expect((await store.read('run_json', 0))?.pairs).toEqual(pairs.slice(1));
  });

  it('reads batches written before, with their pairs as documents, once the store migration moved them', async () => {
    await db()
      .collection(RUN_BATCHES_COLLECTION)
      .insertOne({
        _id: runBatchKey('run_fields', 0),
        project_id: 'p',
        run_id: 'run_fields',
        index: 0,
        pairs,
        created_at: 1,
      } as never);
    expect(await runBatchPairsAsJson.up(db())).toBe(1);
    expect((await new RunBatchStore(db()).read('run_fields', 0))?.pairs).toEqual(pairs);
  });
});
