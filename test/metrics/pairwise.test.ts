// test tier: needs the Python package index (choix and scipy are installed with pip).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { listwiseDisplayOrder } from '../../src/core/listwiseOrder.js';
import { modelPairs } from '../../src/core/modelPairs.js';
import { bradleyTerryRatings, fitBradleyTerry, RIDGE, winMatrix } from '../../src/metrics/bradleyTerry.js';
import { meanRanks, rankingComparisons } from '../../src/metrics/listwise.js';
import { pairMetrics, pairOutcome, type Comparison, type Verdict } from '../../src/metrics/pairwise.js';
import { seededRandom } from '../../src/metrics/seededRandom.js';
import { pythonWithModules } from '../support/pythonTools.js';

const here = path.dirname(new URL(import.meta.url).pathname);

/**
 * Comparisons drawn from known strengths and a judge with a known position bias. Per item
 * and pair, which output is better is drawn once from the Bradley–Terry truth; the judge
 * reports it, except that with chance `bias` (per order shown) it answers "A" whatever it
 * sees. Both orders are judged, as a swapping evaluator does, so a biased answer that
 * contradicts the other order makes the pair inconsistent: the inconsistent rate is `bias`
 * and, among consistent pairs, the first model wins with its true probability.
 */
function simulate(strengths: Record<string, number>, items: number, bias: number, seed = 7): Comparison[] {
  const random = seededRandom(seed);
  const models = Object.keys(strengths);
  return modelPairs(models, { kind: 'all' }).flatMap(([a, b]) =>
    Array.from({ length: items }, (_, n) => {
      const aBetter = random() < 1 / (1 + Math.exp(strengths[b]! - strengths[a]!));
      const judge = (shownFirstIsBetter: boolean): Verdict =>
        random() < bias || shownFirstIsBetter ? 'A' : 'B';
      return {
        item: `item-${n}`,
        first: a,
        second: b,
        outcome: pairOutcome(judge(aBetter), judge(!aBetter)),
      };
    }),
  );
}

describe('pair outcomes', () => {
  it('is a win, loss or tie only when both orders agree', () => {
    expect(pairOutcome('A', 'B')).toBe('win'); // first model preferred in both positions
    expect(pairOutcome('B', 'A')).toBe('loss');
    expect(pairOutcome('tie', 'tie')).toBe('tie');
    expect(pairOutcome('A', 'A')).toBe('inconsistent'); // the judge just likes position A
    expect(pairOutcome('tie', 'B')).toBe('inconsistent');
    expect(pairOutcome('B', null)).toBe('loss'); // swapping off: one order decides
  });
});

describe('pair metrics', () => {
  it('counts outcomes, ties as half, inconsistent reported beside the win rate', () => {
    const outcomes = ['win', 'win', 'win', 'tie', 'loss', 'inconsistent'] as const;
    const comparisons = outcomes.map((outcome, n) => ({ item: `i${n}`, first: 'x', second: 'y', outcome }));
    const m = pairMetrics('x', 'y', comparisons, true);
    expect(m).toMatchObject({
      comparisons: 6,
      wins: 3,
      losses: 1,
      ties: 1,
      inconsistent: 1,
      position_swap: true,
    });
    expect(m.win_rate).toBeCloseTo(3.5 / 5, 12);
    expect(m.position_consistency).toBeCloseTo(5 / 6, 12);
    expect(m.win_rate_ci!.low).toBeLessThan(m.win_rate!);
    expect(m.win_rate_ci!.high).toBeGreaterThan(m.win_rate!);
    // The other orientation is the mirror image; the same call twice gives the same interval.
    const mirrored = pairMetrics('y', 'x', comparisons, true);
    expect(mirrored.win_rate).toBeCloseTo(1.5 / 5, 12);
    expect(pairMetrics('x', 'y', comparisons, true)).toEqual(m);
    expect(pairMetrics('x', 'y', comparisons, false).position_consistency).toBeNull();
  });

  it('recovers a configured position bias, and its interval covers the true win probability 95% of the time', () => {
    const p = 1 / (1 + Math.exp(-1)); // P(a beats b) = σ(1) ≈ 0.731
    const runs = Array.from({ length: 20 }, (_, seed) =>
      pairMetrics('a', 'b', simulate({ a: 1, b: 0 }, 500, 0.3, seed), true),
    );
    const inconsistent = runs.reduce((sum, m) => sum + m.inconsistent, 0) / (20 * 500);
    expect(Math.abs(inconsistent - 0.3)).toBeLessThan(0.015);
    for (const m of runs) expect(m.position_consistency!).toBeCloseTo(1 - m.inconsistent / m.comparisons, 12);
    // A 95% interval misses now and then: 20 seeded runs, at most 3 misses (1.6% chance at 95% coverage).
    const covered = runs.filter((m) => m.win_rate_ci!.low < p && p < m.win_rate_ci!.high).length;
    expect(covered).toBeGreaterThanOrEqual(17);
  });
});

