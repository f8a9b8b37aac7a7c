import { nowSeconds } from '../../store/ids.js';
import { estimateRunCost, PairTextStats } from '../../evaluation/estimateSpend.js';
import type { ResolvedRunRequest, RunRequestContext } from './resolveRunRequest.js';
import { sourceItems } from '../../evaluation/sourceItems.js';

/** Enough items for average lengths; reading more would delay the 201 for little precision. */
const PEEK_ITEMS = 200;

/**
 * The estimate the run is created with: average lengths from the first seed items,
 * times the seed count (a dataset's is known; task logs are counted up to the peek,
 * so beyond it this is a lower bound). Preparation replaces it with an estimate
 * over every item.
 */
export async function estimateAtCreation(ctx: RunRequestContext, run: ResolvedRunRequest): Promise<number> {
  const seedSide = run.sample.type === 'generate' ? run.ground_truth : run.sample;
  const stats = new PairTextStats();
  const now = nowSeconds();
  for await (const item of sourceItems(ctx.store, seedSide, now)) {
    // The seed stands in for both sides: a fair guess of lengths before pairing.
    stats.add({ item_id: item.id, sample: run.sample.type === 'generate' ? null : item, ground_truth: item });
    if (stats.count >= PEEK_ITEMS) break;
  }
  const itemCount = seedSide.item_count ?? stats.count;
  return estimateRunCost(ctx.providers, { ...run, evaluators: run.evaluators }, itemCount, stats)
    .estimated_usd;
}
