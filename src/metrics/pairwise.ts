import type { Interval } from './intervals.js';
import { hashSeed, quantileOfSorted, seededRandom } from './seededRandom.js';

/**
 * Pairwise verdicts and per-pair metrics. Pure: the same stored verdicts always give
 * the same numbers (the bootstrap is seeded), so metrics can be recomputed from results.
 */

/** What a judge answered about the two outputs in the order it was shown them. */
export type Verdict = 'A' | 'B' | 'tie';
/** A pair's result for its first model, after both orders were judged. */
export type PairOutcome = 'win' | 'loss' | 'tie' | 'inconsistent';

const asShown: Record<Verdict, PairOutcome> = { A: 'win', B: 'loss', tie: 'tie' };
const asSwapped: Record<Verdict, PairOutcome> = { A: 'loss', B: 'win', tie: 'tie' };

/**
 * The first model's outcome. `shown` is the verdict with the first model as A; `swapped`
 * the verdict with it as B, or null when swapping is off. Two orders that disagree are
 * `inconsistent` (a position-biased judge), never turned into a tie silently.
 */
export function pairOutcome(shown: Verdict, swapped: Verdict | null): PairOutcome {
  const first = asShown[shown];
  if (swapped === null) return first;
  return first === asSwapped[swapped] ? first : 'inconsistent';
}

/** One item's comparison of two models; `first`/`second` as the pair is named. */
export interface Comparison {
  item: string;
  first: string;
  second: string;
  outcome: PairOutcome;
}

export interface PairMetrics {
  model_a: string;
  model_b: string;
  comparisons: number;
  wins: number;
  losses: number;
  ties: number;
  inconsistent: number;
  /** (wins + ties/2) / (wins + losses + ties): inconsistent pairs are reported, not counted as either. */
  win_rate: number | null;
  win_rate_ci: Interval | null;
  /** Share of pairs whose two orders agreed; null when the evaluator does not swap. */
  position_consistency: number | null;
  position_swap: boolean;
}

/** Resamples per bootstrap: enough for stable 2.5/97.5 percentiles, cheap at 1,000 items. */
export const BOOTSTRAP_RESAMPLES = 2000;

const points: Record<PairOutcome, number | null> = { win: 1, tie: 0.5, loss: 0, inconsistent: null };

/**
 * Win rate of the first model with a 95% percentile-bootstrap interval over items.
 * Not Wilson: with ties as half a win the count is not binomial, and a bootstrap over
 * items needs no such assumption. Seeded by the pair's names, so it is reproducible.
 */
export function winRateWithInterval(
  outcomes: readonly PairOutcome[],
  seedLabel: string,
  resamples = BOOTSTRAP_RESAMPLES,
): { rate: number | null; interval: Interval | null } {
  const scored = outcomes.map((o) => points[o]).filter((p): p is number => p !== null);
  if (scored.length === 0) return { rate: null, interval: null };
  const rate = scored.reduce((a, b) => a + b, 0) / scored.length;
  const random = seededRandom(hashSeed(seedLabel));
  const rates: number[] = [];
  for (let r = 0; r < resamples; r++) {
    // Resample items (all of them, inconsistent ones too): how many were decided varies like in a new sample.
    let sum = 0;
    let counted = 0;
    for (let i = 0; i < outcomes.length; i++) {
      const point = points[outcomes[Math.floor(random() * outcomes.length)]!];
      if (point === null) continue;
      sum += point;
      counted++;
    }
    if (counted > 0) rates.push(sum / counted);
  }
  rates.sort((a, b) => a - b);
  return { rate, interval: { low: quantileOfSorted(rates, 0.025), high: quantileOfSorted(rates, 0.975) } };
}

/** The metrics of one model pair from its comparisons (any orientation; flipped to `a` first). */
export function pairMetrics(
  a: string,
  b: string,
  comparisons: readonly Comparison[],
  positionSwap: boolean,
): PairMetrics {
  const flip: Record<PairOutcome, PairOutcome> = {
    win: 'loss',
    loss: 'win',
    tie: 'tie',
    inconsistent: 'inconsistent',
  };
  const outcomes = comparisons
    .filter((c) => (c.first === a && c.second === b) || (c.first === b && c.second === a))
    .sort((x, y) => (x.item < y.item ? -1 : x.item > y.item ? 1 : 0))
    .map((c) => (c.first === a ? c.outcome : flip[c.outcome]));
  const count = (o: PairOutcome) => outcomes.filter((x) => x === o).length;
  const inconsistent = count('inconsistent');
  const { rate, interval } = winRateWithInterval(outcomes, `${a}\u0000${b}`);
  return {
    model_a: a,
    model_b: b,
    comparisons: outcomes.length,
    wins: count('win'),
    losses: count('loss'),
    ties: count('tie'),
    inconsistent,
    win_rate: rate,
    win_rate_ci: interval,
    position_consistency: positionSwap && outcomes.length > 0 ? 1 - inconsistent / outcomes.length : null,
    position_swap: positionSwap,
  };
}
