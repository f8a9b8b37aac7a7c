import type { ComparisonRequest } from '../domain/comparisons.js';
import type { Evaluator } from '../domain/evaluators.js';
import { sampleOutputModels } from '../domain/sampleModels.js';
import { modelPairs, type PairSelection } from './modelPairs.js';

/** Which outputs a run's comparing evaluators see, and which pairs of them they judge. */
export interface ComparisonPlan {
  /** The sample's generating models, then the baseline run's outputs (by their label), if any. */
  models: string[];
  selection: PairSelection;
  baseline: { runId: string; model: string | null; label: string } | null;
}

/** How a baseline run's outputs are named among the models: its model (or `output`) @ its id. */
export const baselineRunLabel = (runId: string, model: string | null) => `${model ?? 'output'}@${runId}`;

export function comparisonPlanOf(
  request: ComparisonRequest | undefined,
  sampleModels: readonly string[],
): ComparisonPlan {
  if (request?.baseline_run !== undefined) {
    const model = request.baseline_run_model ?? null;
    const label = baselineRunLabel(request.baseline_run, model);
    return {
      models: [...sampleModels, label],
      selection: { kind: 'baseline', baseline: label },
      baseline: { runId: request.baseline_run, model, label },
    };
  }
  return { models: [...sampleModels], selection: pairSelectionOf(request), baseline: null };
}

export function pairSelectionOf(request: ComparisonRequest | undefined): PairSelection {
  if (request?.baseline_model !== undefined) return { kind: 'baseline', baseline: request.baseline_model };
  if (request?.pairs !== undefined) {
    return { kind: 'named', pairs: request.pairs.map(([a, b]): [string, string] => [a!, b!]) };
  }
  return { kind: 'all' };
}

/** How a pair's result is named in `model` (and its key): the first model, then the second. */
export const pairLabel = (a: string, b: string) => `${a} vs ${b}`;

export const isComparative = (evaluator: Pick<Evaluator, 'mode'>) => evaluator.mode !== 'pointwise';

/**
 * The `model` of each result an evaluator gives an item: one per generating model (or a single
 * null) for a pointwise evaluator, one per model pair for a pairwise one, one naming every model
 * for a listwise one. Results, totals and result keys are all counted from here.
 */
export function resultSlots(
  evaluator: Pick<Evaluator, 'mode'>,
  sampleModels: readonly string[],
  plan: ComparisonPlan,
): readonly (string | null)[] {
  return evaluator.mode === 'pointwise'
    ? sampleOutputModels(sampleModels)
    : slotModels(evaluator, plan).map(({ slot }) => slot);
}

/** The models of one comparison slot, in the order its label names them. */
export function slotModels(
  evaluator: Pick<Evaluator, 'mode'>,
  plan: ComparisonPlan,
): { slot: string; models: string[] }[] {
  const { models, selection } = plan;
  if (evaluator.mode === 'pairwise') {
    return modelPairs(models, selection).map(([a, b]) => ({ slot: pairLabel(a, b), models: [a, b] }));
  }
  if (evaluator.mode === 'listwise' && models.length >= 2) {
    return [{ slot: models.join(' vs '), models: [...models] }];
  }
  return [];
}
