import type { Evaluator } from '../domain/evaluators.js';
import type { JudgeOutcome } from '../judge/scoreJudgment.js';
import type { ModelCallError } from '../models/modelErrors.js';
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
  | 'latency_ms'
  | 'tokens'
  | 'spend_usd'
  | 'grader_sample'
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

export function judgeResult(outcome: JudgeOutcome, spendUsd: number): ResultOutcome {
  const cost = {
    latency_ms: outcome.latencyMs,
    tokens: outcome.usage,
    spend_usd: spendUsd,
    parse_failures: outcome.parseFailures,
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
