import { bootstrapInterval } from './bootstrap.js';
import type { Interval } from './intervals.js';

/**
 * How much a panel of judges agrees. Krippendorff's alpha (interval scale) for scores: any number
 * of judges, a judge's missing rating just drops out. Fleiss' kappa for verdicts, over the items
 * every judge gave one. Both are chance-corrected (0 = agreement by chance, 1 = perfect) and come
 * with a 95% percentile bootstrap interval over items (`bootstrap.ts`).
 */
export interface Agreement {
  method: 'krippendorff_alpha_interval' | 'fleiss_kappa';
  /** Items that counted: at least two ratings (alpha), every judge's verdict (kappa). */
  items: number;
  /** null where undefined: no variation at all, or too few items. */
  value: number | null;
  ci95: Interval | null;
}

/** One row per item, one rating per judge (null where that judge gave none). */
export type PanelScores = ReadonlyArray<ReadonlyArray<number | null>>;
export type PanelVerdicts = ReadonlyArray<ReadonlyArray<string | null>>;

/** Krippendorff's alpha with the interval (squared difference) metric; NaN when undefined. */
export function krippendorffAlphaInterval(units: PanelScores): number {
  let pairable = 0; // n: the values in units with two or more of them
  let observed = 0; // sum over units of (1 / (m - 1)) * sum over ordered pairs of squared differences
  let sum = 0;
  let sumOfSquares = 0;
  for (const unit of units) {
    const values = unit.filter((value): value is number => value !== null);
    const m = values.length;
    if (m < 2) continue;
    let unitSum = 0;
    let unitSquares = 0;
    for (const value of values) {
      unitSum += value;
      unitSquares += value * value;
    }
    observed += (2 * (m * unitSquares - unitSum * unitSum)) / (m - 1);
    pairable += m;
    sum += unitSum;
    sumOfSquares += unitSquares;
  }
  if (pairable < 2) return Number.NaN;
  const disagreementObserved = observed / pairable;
  const disagreementExpected = (2 * (pairable * sumOfSquares - sum * sum)) / (pairable * (pairable - 1));
  if (disagreementExpected <= 0) return Number.NaN;
  return 1 - disagreementObserved / disagreementExpected;
}

/** Fleiss' kappa over items × category counts, every row summing to the same number of raters. */
export function fleissKappa(counts: ReadonlyArray<ReadonlyArray<number>>): number {
  const items = counts.length;
  if (items === 0) return Number.NaN;
  const raters = counts[0]!.reduce((a, b) => a + b, 0);
  if (raters < 2) return Number.NaN;
  const categories = counts[0]!.length;
  const totals = new Array<number>(categories).fill(0);
  let meanAgreement = 0;
  for (const row of counts) {
    let squares = 0;
    row.forEach((count, k) => {
      totals[k]! += count;
      squares += count * count;
    });
    meanAgreement += (squares - raters) / (raters * (raters - 1));
  }
  meanAgreement /= items;
  const chance = totals.reduce((acc, total) => acc + (total / (items * raters)) ** 2, 0);
  if (chance >= 1) return Number.NaN;
  return (meanAgreement - chance) / (1 - chance);
}

/** The panel's agreement on scores: Krippendorff's alpha with its bootstrap interval. */
export function scoreAgreement(units: PanelScores): Agreement {
  const rated = units.filter((unit) => unit.filter((value) => value !== null).length >= 2);
  const alpha = krippendorffAlphaInterval(rated);
  return {
    method: 'krippendorff_alpha_interval',
    items: rated.length,
    value: Number.isFinite(alpha) ? alpha : null,
    ci95: bootstrapInterval(rated.length, (indices) =>
      krippendorffAlphaInterval(indices.map((i) => rated[i]!)),
    ),
  };
}

/** The panel's agreement on verdicts: Fleiss' kappa over the items every judge answered. */
export function verdictAgreement(units: PanelVerdicts): Agreement {
  const complete = units.filter(
    (unit) => unit.length >= 2 && unit.every((verdict) => verdict !== null),
  ) as string[][];
  const categories = [...new Set(complete.flat())].sort();
  const counts = complete.map((unit) =>
    categories.map((category) => unit.filter((v) => v === category).length),
  );
  const kappa = fleissKappa(counts);
  return {
    method: 'fleiss_kappa',
    items: complete.length,
    value: Number.isFinite(kappa) ? kappa : null,
    ci95: bootstrapInterval(complete.length, (indices) => fleissKappa(indices.map((i) => counts[i]!))),
  };
}
