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
  /** Re-asks that changed how the judge was asked (JSON mode), not just corrected it. */
  escalations: number;
  /** The unreadable replies, in order (each cut to `UNREADABLE_REPLY_CHARS`), kept on the result. */
  unreadableReplies: string[];
}

export type JudgeOutcome =
  | ({ status: 'scored'; score: number; passed: boolean | null; reasoning: string | null } & CallCost)
  | ({ status: 'unscored' | 'error'; error: string; raw?: string } & CallCost);

export { UNPARSEABLE_JUDGE_REPLY } from './judgeOutput.js';

/**
 * How a judge is asked again after a reply it could not read. Asking the same way again repeats
 * the way it failed (and the run's answer cache would hand back the very same reply), so each step
 * asks differently: first the model sees its reply and what was wrong with it; then a fresh
 * conversation through the provider's other structured-output path (JSON mode, the shape spelled
 * out in a system message); then that one corrected. With every reply independently malformed 20%
 * of the time, four asks leave 0.16% of items to lenient parsing, which reads most of those
 * (`npm run bench -- --only judge`). A custom `response_format` has no second path to escalate
 * to: it is corrected each time.
 */
export const JUDGE_ESCALATION = ['correction', 'json_mode', 'json_mode_correction'] as const;
type AskStep = (typeof JUDGE_ESCALATION)[number];
const CUSTOM_FORMAT_STEPS: readonly AskStep[] = ['correction', 'correction', 'correction'];

/** Each unreadable reply kept on the result is cut to this: enough to see what went wrong. */
export const UNREADABLE_REPLY_CHARS = 1000;

const JSON_MODE_INSTRUCTION =
  'You are an evaluation judge. Reply with only a JSON object of the form ' +
  '{"reasoning": "<a short justification>", "score": <number>}, and nothing else.';

export async function judgeItem(deps: JudgeDeps, args: JudgeArgs): Promise<JudgeOutcome> {
  const { evaluator, sample } = args;
  const cost: CallCost = {
    usage: { input: 0, output: 0 },
    latencyMs: 0,
    modelCalls: 0,
    parseFailures: 0,
    escalations: 0,
    unreadableReplies: [],
  };
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
  let messages: ChatMessage[] = [{ role: 'user', content: prompt }];
  let params = inferenceParams;
  const ask = async (): Promise<ModelReply> => {
    const reply = await deps.client.complete({
      slug: evaluator.judge_model!,
      apiType: evaluator.api_type,
      messages,
      inferenceParams: params,
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
    for (const step of customFormat ? CUSTOM_FORMAT_STEPS : JUDGE_ESCALATION) {
      if (parsed.ok) break;
      cost.parseFailures++;
      cost.unreadableReplies.push(reply.text.slice(0, UNREADABLE_REPLY_CHARS));
      if (step === 'json_mode') {
        messages = [
          { role: 'system', content: JSON_MODE_INSTRUCTION },
          { role: 'user', content: prompt },
        ];
        params = { ...inferenceParams, response_format: { type: 'json_object' } };
      } else {
        messages = [
          ...messages,
          { role: 'assistant', content: reply.text },
          { role: 'user', content: correctionMessage(parsed.reason, customFormat) },
        ];
      }
      if (step !== 'correction') cost.escalations++;
      reply = await ask();
      parsed = parseJudgment(reply.text);
    }
    if (!parsed.ok) {
      cost.parseFailures++;
      cost.unreadableReplies.push(reply.text.slice(0, UNREADABLE_REPLY_CHARS));
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
