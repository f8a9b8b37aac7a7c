import type { ComparisonRequest } from '../domain/comparisons.js';
import type { Evaluator } from '../domain/evaluators.js';
import { sampleOutputModels } from '../domain/sampleModels.js';
import { modelPairs, type PairSelection } from './modelPairs.js';

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
  selection: PairSelection,
): readonly (string | null)[] {
  switch (evaluator.mode) {
    case 'pointwise':
      return sampleOutputModels(sampleModels);
    case 'pairwise':
      return modelPairs(sampleModels, selection).map(([a, b]) => pairLabel(a, b));
    case 'listwise':
      return sampleModels.length >= 2 ? [sampleModels.join(' vs ')] : [];
  }
}

/** The models of one comparison slot, in the order its label names them. */
export function slotModels(
  evaluator: Pick<Evaluator, 'mode'>,
  sampleModels: readonly string[],
  selection: PairSelection,
): { slot: string; models: string[] }[] {
  if (evaluator.mode === 'pairwise') {
    return modelPairs(sampleModels, selection).map(([a, b]) => ({ slot: pairLabel(a, b), models: [a, b] }));
  }
  if (evaluator.mode === 'listwise' && sampleModels.length >= 2) {
    return [{ slot: sampleModels.join(' vs '), models: [...sampleModels] }];
  }
  return [];
}
