import type { ChatMessage } from '../domain/common.js';
import type { Evaluator } from '../domain/evaluators.js';
import type { InferenceParams } from '../domain/inferenceParams.js';
import type { ModelClient, ModelReply } from '../models/modelClient.js';
import { ModelCallError } from '../models/modelErrors.js';
import type { ResponseCacheStore } from '../models/responseCache.js';
import { correctionMessage, defaultJudgmentFormat, parseJudgment } from './judgeOutput.js';
import { renderTemplate } from './template.js';

export interface JudgeDeps {
  client: ModelClient;
  cache?: ResponseCacheStore;
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
  /** Folded into the response-cache key: the run id. */
  cacheScope: string;
  signal?: AbortSignal;
}

interface CallCost {
  usage: { input: number; output: number };
  latencyMs: number;
  modelCalls: number;
}

export type JudgeOutcome =
  | ({ status: 'scored'; score: number; passed: boolean | null; reasoning: string | null } & CallCost)
  | ({ status: 'unscored' | 'error'; error: string; raw?: string } & CallCost);

export const UNPARSEABLE_JUDGE_REPLY = 'unparseable judge reply';

/**
 * Scores one sample with an LLM judge. An unreadable reply is re-asked once (with the
 * bad reply and a correction in the conversation), then recorded as an item error with
 * the raw reply. Retryable model failures are thrown (the activity lets Temporal retry
 * them); non-retryable ones become an item error.
 */
export async function judgeItem(deps: JudgeDeps, args: JudgeArgs): Promise<JudgeOutcome> {
  const { evaluator, sample } = args;
  const cost: CallCost = { usage: { input: 0, output: 0 }, latencyMs: 0, modelCalls: 0 };
  if (evaluator.type !== 'judge' || !evaluator.judge_model || !evaluator.judge_prompt) {
    return { status: 'error', error: 'the evaluator is not a judge with a model and a prompt', ...cost };
  }
  // Nothing to judge is not a bad answer: the item is counted as unscored, never as a zero.
  if (sample.output === undefined || sample.output === null) {
    return { status: 'unscored', error: 'the sample has no output to judge', ...cost };
  }

  const customFormat = evaluator.inference_params?.response_format !== undefined;
  const inferenceParams: InferenceParams = {
    ...evaluator.inference_params,
    response_format: evaluator.inference_params?.response_format ?? defaultJudgmentFormat,
  };
  const prompt = renderTemplate(evaluator.judge_prompt, {
    input: sample.input,
    output: sample.output,
    model: sample.model ?? null,
    metadata: sample.metadata,
    ground_truth: args.groundTruth,
  });
  const messages: ChatMessage[] = [{ role: 'user', content: prompt }];
  const ask = async (): Promise<ModelReply> => {
    const reply = await deps.client.complete({
      slug: evaluator.judge_model!,
      apiType: evaluator.api_type,
      messages,
      inferenceParams,
      signal: args.signal,
      cache: deps.cache,
      cacheScope: args.cacheScope,
    });
    cost.usage.input += reply.usage.input;
    cost.usage.output += reply.usage.output;
    cost.latencyMs += reply.latencyMs;
    cost.modelCalls++;
    return reply;
  };

  try {
    const first = await ask();
    let parsed = parseJudgment(first.text);
    if (!parsed.ok) {
      messages.push(
        { role: 'assistant', content: first.text },
        { role: 'user', content: correctionMessage(parsed.reason, customFormat) },
      );
      parsed = parseJudgment((await ask()).text);
    }
    if (!parsed.ok) return { status: 'error', error: UNPARSEABLE_JUDGE_REPLY, raw: parsed.raw, ...cost };
    const { threshold } = evaluator;
    return {
      status: 'scored',
      score: parsed.score,
      passed: threshold === null || threshold === undefined ? null : parsed.score >= threshold,
      reasoning: parsed.reasoning,
      ...cost,
    };
  } catch (error) {
    if (error instanceof ModelCallError && !error.retryable) {
      return { status: 'error', error: error.message, ...cost };
    }
    throw error;
  }
}