describe('Bradley–Terry', () => {
  async function reference(wins: number[][]): Promise<{ choix: number[]; scipy: number[] }> {
    const requirements = path.join(here, 'requirements.txt');
    const python = await pythonWithModules(['numpy', 'scipy', 'choix'], requirements);
    const child = promisify(execFile)(python, [path.join(here, 'bradley_terry_reference.py')]);
    child.child.stdin!.end(JSON.stringify({ k: wins.length, wins, ridge: RIDGE }));
    return JSON.parse((await child).stdout) as { choix: number[]; scipy: number[] };
  }

  it('matches choix and scipy on the same comparisons (ties as half, an unbeaten model)', async () => {
    const models = ['m0', 'm1', 'm2', 'm3'];
    const comparisons = simulate({ m0: 1.2, m1: 0.4, m2: 0, m3: -0.8 }, 60, 0.1);
    const wins = winMatrix(models, comparisons);
    wins[0]![3] = 9; // m0 never loses to m3
    wins[3]![0] = 0;
    const ours = fitBradleyTerry(wins);
    const { choix, scipy } = await reference(wins);
    ours.forEach((beta, i) => {
      expect(beta).toBeCloseTo(choix[i]!, 5);
      expect(beta).toBeCloseTo(scipy[i]!, 4);
    });
    expect(ours.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 8); // the ridge centres the ratings
  }, 600_000);

  it('recovers configured strengths within the bootstrap intervals, deterministically, and ranks them', () => {
    const strengths = { strong: 1, middle: 0, weak: -1 };
    const models = Object.keys(strengths);
    // A biased judge's inconsistent pairs carry no preference: the ratings still recover the truth.
    const comparisons = simulate(strengths, 300, 0.2);
    const ratings = bradleyTerryRatings(models, comparisons, 400);
    expect(ratings.map((r) => r.model)).toEqual(['strong', 'middle', 'weak']);
    for (const r of ratings) {
      // Ratings are centred: the configured ones already are.
      const truth = strengths[r.model as keyof typeof strengths];
      expect(r.beta_ci.low).toBeLessThan(truth);
      expect(r.beta_ci.high).toBeGreaterThan(truth);
    }
    expect(ratings.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(bradleyTerryRatings(models, comparisons, 400)).toEqual(ratings);
  });
});

describe('listwise', () => {
  it('mean ranks with intervals and the pairs a ranking implies', () => {
    const rankings = [
      { item: 'i1', ranked: ['a', 'b', 'c'] },
      { item: 'i2', ranked: ['a', 'c', 'b'] },
      { item: 'i3', ranked: ['b', 'a', 'c'] },
    ];
    const ranks = meanRanks(['a', 'b', 'c'], rankings);
    expect(ranks.map((r) => r.mean_rank)).toEqual([4 / 3, 2, 8 / 3]);
    expect(ranks[0]!.mean_rank_ci!.low).toBeLessThan(4 / 3);
    const pairs = rankingComparisons(rankings);
    expect(pairs).toHaveLength(9);
    expect(pairs.slice(0, 3)).toEqual([
      { item: 'i1', first: 'a', second: 'b', outcome: 'win' },
      { item: 'i1', first: 'a', second: 'c', outcome: 'win' },
      { item: 'i1', first: 'b', second: 'c', outcome: 'win' },
    ]);
  });

  it('shows each item a fixed permutation that varies across items', () => {
    const order = listwiseDisplayOrder('evaluator_1', 'item_1', 5);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(listwiseDisplayOrder('evaluator_1', 'item_1', 5)).toEqual(order);
    const firstShown = new Set(
      Array.from({ length: 50 }, (_, n) => listwiseDisplayOrder('evaluator_1', `item_${n}`, 5)[0]),
    );
    expect(firstShown.size).toBe(5); // every model is shown first for some item
  });
});

describe('model pairs', () => {
  it('every pair, each against a baseline, or named pairs once', () => {
    expect(modelPairs(['a', 'b', 'c'], { kind: 'all' })).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(modelPairs(['a', 'b', 'c'], { kind: 'baseline', baseline: 'b' })).toEqual([
      ['a', 'b'],
      ['c', 'b'],
    ]);
    expect(
      modelPairs([], {
        kind: 'named',
        pairs: [
          ['a', 'b'],
          ['b', 'a'],
          ['c', 'c'],
        ],
      }),
    ).toEqual([['a', 'b']]);
  });
});
