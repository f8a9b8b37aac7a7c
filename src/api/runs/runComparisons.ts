import { comparisonPlanOf, isComparative } from '../../core/comparisonSlots.js';
import { modelPairs } from '../../core/modelPairs.js';
import type { RunComparisons } from '../../domain/comparisons.js';
import { sampleModelsOf } from '../../domain/sampleModels.js';
import { bradleyTerryRatings } from '../../metrics/bradleyTerry.js';
import { meanRanks, rankingComparisons, type ItemRanking } from '../../metrics/listwise.js';
import { pairMetrics, type Comparison } from '../../metrics/pairwise.js';
import type { ProjectStore } from '../../store/index.js';

/** Ratings need a third model: with two, the win rate says all there is. */
const MIN_MODELS_FOR_RATINGS = 3;

/**
 * Each comparing evaluator's metrics, recomputed from the stored results in one pass (the
 * bootstraps are seeded, so the same results always give the same numbers): per model pair
 * wins, losses, ties, inconsistent and the win rate with its interval; Bradley–Terry ratings;
 * listwise mean ranks.
 */
export async function runComparisons(store: ProjectStore, runId: string): Promise<RunComparisons> {
  const run = await store.runs.require(runId);
  const { models, selection } = comparisonPlanOf(run.config.request.comparison, sampleModelsOf(run));
  const data = [];
  for (const evaluator of run.config.evaluators.filter(isComparative)) {
    const comparisons: Comparison[] = [];
    const rankings: ItemRanking[] = [];
    let results = 0;
    let errors = 0;
    for await (const result of store.runResults.cursor(run.id, { evaluator_id: evaluator.id })) {
      results++;
      const compared = result.comparison;
      if (result.status === 'error' || !compared) {
        errors++;
        continue;
      }
      const [first, second] = compared.models;
      if (compared.outcome && first !== undefined && second !== undefined) {
        comparisons.push({ item: result.item_id, first, second, outcome: compared.outcome });
      }
      if (compared.ranking) rankings.push({ item: result.item_id, ranked: compared.ranking });
    }
    const listwise = evaluator.mode === 'listwise';
    const decided = listwise ? rankingComparisons(rankings) : comparisons;
    const swap = !listwise && evaluator.position_swap !== false;
    const pairs = (listwise ? modelPairs(models, { kind: 'all' }) : modelPairs(models, selection)).map(
      ([a, b]) => pairMetrics(a, b, decided, swap),
    );
    const judged = comparisons.length;
    const inconsistent = comparisons.filter((c) => c.outcome === 'inconsistent').length;
    data.push({
      evaluator_id: evaluator.id,
      evaluator_name: evaluator.name,
      mode: listwise ? ('listwise' as const) : ('pairwise' as const),
      results,
      errors,
      inconsistent_rate: swap && judged > 0 ? inconsistent / judged : null,
      pairs,
      ratings: models.length >= MIN_MODELS_FOR_RATINGS ? bradleyTerryRatings(models, decided) : null,
      mean_ranks: listwise
        ? meanRanks(models, rankings).map((rank) => ({
            ...rank,
            mean_rank: Number.isNaN(rank.mean_rank) ? null : rank.mean_rank,
          }))
        : null,
    });
  }
  return { object: 'evaluation.comparisons', run_id: run.id, data };
}
