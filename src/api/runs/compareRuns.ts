import {
  type ComparisonVerdict,
  type MetricComparison,
  type RunComparison,
} from '../../domain/runComparison.js';
import { BadRequestError } from '../../domain/errors.js';
import {
  boundedMeanInterval,
  pairedDifferenceInterval,
  wilsonInterval,
  type Interval,
} from '../../metrics/intervals.js';
import { scoreRangeOf, type ScoreRange } from '../../domain/evaluators.js';
import { addToMoments, emptyMoments, type Moments } from '../../metrics/moments.js';
import type { ProjectStore } from '../../store/index.js';
import type { ResultScore } from '../../store/runResults.js';
import type { RunDoc } from '../../store/runs.js';

interface BaselineScore {
  score: number;
  passed: boolean | null;
}

/** The running sums of one (evaluator, model) while the run's results stream past. */
interface GroupTally {
  evaluatorId: string;
  model: string | null;
  run: Moments;
  baseline: Moments;
  difference: Moments;
  verdicts: number;
  runPassed: number;
  baselinePassed: number;
  passDifference: Moments;
  unpairedRun: number;
  unpairedBaseline: number;
}

const groupKey = (evaluatorId: string, model: string | null) => `${evaluatorId}\u0000${model ?? ''}`;
const pairKey = (r: ResultScore) => `${r.item_id}\u0000${groupKey(r.evaluator_id, r.model)}`;

function emptyTally(evaluatorId: string, model: string | null): GroupTally {
  return {
    evaluatorId,
    model,
    run: emptyMoments(),
    baseline: emptyMoments(),
    difference: emptyMoments(),
    verdicts: 0,
    runPassed: 0,
    baselinePassed: 0,
    passDifference: emptyMoments(),
    unpairedRun: 0,
    unpairedBaseline: 0,
  };
}

/**
 * Compares a run with a baseline run item by item: a result of the run is paired
 * with the baseline's result of the same item, evaluator and model, and only pairs
 * both runs scored count. Pairing removes the item-to-item variance, so a real
 * change shows with far fewer items than two independent means would need.
 *
 * Both runs' results are read once, in `_id` order and in pages, the way exports
 * read them (no per-item queries): the baseline's scores are held in a map (a few
 * dozen bytes per result), the run's stream past it.
 */
export async function compareRuns(
  store: ProjectStore,
  runId: string,
  baselineId: string,
): Promise<RunComparison> {
  const [run, baseline] = await Promise.all([store.runs.require(runId), store.runs.require(baselineId)]);
  const names = sharedEvaluators(run, baseline);

  const baselineScores = new Map<string, BaselineScore>();
  const tallies = new Map<string, GroupTally>();
  const tallyOf = (r: ResultScore) => {
    const key = groupKey(r.evaluator_id, r.model);
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = emptyTally(r.evaluator_id, r.model)));
    return tally;
  };

  for await (const r of store.runResults.scores(baseline.id)) {
    if (!names.has(r.evaluator_id) || r.status !== 'scored' || r.score === null) continue;
    tallyOf(r);
    baselineScores.set(pairKey(r), { score: r.score, passed: r.passed });
  }

  const pairedItems = new Set<string>();
  for await (const r of store.runResults.scores(run.id)) {
    if (!names.has(r.evaluator_id) || r.status !== 'scored' || r.score === null) continue;
    const tally = tallyOf(r);
    const key = pairKey(r);
    const partner = baselineScores.get(key);
    if (!partner) {
      tally.unpairedRun++;
      continue;
    }
    baselineScores.delete(key);
    pairedItems.add(r.item_id);
    tally.run = addToMoments(tally.run, r.score);
    tally.baseline = addToMoments(tally.baseline, partner.score);
    tally.difference = addToMoments(tally.difference, r.score - partner.score);
    if (r.passed !== null && partner.passed !== null) {
      tally.verdicts++;
      tally.runPassed += Number(r.passed);
      tally.baselinePassed += Number(partner.passed);
      tally.passDifference = addToMoments(tally.passDifference, Number(r.passed) - Number(partner.passed));
    }
  }
  // What is left of the baseline found no partner in the run.
  for (const key of baselineScores.keys()) {
    const [, evaluatorId, model] = key.split('\u0000') as [string, string, string];
    tallies.get(groupKey(evaluatorId, model || null))!.unpairedBaseline++;
  }

  const comparisons = [...tallies.values()]
    .map((tally) => finalizeComparison(tally, names.get(tally.evaluatorId)!))
    .sort(byVerdict);
  return {
    object: 'evaluation.run_comparison',
    run_id: run.id,
    baseline_run_id: baseline.id,
    run_status: run.status,
    baseline_status: baseline.status,
    paired_items: pairedItems.size,
    reason: comparisonReason(pairedItems.size, comparisons),
    comparisons,
  };
}

