import type { Evaluator } from '../domain/evaluators.js';
import type { ResponseFormat } from '../domain/inferenceParams.js';
import type { CompletionClient } from '../models/cachingModelClient.js';
import { ModelCallError } from '../models/modelErrors.js';
import { askJudge, emptyJudgeCost, type JudgeCallCost, type JudgeReading } from './askJudge.js';
import {
  correctionMessage,
  defaultJudgmentFormat,
  parseJudgment,
  UNPARSEABLE_JUDGE_REPLY,
} from './judgeOutput.js';
import { renderTemplate } from './template.js';

export interface JudgeDeps {
  /** A CachingModelClient during a run, so a re-run batch reuses the answers it paid for. */
  client: CompletionClient;
}

/** The parts of an evaluator a judge call uses (a snapshot from the run's config will do). */
export type JudgeEvaluator = Pick<
  Evaluator,
  'type' | 'judge_model' | 'judge_prompt' | 'api_type' | 'inference_params' | 'threshold'
>;

export interface JudgeArgs {
  evaluator: JudgeEvaluator;
  sample: { input: unknown; output: unknown; metadata?: Record<string, string>; model?: string | null };
  groundTruth: { input: unknown; output: unknown; metadata?: Record<string, string> } | null;
  signal?: AbortSignal;
}

type CallCost = JudgeCallCost;

export type JudgeOutcome =
  | ({ status: 'scored'; score: number; passed: boolean | null; reasoning: string | null } & CallCost)
  | ({ status: 'unscored' | 'error'; error: string; raw?: string } & CallCost);

export { UNPARSEABLE_JUDGE_REPLY } from './judgeOutput.js';
export { JUDGE_ESCALATION, UNREADABLE_REPLY_CHARS } from './askJudge.js';

const JSON_MODE_INSTRUCTION =
  'You are an evaluation judge. Reply with only a JSON object of the form ' +
  '{"reasoning": "<a short justification>", "score": <number>}, and nothing else.';

/** A score, read leniently (see parseJudgment), in the default format or the evaluator's own. */
function scoreReading(
  customFormat: ResponseFormat | undefined,
): JudgeReading<{ score: number; reasoning: string | null }> {
  return {
    format: customFormat ?? defaultJudgmentFormat,
    read: (text) => {
      const parsed = parseJudgment(text);
      return parsed.ok ? { ok: true, value: { score: parsed.score, reasoning: parsed.reasoning } } : parsed;
    },
    jsonModeInstruction: JSON_MODE_INSTRUCTION,
    correction: (reason) => correctionMessage(reason, customFormat !== undefined),
    customFormat: customFormat !== undefined,
  };
}

export async function judgeItem(deps: JudgeDeps, args: JudgeArgs): Promise<JudgeOutcome> {
  const { evaluator, sample } = args;
  const cost = emptyJudgeCost();
  if (evaluator.type !== 'judge' || !evaluator.judge_model || !evaluator.judge_prompt) {
    return { status: 'error', error: 'the evaluator is not a judge with a model and a prompt', ...cost };
  }
  // Nothing to judge is not a bad answer: the item is counted as unscored, never as a zero.
  if (sample.output === undefined || sample.output === null) {
    return { status: 'unscored', error: 'the sample has no output to judge', ...cost };
  }

  const prompt = renderTemplate(evaluator.judge_prompt, {
    input: sample.input,
    output: sample.output,
    model: sample.model ?? null,
    metadata: sample.metadata,
    ground_truth: args.groundTruth,
  });
  try {
    const read = await askJudge(
      deps.client,
      {
        model: evaluator.judge_model,
        apiType: evaluator.api_type,
        prompt,
        inferenceParams: evaluator.inference_params ?? {},
        signal: args.signal,
      },
      scoreReading(evaluator.inference_params?.response_format),
      cost,
    );
    if (!read.ok) return { status: 'error', error: UNPARSEABLE_JUDGE_REPLY, raw: read.raw, ...cost };
    const { threshold } = evaluator;
    const { score, reasoning } = read.value;
    return {
      status: 'scored',
      score,
      passed: threshold === null || threshold === undefined ? null : score >= threshold,
      reasoning,
      ...cost,
    };
  } catch (error) {
    // A rejected key is the run's problem, not this item's: the batch pauses the run on it.
    if (error instanceof ModelCallError && !error.retryable && error.kind !== 'auth') {
      return { status: 'error', error: error.message, ...cost };
    }
    throw error;
  }
}
