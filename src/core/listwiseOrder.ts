import { hashSeed, seededPermutation, seededRandom } from '../metrics/seededRandom.js';

/** Most outputs a listwise judge ranks at once: beyond this, judges rank unreliably and prompts grow long. */
export const LISTWISE_MAX_OUTPUTS = 10;

/**
 * The order a listwise judge is shown the k outputs of an item: a permutation seeded by
 * the evaluator and item ids, so a retry shows the same order (and reuses the cached
 * answer) while positions vary across items and no model keeps one. `order[p]` is the
 * index (in the run's model list) of the output shown at position p; stored with the result.
 */
export function listwiseDisplayOrder(evaluatorId: string, itemId: string, k: number): number[] {
  return seededPermutation(k, seededRandom(hashSeed(`${evaluatorId}\u0000${itemId}`)));
}