/** Evaluators (id → name and scale) both runs used; none means there is nothing to compare. */
function sharedEvaluators(run: RunDoc, baseline: RunDoc): Map<string, SharedEvaluator> {
  const baselineIds = new Set(baseline.config.evaluators.map((e) => e.id));
  const shared = new Map(
    run.config.evaluators
      .filter((e) => baselineIds.has(e.id))
      .map((e) => [e.id, { name: e.name, range: scoreRangeOf(e) }] as const),
  );
  if (shared.size === 0) {
    throw new BadRequestError(
      'runs_not_comparable',
      `Runs '${run.id}' and '${baseline.id}' share no evaluator, so no result can be paired.`,
      { param: 'query.baseline' },
    );
  }
  return shared;
}

function verdictOf(ci: Interval | null): ComparisonVerdict {
  if (!ci) return 'insufficient_data';
  if (ci.high < 0) return 'regression';
  if (ci.low > 0) return 'improvement';
  return 'unchanged';
}

interface SharedEvaluator {
  name: string;
  range: ScoreRange | null;
}

function side(scores: Moments, passed: number, verdicts: number, range: ScoreRange | null) {
  return {
    mean: scores.n > 0 ? scores.mean : null,
    mean_ci95: boundedMeanInterval(scores, range).interval,
    pass_rate: verdicts > 0 ? passed / verdicts : null,
    pass_rate_ci95: verdicts > 0 ? wilsonInterval(passed, verdicts) : null,
  };
}

function finalizeComparison(tally: GroupTally, evaluator: SharedEvaluator): MetricComparison {
  const { range } = evaluator;
  const means = boundedMeanInterval(tally.run, range).method;
  // A difference of two scores on [low, high] lies within ±(high − low); of two verdicts, within ±1.
  const differenceCi = pairedDifferenceInterval(tally.difference, range && range.high - range.low);
  return {
    evaluator_id: tally.evaluatorId,
    evaluator_name: evaluator.name,
    model: tally.model,
    n: tally.difference.n,
    unpaired: { run: tally.unpairedRun, baseline: tally.unpairedBaseline },
    score_range: range,
    ci95_method: means,
    run: side(tally.run, tally.runPassed, tally.verdicts, range),
    baseline: side(tally.baseline, tally.baselinePassed, tally.verdicts, range),
    mean_difference: tally.difference.n > 0 ? tally.difference.mean : null,
    mean_difference_ci95: differenceCi,
    pass_rate_difference: tally.passDifference.n > 0 ? tally.passDifference.mean : null,
    pass_rate_difference_ci95: pairedDifferenceInterval(tally.passDifference, 1),
    verdict: verdictOf(differenceCi),
  };
}

const verdictOrder: Record<ComparisonVerdict, number> = {
  regression: 0,
  improvement: 1,
  unchanged: 2,
  insufficient_data: 3,
};

/** Regressions first, largest drop first; then improvements, largest gain first; then the rest. */
function byVerdict(a: MetricComparison, b: MetricComparison): number {
  const rank = verdictOrder[a.verdict] - verdictOrder[b.verdict];
  if (rank !== 0) return rank;
  const size = Math.abs(b.mean_difference ?? 0) - Math.abs(a.mean_difference ?? 0);
  if (a.verdict !== 'unchanged' && size !== 0) return size;
  return a.evaluator_name.localeCompare(b.evaluator_name) || (a.model ?? '').localeCompare(b.model ?? '');
}

function comparisonReason(pairedItems: number, comparisons: MetricComparison[]): string | null {
  if (pairedItems === 0) {
    return 'The runs share no item scored by a common evaluator and model: they evaluated different items, or have no scored results yet.';
  }
  if (comparisons.every((c) => c.verdict === 'insufficient_data')) {
    return 'Fewer than two paired items per evaluator and model: no confidence interval can be given.';
  }
  return null;
}
