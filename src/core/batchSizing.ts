/**
 * A run's first this many items go in batches of the run's batch size, whatever comes after: its
 * first results come in small steps. Past them a batch's items at once grow with its size, so
 * fewer, larger batches keep as many calls going. (At 1,000, a 1,000-item run made ten batches;
 * at 200 it makes four, 100, 100, 500 and 300: see docs/performance-log.md, "Larger batches from
 * a run's 200th item".)
 */
export const ITEMS_BEFORE_LARGE_BATCHES = 200;

/**
 * How a run's pairs are cut into batches. Each batch costs the same whatever it holds: a Temporal
 * activity and the workflow task after it (about 35 ms of the Temporal dev server's CPU), a batch
 * document, a results insert, an index write. So past its first ITEMS_BEFORE_LARGE_BATCHES items a
 * run takes batches of `largeItems`, and such a batch gets proportionally more time (its timeouts)
 * and more of its items at once (the item concurrency): in both it counts as `scale` batches.
 */
export interface BatchSizing {
  /** Items per batch of the run's first ITEMS_BEFORE_LARGE_BATCHES items (ASSAY_RUN_BATCH_SIZE). */
  items: number;
  /** Items per batch after them (ASSAY_RUN_LARGE_BATCH_SIZE; no fewer than `items` in a plan). */
  largeItems: number;
  /** The index of the first large batch (a plan without one has no `sizing`). */
  largeFrom: number;
  /**
   * Items of the run's last batch, which may hold fewer than `largeItems`: it counts as what it
   * holds. Absent in plans made before it: counted as a full large batch.
   */
  lastItems?: number;
}

/**
 * The items a batch may hold, given how many the run's earlier batches hold (a large size under
 * the first size is none).
 */
export function batchItemLimit(
  sizing: Pick<BatchSizing, 'items' | 'largeItems'>,
  itemsBefore: number,
): number {
  return itemsBefore >= ITEMS_BEFORE_LARGE_BATCHES ? Math.max(sizing.items, sizing.largeItems) : sizing.items;
}

/**
 * How many first-size batches one batch counts as: 1, or for a large batch its size over the first
 * size, rounded up. Plans made before large batches (no `sizing`) count every batch as 1.
 */
export function batchScale(plan: { sizing?: BatchSizing; batchCount: number }, batchIndex: number): number {
  const sizing = plan.sizing;
  if (!sizing || batchIndex < sizing.largeFrom) return 1;
  const last = batchIndex === plan.batchCount - 1;
  return firstSizeBatches(last ? (sizing.lastItems ?? sizing.largeItems) : sizing.largeItems, sizing.items);
}

/** How many batches of the first size `items` items fill, rounded up (at least one). */
const firstSizeBatches = (items: number, firstSize: number) => Math.max(1, Math.ceil(items / firstSize));

/**
 * A batch's time limits: of one attempt, and of all its attempts together (past it, the run ends
 * with an error). A large batch gets those of the batches it counts as (`scale`), together.
 */
export function batchTimeLimitsMs(scale: number): { attempt: number; allAttempts: number } {
  return { attempt: scale * 30 * 60_000, allAttempts: scale * 60 * 60_000 };
}

/**
 * Items of one batch evaluated at once: ASSAY_RUN_ITEM_CONCURRENCY per first-size batch the batch
 * counts as, so a run's large batches keep at least as many calls going as its first ones did.
 */
export function batchItemConcurrency(
  pairs: number,
  env: { ASSAY_RUN_BATCH_SIZE: number; ASSAY_RUN_ITEM_CONCURRENCY: number },
): number {
  return env.ASSAY_RUN_ITEM_CONCURRENCY * firstSizeBatches(pairs, env.ASSAY_RUN_BATCH_SIZE);
}

/**
 * All the run's batches, counted by `batchScale`: a batch's part of the run's estimated spend is
 * its scale over this (rounded up: never an under-estimate).
 */
export function plannedBatchUnits(plan: { sizing?: BatchSizing; batchCount: number }): number {
  const sizing = plan.sizing;
  if (!sizing) return plan.batchCount;
  const large = Math.max(0, plan.batchCount - sizing.largeFrom);
  if (large === 0) return plan.batchCount;
  // The full large batches, then the last one, which counts as what it holds.
  return (
    sizing.largeFrom +
    (large - 1) * firstSizeBatches(sizing.largeItems, sizing.items) +
    batchScale(plan, plan.batchCount - 1)
  );
}
