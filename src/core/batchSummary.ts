import { addObservations, type Observation } from '../metrics/accumulator.js';
import { addPairedScores, emptyPairedAccumulator } from '../metrics/paired.js';
import { UNPARSEABLE_JUDGE_REPLY, type RunResult } from '../domain/runs.js';
import { emptyRunTotals, groupOf, type GroupTotals, type RunTotals } from './runTotals.js';

/**
 * What a batch activity returns: the totals of all its results, and whether its model calls
 * mostly waited for a provider allowance shared with other runs and workers (the run then says so).
 */
export type BatchTotals = RunTotals & { waited_on_shared_limit?: true };

type SummarisedResult = Pick<
  RunResult,
  | 'item_id'
  | 'evaluator_id'
  | 'model'
  | 'status'
  | 'score'
  | 'passed'
  | 'latency_ms'
  | 'tokens'
  | 'spend_usd'
  | 'generation'
> &
  Partial<
    Pick<RunResult, 'error' | 'parse_failures' | 'escalations' | 'comparison' | 'cache_hits' | 'saved_usd'>
  > & {
    carried_over?: boolean;
  };

/**
 * The totals of a set of results (one batch's, every one of them, whichever
 * attempt wrote it). Generation cost is shared by an item's evaluators and is
 * counted once per (item, model); paired differences compare every two sample
 * models on the items both scored.
 */
export function summarizeResults(
  results: readonly SummarisedResult[],
  sampleModels: readonly string[],
): RunTotals {
  const totals = emptyRunTotals();
  const generationCounted = new Set<string>();
  const scoresByItem = new Map<string, Map<string, number>>();
  // Added per group at the end: adding one at a time copies the group's sketches per result.
  const observationsOf = new Map<GroupTotals, Observation[]>();

  const countGeneration = (
    itemId: string,
    model: string | null,
    generation: SummarisedResult['generation'],
  ) => {
    const generationKey = `${itemId}\u0000${model ?? ''}`;
    if (generation && !generationCounted.has(generationKey)) {
      generationCounted.add(generationKey);
      addCost(totals, generation.tokens, generation.spend_usd);
      if (generation.saved_usd !== undefined) addSaving(totals, 1, generation.saved_usd);
    }
  };

  for (const result of results) {
    if (result.comparison) {
      // A verdict between outputs, not a score: counted and paid for here, reported by the comparisons.
      totals.done++;
      if (result.status === 'error') totals.failed++;
      if (result.carried_over) totals.carried_over = (totals.carried_over ?? 0) + 1;
      addCost(totals, result.tokens, result.spend_usd);
      addSaving(totals, result.cache_hits ?? 0, result.saved_usd ?? 0);
      const { models, generations } = result.comparison;
      models.forEach((model, i) => countGeneration(result.item_id, model, generations[i] ?? null));
      continue;
    }
    const group = groupOf(totals, result.evaluator_id, result.model);
    let observations = observationsOf.get(group);
    if (!observations) observationsOf.set(group, (observations = []));
    observations.push({
      status: result.status,
      score: result.score ?? undefined,
      passed: result.passed,
      latencyMs: result.latency_ms ?? undefined,
      tokens: result.tokens,
      spendUsd: result.spend_usd,
      parseFailures: result.parse_failures ?? 0,
      escalations: result.escalations ?? 0,
      unparseable: result.status === 'error' && result.error === UNPARSEABLE_JUDGE_REPLY,
    });
    totals.done++;
    if (result.status === 'error') totals.failed++;
    if (result.carried_over) totals.carried_over = (totals.carried_over ?? 0) + 1;
    addCost(totals, result.tokens, result.spend_usd);
    addSaving(totals, result.cache_hits ?? 0, result.saved_usd ?? 0);

    countGeneration(result.item_id, result.model, result.generation);
    if (result.status === 'scored' && result.model !== null && result.score !== null) {
      const key = `${result.evaluator_id}\u0000${result.item_id}`;
      const scores = scoresByItem.get(key) ?? new Map<string, number>();
      scores.set(result.model, result.score);
      scoresByItem.set(key, scores);
    }
  }

  for (const [group, observations] of observationsOf) {
    group.metrics = addObservations(group.metrics, observations);
  }

  for (const [key, scores] of scoresByItem) {
    const evaluatorId = key.slice(0, key.indexOf('\u0000'));
    sampleModels.forEach((modelA, i) => {
      for (const modelB of sampleModels.slice(i + 1)) {
        const scoreA = scores.get(modelA);
        const scoreB = scores.get(modelB);
        if (scoreA === undefined || scoreB === undefined) continue;
        let pair = totals.paired.find(
          (p) => p.evaluator_id === evaluatorId && p.model_a === modelA && p.model_b === modelB,
        );
        if (!pair) {
          pair = {
            evaluator_id: evaluatorId,
            model_a: modelA,
            model_b: modelB,
            differences: emptyPairedAccumulator(),
          };
          totals.paired.push(pair);
        }
        pair.differences = addPairedScores(pair.differences, { scoreA, scoreB });
      }
    });
  }
  return totals;
}

function addCost(totals: RunTotals, tokens: { input: number; output: number }, spendUsd: number): void {
  totals.tokens.input += tokens.input;
  totals.tokens.output += tokens.output;
  totals.spend_usd += spendUsd;
}

function addSaving(totals: RunTotals, hits: number, savedUsd: number): void {
  if (hits === 0) return;
  totals.cache ??= { hits: 0, saved_usd: 0 };
  totals.cache.hits += hits;
  totals.cache.saved_usd += savedUsd;
}
