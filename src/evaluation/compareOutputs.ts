import { listwiseDisplayOrder } from '../core/listwiseOrder.js';
import type { ResultComparison } from '../domain/comparisons.js';
import {
  judgePair,
  judgeRanking,
  type ComparedItem,
  type ComparisonOutcome,
} from '../judge/comparisonJudgment.js';
import { pairOutcome, type Verdict } from '../metrics/pairwise.js';
import type { CodeEvalItem, CodeEvalOutcome } from '../sandbox/index.js';
import { emptyJudgeCost } from '../judge/askJudge.js';
import type { CompletionClient } from '../models/cachingModelClient.js';
import { cacheSavings, costUsd } from '../models/pricing.js';
import type { ProviderRegistry } from '../models/providers.js';
import type { ComparisonUnit } from './batchUnits.js';
import type { ModelCallRetrier } from './modelRetry.js';
import { failedJudgment, modelFailedResult, type ResultOutcome } from './resultDocs.js';
import type { UnitTexts } from './unitTexts.js';
import type { BaselineOutputs } from './baselineOutputs.js';
import type { CallOutcome } from './modelRetry.js';
import { ModelCallError } from '../models/modelErrors.js';

export interface CompareDeps {
  client: CompletionClient;
  retrier: ModelCallRetrier;
  providers: ProviderRegistry;
  signal: AbortSignal;
}

const POINTS = { win: 1, tie: 0.5, loss: 0 } as const;

/**
 * One comparison's result. Pairwise: the pair judged with the first model shown as A, and (unless
 * the evaluator turned swapping off) again with it shown as B; the result is a win, loss or tie for
 * the first model only when both orders agree, else `inconsistent` (kept and counted, never
 * dropped). Listwise: the outputs shown in the item's fixed permutation, ranked once. `score` is
 * the first model's points (1, ½, 0) for a decided pair and null otherwise: comparisons are
 * reported by their own metrics, not as scores.
 */
export async function compareOutputs(
  deps: CompareDeps,
  unit: ComparisonUnit,
  outputs: readonly UnitTexts[],
): Promise<ResultOutcome> {
  const { evaluator } = unit;
  const first = outputs[0]!;
  const item: ComparedItem = {
    input: first.sample.input,
    metadata: first.sample.metadata,
    groundTruth: first.groundTruth,
  };
  const base = comparisonBase(unit, outputs);
  const judge = evaluator.judge_model ?? '';
  const ask = <T>(fn: () => Promise<ComparisonOutcome<T>>) => deps.retrier.call(judge, fn);

  if (evaluator.mode === 'listwise') {
    const order = listwiseDisplayOrder(evaluator.id, unit.pair.item_id, outputs.length);
    const shown = order.map((index) => outputs[index]!.sample.output);
    const called = await ask(() => judgeRanking(deps.client, evaluator, item, shown, deps.signal));
    if (!called.ok) return modelFailedResult('judge', called.error);
    const ranked = called.value;
    const comparison: ResultComparison = {
      ...base,
      display_order: order,
      ...(ranked.status === 'judged'
        ? {
            ranking: ranked.value.map((position) => unit.models[order[position]!]!),
            reasoning: ranked.reasoning,
          }
        : {}),
    };
    return outcomeOf(
      [ranked],
      comparison,
      ranked.status === 'judged' ? null : ranked,
      null,
      deps.providers.price(judge),
    );
  }

  const [a, b] = outputs;
  const judgeWith = async (model: string): Promise<PanelPairCall> => {
    const judgeOf = { ...evaluator, judge_model: model };
    const pair = (first: unknown, second: unknown) =>
      deps.retrier.call(model, () => judgePair(deps.client, judgeOf, item, first, second, deps.signal));
    const calls = await Promise.all([
      pair(a!.sample.output, b!.sample.output),
      evaluator.position_swap === false ? null : pair(b!.sample.output, a!.sample.output),
    ]);
    const failed = calls.find((call) => call !== null && !call.ok);
    if (failed && !failed.ok) return { model, failure: failed.error };
    const [shown, swapped] = calls.map((call) => (call && call.ok ? call.value : null));
    return { model, result: pairwiseResult(base, shown!, swapped ?? null, deps.providers.price(model)) };
  };
  if (evaluator.panel_models) {
    return panelPairResult(base, await Promise.all([judge, ...evaluator.panel_models].map(judgeWith)));
  }
  const single = await judgeWith(judge);
  return 'failure' in single ? modelFailedResult('judge', single.failure) : single.result;
}

/** What every comparison result records: the models compared, their outputs and what generating them cost. */
export function comparisonBase(unit: ComparisonUnit, outputs: readonly UnitTexts[]) {
  return {
    mode: unit.evaluator.mode as ResultComparison['mode'],
    models: unit.models,
    outputs: outputs.map((o) => o.sample.output),
    generations: outputs.map((o) => o.generation),
  };
}

