import type { ChatMessage } from '../domain/common.js';
import type { Evaluator } from '../domain/evaluators.js';
import type { InferenceParams } from '../domain/inferenceParams.js';
import type { CompletionClient } from '../models/cachingModelClient.js';
import type { ModelReply } from '../models/replies.js';
import { ModelCallError } from '../models/modelErrors.js';
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

interface CallCost {
  usage: { input: number; output: number };
  latencyMs: number;
  modelCalls: number;
  /** Replies that could not be read as a score (each one re-asked, or the last one). */
  parseFailures: number;
}

export type JudgeOutcome =
  | ({ status: 'scored'; score: number; passed: boolean | null; reasoning: string | null } & CallCost)
  | ({ status: 'unscored' | 'error'; error: string; raw?: string } & CallCost);

export { UNPARSEABLE_JUDGE_REPLY } from './judgeOutput.js';

/**
 * Re-asks after an unreadable reply. Each re-ask turns a reply that fails to parse a
 * fraction p of the time into one that fails p² (then p³) of the time: at 20%
 * malformed replies, two re-asks leave about 0.8% of items to lenient parsing alone,
 * which reads most of those (see `npm run bench`).
 */
export const JUDGE_REASKS = 2;

/**
 * Scores one sample with an LLM judge. An unreadable reply is re-asked up to twice,
 * each time with the bad reply and what was wrong with it in the conversation, then
 * recorded as an item error with the raw reply. Retryable model failures are thrown
 * (the activity retries them); a rejected key is thrown too (the run pauses on it);
 * other non-retryable ones become an item error.
 */
export async function judgeItem(deps: JudgeDeps, args: JudgeArgs): Promise<JudgeOutcome> {
  const { evaluator, sample } = args;
  const cost: CallCost = { usage: { input: 0, output: 0 }, latencyMs: 0, modelCalls: 0, parseFailures: 0 };
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
    });
    cost.usage.input += reply.usage.input;
    cost.usage.output += reply.usage.output;
    cost.latencyMs += reply.latencyMs;
    cost.modelCalls++;
    return reply;
  };

  try {
    let reply = await ask();
    let parsed = parseJudgment(reply.text);
    for (let reask = 0; !parsed.ok && reask < JUDGE_REASKS; reask++) {
      cost.parseFailures++;
      messages.push(
        { role: 'assistant', content: reply.text },
        { role: 'user', content: correctionMessage(parsed.reason, customFormat) },
      );
      reply = await ask();
      parsed = parseJudgment(reply.text);
    }
    if (!parsed.ok) {
      cost.parseFailures++;
      return { status: 'error', error: UNPARSEABLE_JUDGE_REPLY, raw: parsed.raw, ...cost };
    }
    const { threshold } = evaluator;
    return {
      status: 'scored',
      score: parsed.score,
      passed: threshold === null || threshold === undefined ? null : parsed.score >= threshold,
      reasoning: parsed.reasoning,
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
