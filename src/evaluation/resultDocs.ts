import type { Evaluator } from '../domain/evaluators.js';
import { aggregatePanel, panelJudgment, type PanelJudgment } from '../judge/panel.js';
import type { JudgeOutcome } from '../judge/scoreJudgment.js';
import type { ModelCallError } from '../models/modelErrors.js';
import { cacheSavings, costUsd } from '../models/pricing.js';
import type { ModelPrice } from '../models/providers.js';
import type { CodeEvalOutcome } from '../sandbox/index.js';
import type { RunResultDoc } from '../store/runResults.js';
import { resultKey } from '../store/runResults.js';
import type { UnitTexts } from './unitTexts.js';

/** The fields an evaluation outcome decides; the rest of a result comes from its unit. */
export type ResultOutcome = Pick<
  RunResultDoc,
  | 'status'
  | 'score'
  | 'passed'
  | 'reason'
  | 'error'
  | 'raw_reply'
  | 'parse_failures'
  | 'escalations'
  | 'unreadable_replies'
  | 'panel'
  | 'latency_ms'
  | 'tokens'
  | 'spend_usd'
  | 'cache_hits'
  | 'saved_usd'
  | 'grader_sample'
  | 'comparison'
>;

const noCost = { latency_ms: null, tokens: { input: 0, output: 0 }, spend_usd: 0, parse_failures: 0 };

export interface ResultContext {
  projectId: string;
  runId: string;
  batchIndex: number;
  itemId: string;
  model: string | null;
  texts: UnitTexts | null;
  /** When the result is written (unix seconds, from the injected clock). */
  createdAt: number;
}

export function resultDoc(
  context: ResultContext,
  evaluator: Evaluator,
  outcome: ResultOutcome,
): RunResultDoc {
  return {
    _id: resultKey(context.runId, context.itemId, evaluator.id, context.model),
    project_id: context.projectId,
    run_id: context.runId,
    batch: context.batchIndex,
    item_id: context.itemId,
    evaluator_id: evaluator.id,
    evaluator_version: evaluator.version,
    model: context.model,
    ...outcome,
    input: context.texts?.sample.input ?? null,
    output: context.texts?.sample.output ?? null,
    ground_truth: context.texts?.groundTruth?.output ?? null,
    generation: context.texts?.generation ?? null,
    created_at: context.createdAt,
  };
}

export function judgeResult(outcome: JudgeOutcome, price: ModelPrice | null): ResultOutcome {
  const cost = {
    latency_ms: outcome.latencyMs,
    tokens: outcome.usage,
    spend_usd: costUsd(price, outcome.usage),
    ...cacheSavings([{ ...outcome, price }]),
    parse_failures: outcome.parseFailures,
    // Only where there is something to say: most results were read at the first ask.
    ...(outcome.escalations > 0 ? { escalations: outcome.escalations } : {}),
    ...(outcome.unreadableReplies.length > 0 ? { unreadable_replies: outcome.unreadableReplies } : {}),
  };
  if (outcome.status === 'scored') {
    return {
      status: 'scored',
      score: outcome.score,
      passed: outcome.passed,
      reason: outcome.reasoning,
      error: null,
      raw_reply: null,
      ...cost,
    };
  }
  return {
    status: outcome.status,
    score: null,
    passed: null,
    reason: null,
    error: outcome.error,
    raw_reply: outcome.raw ?? null,
    ...cost,
  };
}

/** One judge of a panel on one item: its outcome and what it cost, or the model call that failed for good. */
export type PanelCall =
  | { model: string; outcome: JudgeOutcome; price: ModelPrice | null }
  | { model: string; failure: ModelCallError };

/**
 * A judge panel's result: the aggregate of the judges that scored is the score, every judge's
 * verdict is kept, and the costs add up (the latency is the slowest judge's: they are asked at once).
 */
export function panelResult(
  calls: readonly PanelCall[],
  evaluator: Pick<Evaluator, 'panel_aggregate' | 'threshold'>,
): ResultOutcome {
  const outcomes = calls.flatMap((call) => ('outcome' in call ? [call.outcome] : []));
  const judgments: PanelJudgment[] = calls.map((call) =>
    'outcome' in call ? panelJudgment(call.model, call.outcome) : failedJudgment(call.model, call.failure),
  );
  const aggregate = evaluator.panel_aggregate ?? 'mean';
  const verdict = aggregatePanel(judgments, aggregate, evaluator.threshold);
  const cost = {
    latency_ms: outcomes.length > 0 ? Math.max(...outcomes.map((o) => o.latencyMs)) : null,
    tokens: {
      input: outcomes.reduce((sum, o) => sum + o.usage.input, 0),
      output: outcomes.reduce((sum, o) => sum + o.usage.output, 0),
    },
    spend_usd: calls.reduce(
      (sum, call) => sum + ('outcome' in call ? costUsd(call.price, call.outcome.usage) : 0),
      0,
    ),
    ...cacheSavings(
      calls.flatMap((call) => ('outcome' in call ? [{ ...call.outcome, price: call.price }] : [])),
    ),
    parse_failures: outcomes.reduce((sum, o) => sum + o.parseFailures, 0),
    escalations: outcomes.reduce((sum, o) => sum + o.escalations, 0),
    unreadable_replies: outcomes.flatMap((o) => o.unreadableReplies),
    panel: judgments,
  };
  if (verdict) {
    const scored = judgments.filter((j) => j.status === 'scored').length;
    return {
      status: 'scored',
      score: verdict.score,
      passed: verdict.passed,
      reason: `${aggregate} of ${scored} of ${judgments.length} judges`,
      error: null,
      raw_reply: null,
      ...cost,
    };
  }
  const failed = judgments.find((j) => j.status === 'error');
  const unparseable = outcomes.find((o) => o.status !== 'scored' && o.raw !== undefined);
  return {
    status: failed ? 'error' : 'unscored',
    score: null,
    passed: null,
    reason: null,
    error: `no judge of the panel scored the item: ${(failed ?? judgments[0]!).error}`,
    raw_reply: unparseable && unparseable.status !== 'scored' ? (unparseable.raw ?? null) : null,
    ...cost,
  };
}

/** A code evaluator's verdict; without its own `passed`, the evaluator's threshold decides. */
export function codeResult(outcome: CodeEvalOutcome, threshold: number | null): ResultOutcome {
  const cost = { ...noCost, latency_ms: outcome.latencyMs };
  if (!outcome.ok) {
    return {
      status: 'error',
      score: null,
      passed: null,
      reason: null,
      error: outcome.error,
      raw_reply: null,
      ...cost,
    };
  }
  return {
    status: 'scored',
    score: outcome.score,
    passed: outcome.passed ?? (threshold === null ? null : outcome.score >= threshold),
    reason: outcome.reason ?? null,
    error: null,
    raw_reply: null,
    ...cost,
  };
}

/**
 * A model call that failed for good (not retryable, or out of attempts). When the
 * generation failed, every evaluator of the unit gets this error.
 */
export function modelFailedResult(step: 'generation' | 'judge', error: ModelCallError): ResultOutcome {
  return {
    status: 'error',
    score: null,
    passed: null,
    reason: null,
    error: `${step} failed: ${error.message}`,
    raw_reply: null,
    ...noCost,
  };
}

/** A panel judge whose model call failed for good: the verdict is left to the others. */
export function failedJudgment(model: string, failure: ModelCallError): PanelJudgment {
  const error = `judge failed: ${failure.message}`;
  return { model, status: 'error', score: null, passed: null, reasoning: null, error };
}