/**
 * A pair's result from its verdicts: `shown` with the first model as A, `swapped` with it as B
 * (null when swapping is off). A judge's or a code evaluator's alike.
 */
export function pairwiseResult(
  base: ReturnType<typeof comparisonBase>,
  shown: ComparisonOutcome<Verdict>,
  swapped: ComparisonOutcome<Verdict> | null,
  price: ReturnType<ProviderRegistry['price']> | null,
): ResultOutcome {
  const judged = [shown, swapped].filter((o): o is ComparisonOutcome<Verdict> => o !== null);
  const verdictOf = (o: ComparisonOutcome<Verdict> | null) => (o?.status === 'judged' ? o.value : null);
  const unread = judged.find((o) => o.status !== 'judged') ?? null;
  const outcome =
    unread === null ? pairOutcome(verdictOf(shown)!, swapped === null ? null : verdictOf(swapped)) : null;
  const comparison: ResultComparison = {
    ...base,
    verdicts: [
      { order: 'ab' as const, outcome: shown },
      ...(swapped ? [{ order: 'ba' as const, outcome: swapped }] : []),
    ].map(({ order, outcome: o }) => ({
      order,
      winner: verdictOf(o),
      reasoning: o?.status === 'judged' ? o.reasoning : null,
    })),
    outcome,
  };
  const score = outcome === null || outcome === 'inconsistent' ? null : POINTS[outcome];
  return outcomeOf(judged, comparison, unread, score, price);
}

/** The costs of every ask added up (the latency is the slowest order's: they are asked at once). */
function outcomeOf(
  judged: readonly ComparisonOutcome<unknown>[],
  comparison: ResultComparison,
  unread: ComparisonOutcome<unknown> | null,
  score: number | null,
  price: ReturnType<ProviderRegistry['price']> | null,
): ResultOutcome {
  const usage = {
    input: judged.reduce((sum, o) => sum + o.usage.input, 0),
    output: judged.reduce((sum, o) => sum + o.usage.output, 0),
  };
  const parseFailures = judged.reduce((sum, o) => sum + o.parseFailures, 0);
  const escalations = judged.reduce((sum, o) => sum + o.escalations, 0);
  const unreadable = judged.flatMap((o) => o.unreadableReplies);
  const cost = {
    latency_ms: judged.length > 0 ? Math.max(...judged.map((o) => o.latencyMs)) : null,
    tokens: usage,
    spend_usd: price ? costUsd(price, usage) : 0,
    ...cacheSavings(judged.map((o) => ({ ...o, price }))),
    parse_failures: parseFailures,
    ...(escalations > 0 ? { escalations } : {}),
    ...(unreadable.length > 0 ? { unreadable_replies: unreadable } : {}),
    comparison,
  };
  if (unread && unread.status === 'error') {
    return {
      status: 'error',
      score: null,
      passed: null,
      reason: null,
      error: unread.error,
      raw_reply: unread.raw ?? null,
      ...cost,
    };
  }
  return {
    status: 'scored',
    score,
    passed: null,
    reason: comparison.reasoning ?? comparison.verdicts?.[0]?.reasoning ?? null,
    error: null,
    raw_reply: null,
    ...cost,
  };
}

/**
 * A baseline run's output of an item, seen like a generated one: the item's input and ground
 * truth as the run's own texts have them, the stored output, nothing paid to generate it.
 */
export function baselineTexts(
  baseline: BaselineOutputs,
  itemId: string,
  generated: CallOutcome<UnitTexts>,
): CallOutcome<UnitTexts> {
  if (!generated.ok) return generated;
  if (!baseline.outputs.has(itemId)) {
    return {
      ok: false,
      error: new ModelCallError('not_found', `the baseline run has no output for item ${itemId}`, {
        retryable: false,
      }),
    };
  }
  const { sample } = generated.value;
  return {
    ok: true,
    value: {
      ...generated.value,
      sample: { ...sample, output: baseline.outputs.get(itemId), model: baseline.label },
      generation: null,
    },
  };
}

/** The sandbox items of a code evaluator's pair: `evaluate_pair(a, b)`, and `(b, a)` unless swapping is off. */
export function codePairItems(
  unit: ComparisonUnit,
  outputs: readonly UnitTexts[],
  key: string,
): CodeEvalItem[] {
  const [a, b] = outputs;
  const item = (first: UnitTexts, second: UnitTexts, order: 'ab' | 'ba'): CodeEvalItem => ({
    key: `${key}/${order}`,
    sample: first.sample,
    sample_b: second.sample,
    ground_truth: first.groundTruth,
  });
  return [item(a!, b!, 'ab'), ...(unit.evaluator.position_swap === false ? [] : [item(b!, a!, 'ba')])];
}

const verdictOfPoints = (points: number): Verdict | null =>
  points === 1 ? 'A' : points === 0 ? 'B' : points === 0.5 ? 'tie' : null;

