import { meanConfidenceInterval, type Interval } from './intervals.js';
import { addToMoments, emptyMoments } from './moments.js';
import type { Comparison } from './pairwise.js';

/**
 * Listwise rankings: a judge orders the k outputs of one item (1 = best). Reported as
 * each model's mean rank with a 95% t-interval over items, and expanded into the k(k−1)/2
 * pairs it implies so the same Bradley–Terry ratings apply.
 */

/** One item's ranking: models best first. */
export interface ItemRanking {
  item: string;
  ranked: readonly string[];
}

export interface MeanRank {
  model: string;
  items: number;
  mean_rank: number;
  mean_rank_ci: Interval | null;
}

export function meanRanks(models: readonly string[], rankings: readonly ItemRanking[]): MeanRank[] {
  return models.map((model) => {
    let moments = emptyMoments();
    for (const { ranked } of rankings) {
      const position = ranked.indexOf(model);
      if (position >= 0) moments = addToMoments(moments, position + 1);
    }
    return {
      model,
      items: moments.n,
      mean_rank: moments.n > 0 ? moments.mean : Number.NaN,
      mean_rank_ci: meanConfidenceInterval(moments),
    };
  });
}

/** The pairs a ranking implies: each model beats every model ranked below it. */
export function rankingComparisons(rankings: readonly ItemRanking[]): Comparison[] {
  return rankings.flatMap(({ item, ranked }) =>
    ranked.flatMap((better, i) =>
      ranked.slice(i + 1).map((worse) => ({ item, first: better, second: worse, outcome: 'win' as const })),
    ),
  );
}
