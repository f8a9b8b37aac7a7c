import { describe, expect, it } from 'vitest';
import {
  batchItemConcurrency,
  batchItemLimit,
  batchScale,
  batchTimeLimitsMs,
  ITEMS_BEFORE_LARGE_BATCHES,
  plannedBatchUnits,
} from '../../src/core/batchSizing.js';

/** Pure: how a run is cut into batches, and what a large batch counts as. */
describe('batch sizing', () => {
  const sizes = { items: 100, largeItems: 500 };

  it('keeps the first size for the first 200 items, then takes the large one', () => {
    expect(ITEMS_BEFORE_LARGE_BATCHES).toBe(200);
    expect(batchItemLimit(sizes, 0)).toBe(100);
    expect(batchItemLimit(sizes, 199)).toBe(100);
    expect(batchItemLimit(sizes, 200)).toBe(500);
    // A large size under the first one is no large size.
    expect(batchItemLimit({ items: 100, largeItems: 20 }, 5_000)).toBe(100);
  });

  it('counts a large batch as its size over the first size, rounded up; older plans count 1 each', () => {
    const plan = { batchCount: 14, sizing: { ...sizes, largeFrom: 10 } };
    expect(batchScale(plan, 9)).toBe(1);
    expect(batchScale(plan, 10)).toBe(5);
    expect(batchScale({ batchCount: 14, sizing: { items: 100, largeItems: 250, largeFrom: 10 } }, 12)).toBe(
      3,
    );
    expect(batchScale({ batchCount: 14 }, 12)).toBe(1);
    expect(plannedBatchUnits(plan)).toBe(10 + 4 * 5);
    expect(plannedBatchUnits({ batchCount: 7 })).toBe(7);
    // Prepared before the run reached its large batches: none counted.
    expect(plannedBatchUnits({ batchCount: 7, sizing: { ...sizes, largeFrom: 7 } })).toBe(7);
  });

  it('counts the last batch as what it holds, when the plan says', () => {
    // 1,030 items: 100, 100, then 500, 330.
    const plan = { batchCount: 4, sizing: { ...sizes, largeFrom: 2, lastItems: 330 } };
    expect([0, 1, 2, 3].map((index) => batchScale(plan, index))).toEqual([1, 1, 5, 4]);
    expect(plannedBatchUnits(plan)).toBe(1 + 1 + 5 + 4);
    // A last batch no larger than the first size counts as one; only the last one is read so.
    const short = { batchCount: 4, sizing: { ...sizes, largeFrom: 2, lastItems: 30 } };
    expect([2, 3].map((index) => batchScale(short, index))).toEqual([5, 1]);
    expect(plannedBatchUnits(short)).toBe(8);
    // A single large batch is also the last.
    expect(plannedBatchUnits({ batchCount: 3, sizing: { ...sizes, largeFrom: 2, lastItems: 250 } })).toBe(5);
  });

  it('gives a large batch the time limits of the batches it counts as, together', () => {
    expect(batchTimeLimitsMs(1)).toEqual({ attempt: 30 * 60_000, allAttempts: 60 * 60_000 });
    expect(batchTimeLimitsMs(5)).toEqual({ attempt: 150 * 60_000, allAttempts: 300 * 60_000 });
  });

  it('gives a large batch the item concurrency of the first-size batches it counts as', () => {
    const env = { ASSAY_RUN_BATCH_SIZE: 100, ASSAY_RUN_ITEM_CONCURRENCY: 16 };
    expect(batchItemConcurrency(1, env)).toBe(16);
    expect(batchItemConcurrency(100, env)).toBe(16);
    expect(batchItemConcurrency(101, env)).toBe(32);
    expect(batchItemConcurrency(500, env)).toBe(80);
  });
});
