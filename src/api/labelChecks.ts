import { scoreRangeOf } from '../domain/evaluators.js';
import type { HumanLabelInput } from '../domain/labels.js';
import type { EvaluatorDoc } from '../store/evaluators.js';

/**
 * Why `label` cannot be an item's label for `evaluator`, or null: a score off the evaluator's
 * scale is refused wherever labels come in (the labels endpoint, uploads with labels), since
 * calibration would compare it with judge scores that can never reach it.
 */
export function labelProblem(evaluator: EvaluatorDoc, label: HumanLabelInput): string | null {
  const scale = scoreRangeOf(evaluator);
  if (!scale || label.score === undefined) return null;
  if (label.score >= scale.low && label.score <= scale.high) return null;
  return `${label.score} is outside evaluator '${evaluator.name}''s scale [${scale.low}, ${scale.high}]`;
}
