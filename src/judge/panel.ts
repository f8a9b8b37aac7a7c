import type { PanelAggregate } from '../domain/evaluators.js';
import type { JudgeOutcome } from './scoreJudgment.js';

/** One judge's verdict on one item, kept on the panel's result. */
export interface PanelJudgment {
  model: string;
  status: 'scored' | 'unscored' | 'error';
  score: number | null;
  passed: boolean | null;
  reasoning: string | null;
  error: string | null;
}

/** A panel's verdict: its judges' own, and the aggregate the evaluator reports. */
export interface PanelVerdict {
  score: number;
  passed: boolean | null;
}

export function panelJudgment(model: string, outcome: JudgeOutcome): PanelJudgment {
  return outcome.status === 'scored'
    ? {
        model,
        status: 'scored',
        score: outcome.score,
        passed: outcome.passed,
        reasoning: outcome.reasoning,
        error: null,
      }
    : { model, status: outcome.status, score: null, passed: null, reasoning: null, error: outcome.error };
}

const median = (sorted: readonly number[]): number => {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * The evaluator's verdict from its judges' scored verdicts (a judge that failed for an item is
 * left out; null when none scored). `mean` / `median`: that of the scores, passed against the
 * threshold. `majority`: passed by most verdicts (a tie falls back to the mean score against the
 * threshold), scored by the mean.
 */
export function aggregatePanel(
  judgments: readonly PanelJudgment[],
  aggregate: PanelAggregate,
  threshold: number | null,
): PanelVerdict | null {
  const scored = judgments.filter((j): j is PanelJudgment & { score: number } => j.score !== null);
  if (scored.length === 0) return null;
  const scores = scored.map((j) => j.score).sort((a, b) => a - b);
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  const score = aggregate === 'median' ? median(scores) : mean;
  const againstThreshold = threshold === null ? null : score >= threshold;
  if (aggregate !== 'majority' || threshold === null) return { score, passed: againstThreshold };
  const passes = scored.filter((j) => j.passed === true).length;
  const fails = scored.length - passes;
  return { score, passed: passes === fails ? againstThreshold : passes > fails };
}
