import type { ChatMessage } from '../domain/common.js';
import type { ApiType } from '../domain/evaluators.js';
import type { InferenceParams, ResponseFormat } from '../domain/inferenceParams.js';
import type { CompletionClient } from '../models/cachingModelClient.js';
import type { ModelReply } from '../models/replies.js';

/** How a judge's answer is asked for and read: a score, a pairwise verdict, a ranking. */
export interface JudgeReading<T> {
  /** The structured output the judge is asked for first. */
  format: ResponseFormat;
  read(text: string): { ok: true; value: T } | { ok: false; reason: string; raw: string };
  /** The system message of the JSON-mode escalation: the shape spelled out. */
  jsonModeInstruction: string;
  /** What the judge is told after a reply that could not be read. */
  correction(reason: string): string;
  /** A format the user chose: there is no other structured-output path to escalate to. */
  customFormat: boolean;
}

export interface JudgeAsk {
  model: string;
  apiType: ApiType;
  prompt: string;
  inferenceParams: InferenceParams;
  signal?: AbortSignal;
}

export interface JudgeCallCost {
  /** What this run paid for: zero for answers from the project's answer cache. */
  usage: { input: number; output: number };
  latencyMs: number;
  modelCalls: number;
  /** Asks the project's answer cache answered, and what they used when first paid for. */
  cacheHits: number;
  savedUsage: { input: number; output: number };
  /** Replies that could not be read (each one re-asked, or the last one). */
  parseFailures: number;
  /** Re-asks that changed how the judge was asked (JSON mode), not just corrected it. */
  escalations: number;
  /** The unreadable replies, in order (each cut to `UNREADABLE_REPLY_CHARS`), kept on the result. */
  unreadableReplies: string[];
}

export const emptyJudgeCost = (): JudgeCallCost => ({
  usage: { input: 0, output: 0 },
  latencyMs: 0,
  modelCalls: 0,
  cacheHits: 0,
  savedUsage: { input: 0, output: 0 },
  parseFailures: 0,
  escalations: 0,
  unreadableReplies: [],
});

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

/**
 * Asks a judge until its reply can be read, escalating as above; `cost` adds up every ask.
 * Model call errors propagate: the caller decides whether they are the item's or the run's.
 */
export async function askJudge<T>(
  client: CompletionClient,
  ask: JudgeAsk,
  reading: JudgeReading<T>,
  cost: JudgeCallCost,
): Promise<{ ok: true; value: T } | { ok: false; raw: string }> {
  const inferenceParams: InferenceParams = { ...ask.inferenceParams, response_format: reading.format };
  let messages: ChatMessage[] = [{ role: 'user', content: ask.prompt }];
  let params = inferenceParams;
  const call = async (): Promise<ModelReply> => {
    const reply = await client.complete({
      slug: ask.model,
      apiType: ask.apiType,
      messages,
      inferenceParams: params,
      signal: ask.signal,
    });
    cost.usage.input += reply.usage.input;
    cost.usage.output += reply.usage.output;
    cost.latencyMs += reply.latencyMs;
    cost.modelCalls++;
    if (reply.savedUsage) {
      cost.cacheHits++;
      cost.savedUsage.input += reply.savedUsage.input;
      cost.savedUsage.output += reply.savedUsage.output;
    }
    return reply;
  };
  let reply = await call();
  let parsed = reading.read(reply.text);
  for (const step of reading.customFormat ? CUSTOM_FORMAT_STEPS : JUDGE_ESCALATION) {
    if (parsed.ok) break;
    cost.parseFailures++;
    cost.unreadableReplies.push(reply.text.slice(0, UNREADABLE_REPLY_CHARS));
    if (step === 'json_mode') {
      messages = [
        { role: 'system', content: reading.jsonModeInstruction },
        { role: 'user', content: ask.prompt },
      ];
      params = { ...inferenceParams, response_format: { type: 'json_object' } };
    } else {
      messages = [
        ...messages,
        { role: 'assistant', content: reply.text },
        { role: 'user', content: reading.correction(parsed.reason) },
      ];
    }
    if (step !== 'correction') cost.escalations++;
    reply = await call();
    parsed = reading.read(reply.text);
  }
  if (!parsed.ok) {
    cost.parseFailures++;
    cost.unreadableReplies.push(reply.text.slice(0, UNREADABLE_REPLY_CHARS));
    return { ok: false, raw: parsed.raw };
  }
  return parsed;
}
