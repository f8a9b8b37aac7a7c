import { describe, expect, it } from 'vitest';
import { post, seedContainer, seedJudge, useRunKit, waitForRun } from '../support/runKit.js';

/**
 * A provider refusing part of the calls (30% answered 429) with one attempt per item: the run
 * goes on, the refused items are item errors, and it never stalls as if the provider were down
 * (each batch used to stop at its first 429 although 70% of its calls succeeded).
 */
describe('a provider that refuses part of the calls', () => {
  const kit = useRunKit({ ASSAY_RUN_ITEM_ATTEMPTS: '1', ASSAY_RUN_BATCH_SIZE: '20' });

  it('slows the run down into item errors, never into a provider outage', async () => {
    const logs = Array.from({ length: 100 }, (_, i) => ({ input: `q${i}`, output: `a${i}` }));
    await seedContainer(kit.stack, 'partial', logs);
    await seedJudge(kit.stack, 'partial', 'partial-judge');
    kit.fake.setFaults({ rate: 0.3, kinds: ['429'], seed: 7 });
    const created = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'partial',
      evaluators: ['partial-judge'],
      sample: { type: 'container' },
    });
    const run = await waitForRun(kit.stack, created.id, undefined, 120_000);
    kit.fake.clearFaults();
    expect(run.status).toBe('completed');
    expect(run.status_reason).toBeNull();
    const refused = kit.fake.requests.filter((r) => r.faulted === '429').length;
    // Every refused call is its item's error (one attempt each); every other item is scored.
    expect(run.progress).toMatchObject({ total: 100, done: 100, failed: refused });
    expect(refused).toBeGreaterThan(10);
    expect(kit.fake.requests).toHaveLength(100);
  }, 150_000);
});