/** A code evaluator's pair from its sandbox outcomes (by item key, as codePairItems made them). */
export function codePairResult(
  unit: ComparisonUnit,
  outputs: readonly UnitTexts[],
  key: string,
  outcomes: ReadonlyMap<string, CodeEvalOutcome>,
): ResultOutcome {
  const read = (order: 'ab' | 'ba'): ComparisonOutcome<Verdict> | null => {
    const outcome = outcomes.get(`${key}/${order}`);
    if (!outcome) return null;
    const cost = { ...emptyJudgeCost(), latencyMs: outcome.latencyMs };
    if (!outcome.ok) return { status: 'error', error: outcome.error, ...cost };
    const verdict = verdictOfPoints(outcome.score);
    return verdict === null
      ? { status: 'error', error: `evaluate_pair() gave an unknown verdict (${outcome.score})`, ...cost }
      : { status: 'judged', value: verdict, reasoning: outcome.reason ?? null, ...cost };
  };
  // The sandbox answers every item it is given (an error at worst), so both orders are there.
  return pairwiseResult(comparisonBase(unit, outputs), read('ab')!, read('ba'), null);
}

/** One judge of a pairwise panel on one pair: its result, or the model call that failed for good. */
export type PanelPairCall =
  { model: string; result: ResultOutcome } | { model: string; failure: ModelCallError };

const DECIDED = ['win', 'loss', 'tie'] as const;

/**
 * A pairwise panel's result: every judge judges the pair (both orders, as a single judge would),
 * and the panel's outcome is the majority of the judges' decided outcomes (win, loss, tie); a split
 * without a majority is a tie, and a panel none of whose judges decided is inconsistent (when one
 * was) or unread. A judge that fails for good leaves the verdict to the others. Every judge's
 * verdicts are kept (`verdicts[].judge`, `panel`), and the costs add up.
 */
export function panelPairResult(
  base: ReturnType<typeof comparisonBase>,
  calls: readonly PanelPairCall[],
): ResultOutcome {
  const judged = calls.flatMap((call) => ('result' in call ? [{ model: call.model, ...call.result }] : []));
  if (judged.length === 0) {
    const failure = calls.find(
      (call): call is Extract<PanelPairCall, { failure: unknown }> => 'failure' in call,
    )!;
    return modelFailedResult('judge', failure.failure);
  }
  const outcomes = judged.map((j) => j.comparison?.outcome ?? null);
  const votes = DECIDED.map((o) => ({ o, n: outcomes.filter((x) => x === o).length }));
  const most = Math.max(...votes.map((v) => v.n));
  const leaders = votes.filter((v) => v.n === most);
  const outcome: ResultComparison['outcome'] =
    most > 0
      ? leaders.length === 1
        ? leaders[0]!.o
        : 'tie'
      : outcomes.includes('inconsistent')
        ? 'inconsistent'
        : null;
  const panel = calls.map((call) => {
    if ('failure' in call) return failedJudgment(call.model, call.failure);
    const { result } = call;
    const status: 'scored' | 'unscored' | 'error' =
      result.status === 'error' ? 'error' : result.score === null ? 'unscored' : 'scored';
    return {
      model: call.model,
      status,
      score: result.score,
      passed: null,
      reasoning: result.reason,
      error: result.error,
    };
  });
  const sum = (pick: (j: (typeof judged)[number]) => number | undefined) =>
    judged.reduce((total, j) => total + (pick(j) ?? 0), 0);
  const hits = sum((j) => j.cache_hits);
  const escalations = sum((j) => j.escalations);
  const unreadable = judged.flatMap((j) => j.unreadable_replies ?? []);
  const comparison: ResultComparison = {
    ...base,
    verdicts: judged.flatMap((j) => (j.comparison?.verdicts ?? []).map((v) => ({ ...v, judge: j.model }))),
    outcome,
  };
  const decided = outcome !== null && outcome !== 'inconsistent';
  const unread = outcome === null ? judged.find((j) => j.status === 'error') : undefined;
  return {
    status: unread ? 'error' : 'scored',
    score: decided ? POINTS[outcome] : null,
    passed: null,
    reason: null,
    error: unread?.error ?? null,
    raw_reply: unread?.raw_reply ?? null,
    latency_ms: Math.max(...judged.map((j) => j.latency_ms ?? 0)),
    tokens: { input: sum((j) => j.tokens.input), output: sum((j) => j.tokens.output) },
    spend_usd: sum((j) => j.spend_usd),
    ...(hits > 0 ? { cache_hits: hits, saved_usd: sum((j) => j.saved_usd) } : {}),
    parse_failures: sum((j) => j.parse_failures),
    ...(escalations > 0 ? { escalations } : {}),
    ...(unreadable.length > 0 ? { unreadable_replies: unreadable } : {}),
    panel,
    comparison,
  };
}
