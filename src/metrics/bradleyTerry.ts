import type { Interval } from './intervals.js';
import type { Comparison } from './pairwise.js';
import { BOOTSTRAP_RESAMPLES } from './pairwise.js';
import { hashSeed, quantileOfSorted, seededRandom } from './seededRandom.js';

/**
 * Bradley–Terry ratings: P(i beats j) = σ(βi − βj), fitted by maximum likelihood with a
 * small ridge (penalty RIDGE·Σβ², as choix's `opt_pairwise(alpha=RIDGE)`), so a model that
 * never loses keeps a finite rating; the ridge also centres the ratings (Σβ = 0). A tie
 * counts half a win each way; inconsistent pairs carry no preference and are left out.
 */
export const RIDGE = 0.01;

/** wins[i][j]: how often model i beat model j (ties as 0.5 each way). */
export type WinMatrix = number[][];

export function winMatrix(models: readonly string[], comparisons: readonly Comparison[]): WinMatrix {
  const index = new Map(models.map((m, i) => [m, i]));
  const wins = models.map(() => models.map(() => 0));
  for (const c of comparisons) {
    const i = index.get(c.first);
    const j = index.get(c.second);
    if (i === undefined || j === undefined) continue;
    if (c.outcome === 'win') wins[i]![j]! += 1;
    else if (c.outcome === 'loss') wins[j]![i]! += 1;
    else if (c.outcome === 'tie') {
      wins[i]![j]! += 0.5;
      wins[j]![i]! += 0.5;
    }
  }
  return wins;
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const log1pExp = (x: number) => (x > 30 ? x : Math.log1p(Math.exp(x)));

/** The penalised negative log-likelihood the fit minimises. */
function objective(wins: WinMatrix, beta: readonly number[], ridge: number): number {
  let value = ridge * beta.reduce((s, b) => s + b * b, 0);
  for (let i = 0; i < beta.length; i++)
    for (let j = 0; j < beta.length; j++) {
      if (wins[i]![j]! > 0) value += wins[i]![j]! * log1pExp(-(beta[i]! - beta[j]!));
    }
  return value;
}

/** Solves `matrix · x = rhs` by Gaussian elimination with partial pivoting (k ≤ a few dozen). */
function solve(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let r = col + 1; r < n; r++) {
      const factor = a[r]![col]! / a[col]![col]!;
      for (let c = col; c <= n; c++) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = a[r]![n]!;
    for (let c = r + 1; c < n; c++) sum -= a[r]![c]! * x[c]!;
    x[r] = sum / a[r]![r]!;
  }
  return x;
}

/**
 * The maximum-likelihood ratings (natural-log odds scale) by Newton's method with
 * backtracking: the objective is strictly convex (ridge), so this converges in a few steps.
 */
export function fitBradleyTerry(wins: WinMatrix, ridge = RIDGE): number[] {
  const k = wins.length;
  let beta = new Array<number>(k).fill(0);
  let current = objective(wins, beta, ridge);
  for (let iteration = 0; iteration < 100; iteration++) {
    const gradient = beta.map((b) => 2 * ridge * b);
    const hessian = beta.map((_, i) => beta.map((__, j) => (i === j ? 2 * ridge : 0)));
    for (let i = 0; i < k; i++)
      for (let j = 0; j < k; j++) {
        const n = wins[i]![j]!;
        if (n === 0) continue;
        const p = logistic(beta[i]! - beta[j]!); // chance i beats j
        gradient[i]! -= n * (1 - p);
        gradient[j]! += n * (1 - p);
        const curvature = n * p * (1 - p);
        hessian[i]![i]! += curvature;
        hessian[j]![j]! += curvature;
        hessian[i]![j]! -= curvature;
        hessian[j]![i]! -= curvature;
      }
    const step = solve(
      hessian,
      gradient.map((g) => -g),
    );
    let scale = 1;
    let next = beta.map((b, i) => b + step[i]!);
    let value = objective(wins, next, ridge);
    while (value > current && scale > 1e-6) {
      scale /= 2;
      next = beta.map((b, i) => b + scale * step[i]!);
      value = objective(wins, next, ridge);
    }
    const moved = Math.max(...next.map((b, i) => Math.abs(b - beta[i]!)));
    beta = next;
    current = value;
    if (moved < 1e-10) break;
  }
  return beta;
}

/** Elo-like display scale, as Chatbot Arena: 400·log10(odds) around 1000. */
export const eloScale = (beta: number) => 1000 + (400 / Math.LN10) * beta;

export interface ModelRating {
  model: string;
  /** Log-odds rating (centred at 0). */
  beta: number;
  beta_ci: Interval;
  /** The same on the Elo-like scale. */
  elo: number;
  elo_ci: Interval;
  /** 1 + how many models' intervals lie wholly above this one's: ties share a rank. */
  rank: number;
}

/**
 * Ratings with 95% intervals by a bootstrap over items (each item's comparisons move
 * together, as they share an input), seeded so a recomputation gives the same intervals;
 * best first.
 */
export function bradleyTerryRatings(
  models: readonly string[],
  comparisons: readonly Comparison[],
  resamples = BOOTSTRAP_RESAMPLES,
  seedLabel = 'bradley-terry',
): ModelRating[] {
  const byItem = new Map<string, Comparison[]>();
  for (const c of comparisons) byItem.set(c.item, [...(byItem.get(c.item) ?? []), c]);
  const items = [...byItem.keys()].sort();
  const perItem = items.map((item) => winMatrix(models, byItem.get(item)!));
  const beta = fitBradleyTerry(winMatrix(models, comparisons));
  const random = seededRandom(hashSeed(seedLabel));
  const draws: number[][] = models.map(() => []);
  for (let r = 0; r < resamples && items.length > 0; r++) {
    const wins = models.map(() => models.map(() => 0));
    for (let n = 0; n < items.length; n++) {
      const sample = perItem[Math.floor(random() * items.length)]!;
      for (let i = 0; i < models.length; i++)
        for (let j = 0; j < models.length; j++) wins[i]![j]! += sample[i]![j]!;
    }
    fitBradleyTerry(wins).forEach((b, i) => draws[i]!.push(b));
  }
  const intervals = draws.map((d) => {
    const sorted = [...d].sort((a, b) => a - b);
    return d.length === 0
      ? { low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY }
      : { low: quantileOfSorted(sorted, 0.025), high: quantileOfSorted(sorted, 0.975) };
  });
  const ratings = models.map((model, i) => ({
    model,
    beta: beta[i]!,
    beta_ci: intervals[i]!,
    elo: eloScale(beta[i]!),
    elo_ci: { low: eloScale(intervals[i]!.low), high: eloScale(intervals[i]!.high) },
    rank: 1 + intervals.filter((other) => other.low > intervals[i]!.high).length,
  }));
  return ratings.sort((a, b) => b.beta - a.beta || (a.model < b.model ? -1 : 1));
}
