import { describe, expect, it } from 'vitest';
import { ITEMS_BEFORE_LARGE_BATCHES } from '../../src/core/batchSizing.js';
import { runProgressQuery } from '../../src/workflows/definitions.js';
import { defaultReplyFor } from '../support/fake-llm/default-reply.js';
import { countResults, post, seedContainer, seedJudge, useRunKit, waitForRun } from '../support/runKit.js';

// 100, 100, then one large batch of 300 and a last one of 120.
const ITEMS = ITEMS_BEFORE_LARGE_BATCHES + 300 + 120;
const logs = Array.from({ length: ITEMS }, (_, i) => ({ input: `q${i}`, output: `a${i}` }));

/**
 * A run past its first 200 items takes larger batches (ASSAY_RUN_LARGE_BATCH_SIZE): here batches
 * of 100, then one of 300 and the last 120, one batch at a time, four items of a first-size batch
 * at once. The large batch counts as three: three times the items at once and three times the time
 * limits; the last one as what it holds, two.
 */
describe('a long run in larger batches', () => {
  const kit = useRunKit({
    ASSAY_RUN_BATCH_SIZE: '100',
    ASSAY_RUN_LARGE_BATCH_SIZE: '300',
    ASSAY_RUN_WINDOW: '1',
    ASSAY_RUN_ITEM_CONCURRENCY: '4',
  });

  it('cuts the items past the first 200 into large batches, each with the room of the batches it counts as', async () => {
    // Calls in flight at once, in the first 200 calls and after them (batches run one at a time).
    const peak = { first: 0, large: 0 };
    let inFlight = 0;
    let received = 0;
    kit.fake.on({}, async (req) => {
      const part = received++ < ITEMS_BEFORE_LARGE_BATCHES ? 'first' : 'large';
      inFlight++;
      peak[part] = Math.max(peak[part], inFlight);
      await new Promise((resolve) => setTimeout(resolve, 25));
      inFlight--;
      return defaultReplyFor(req);
    });
    await seedContainer(kit.stack, 'long', logs);
    await seedJudge(kit.stack, 'long', 'long-judge');
    const created = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'long',
      evaluators: ['long-judge'],
      sample: { type: 'container' },
    });
    const run = await waitForRun(kit.stack, created.id, undefined, 120_000);
    expect(run.status).toBe('completed');
    expect(run.progress).toMatchObject({ total: ITEMS, done: ITEMS, failed: 0 });
    expect(await countResults(kit.stack, run.id)).toBe(ITEMS);
    expect(kit.fake.requests).toHaveLength(ITEMS);

    const handle = kit.stack.api.ctx.temporal.workflow.getHandle(run.id);
    expect(await handle.query(runProgressQuery)).toMatchObject({ batchCount: 4, batchesDone: 4 });
    expect(peak).toEqual({ first: 4, large: 12 });

    // One batch at a time and none retried: the scheduled batches, in order.
    const history = await handle.fetchHistory();
    const seconds = (d: { seconds?: unknown } | null | undefined) => Number(d?.seconds ?? 0);
    const batches = (history.events ?? []).flatMap((e) => {
      const scheduled = e.activityTaskScheduledEventAttributes;
      if (scheduled?.activityType?.name !== 'evaluateBatch') return [];
      return [[seconds(scheduled.startToCloseTimeout), seconds(scheduled.scheduleToCloseTimeout)]];
    });
    expect(batches).toEqual([
      [1800, 3600],
      [1800, 3600],
      [5400, 10800],
      [3600, 7200],
    ]);
  }, 150_000);
});
