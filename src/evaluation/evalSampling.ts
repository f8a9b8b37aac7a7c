import type { ChatMessage } from '../domain/common.js';
import type { EvalSample } from '../domain/evals.js';
import type { GeneratingRunDataSource, RunDataSource } from '../domain/evalRunDataSources.js';
import { inferenceParamsSchema, type InferenceParams } from '../domain/inferenceParams.js';
import { renderContent } from '../graders/gradeItem.js';
import { lookupPath } from '../graders/template.js';
import type { ModelReply } from '../models/replies.js';

/**
 * The generation side of an eval run: the messages a completions/responses data
 * source sends for an item, the parameters, and what the graders then see as the
 * `sample` namespace.
 */

/** Whether a run generates samples (a model and something to send), rather than reading given ones. */
export function generatesSamples(dataSource: RunDataSource): dataSource is GeneratingRunDataSource {
  return dataSource.type !== 'jsonl' && dataSource.model !== undefined;
}

/** `input_messages` over the `item` namespace: a template, or a reference to the item's own messages. */
export function samplingMessages(dataSource: GeneratingRunDataSource, item: unknown): ChatMessage[] {
  const ns = { item };
  const input = dataSource.input_messages;
  if (!input) {
    // Stored completions without a template are sent again as they were.
    const stored = (item as { input?: unknown } | null)?.input;
    return asMessages(stored);
  }
  if (input.type === 'item_reference') {
    let path = input.item_reference.trim();
    if (path.startsWith('{{') && path.endsWith('}}')) path = path.slice(2, -2).trim();
    return asMessages(lookupPath(ns, path.startsWith('item') ? path : `item.${path}`));
  }
  return input.template.map((message) => ({
    role: message.role as ChatMessage['role'],
    content: renderContent(message.content as never, ns),
  }));
}

function asMessages(value: unknown): ChatMessage[] {
  if (typeof value === 'string') return [{ role: 'user', content: value }];
  if (Array.isArray(value)) {
    return value.map((m) => ({
      role: (m as { role?: ChatMessage['role'] }).role ?? 'user',
      content:
        typeof (m as { content?: unknown }).content === 'string'
          ? (m as { content: string }).content
          : JSON.stringify((m as { content?: unknown }).content ?? ''),
    }));
  }
  throw new Error('the item reference names no messages (a string or a list of {role, content})');
}

/** The Responses API's `text.format` (flat json_schema) as a chat `response_format`. */
function responseFormatOfText(text: Record<string, unknown> | undefined): unknown {
  const format = text?.format as
    { type?: string; name?: string; schema?: unknown; strict?: boolean } | undefined;
  if (!format?.type) return undefined;
  if (format.type !== 'json_schema') return { type: format.type };
  return {
    type: 'json_schema',
    json_schema: {
      name: format.name ?? 'output',
      schema: format.schema,
      ...(format.strict !== undefined ? { strict: format.strict } : {}),
    },
  };
}

/** OpenAI's sampling params as the model layer's inference params (unknown values are dropped, not guessed). */
export function inferenceParamsOf(dataSource: GeneratingRunDataSource): InferenceParams | undefined {
  const p = dataSource.sampling_params;
  if (!p) return undefined;
  const candidate = {
    temperature: p.temperature,
    top_p: p.top_p,
    seed: p.seed,
    max_completion_tokens: p.max_completion_tokens ?? p.max_completions_tokens,
    reasoning_effort: p.reasoning_effort ?? undefined,
    response_format: p.response_format ?? responseFormatOfText(p.text),
  };
  const parsed = inferenceParamsSchema.safeParse(
    Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined && v !== null)),
  );
  if (!parsed.success) throw new Error(`sampling_params: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/** The `sample` namespace of the graders' templates for a generated or given sample. */
export function sampleNamespace(
  outputText: string,
  model: string | null,
  jsonRequested: boolean,
  outputTools: Record<string, unknown>[] = [],
) {
  let outputJson: unknown = null;
  if (jsonRequested) {
    try {
      outputJson = JSON.parse(outputText);
    } catch {
      outputJson = null;
    }
  }
  return {
    model,
    output_text: outputText,
    output_json: outputJson,
    output_tools: outputTools,
    choices: [{ index: 0, message: { role: 'assistant', content: outputText }, finish_reason: 'stop' }],
  };
}

/** A sample given with the item (jsonl): its own fields, with output_text filled in when it has only messages. */
export function givenSampleNamespace(sample: unknown) {
  if (!sample || typeof sample !== 'object') return sampleNamespace('', null, false);
  const given = sample as Record<string, unknown>;
  const text =
    typeof given.output_text === 'string'
      ? given.output_text
      : Array.isArray(given.choices)
        ? String((given.choices[0] as { message?: { content?: unknown } })?.message?.content ?? '')
        : '';
  return {
    ...sampleNamespace(
      text,
      typeof given.model === 'string' ? given.model : null,
      given.output_json === undefined,
    ),
    ...given,
  };
}

export function evalSampleOf(
  messages: ChatMessage[],
  reply: Pick<ModelReply, 'text' | 'usage' | 'model' | 'toolCalls'> | null,
  params: InferenceParams | undefined,
  error: { code: string; message: string } | null,
): EvalSample {
  const usage = reply?.usage ?? { input: 0, output: 0 };
  return {
    input: messages.map((m) => ({
      role: m.role,
      content: typeof m.content === 'string' ? m.content : JSON.stringify(m.content),
    })),
    output: reply
      ? [
          {
            role: 'assistant',
            content: reply.text,
            ...(reply.toolCalls?.length ? { tool_calls: reply.toolCalls } : {}),
          },
        ]
      : [],
    model: reply?.model ?? null,
    finish_reason: reply ? 'stop' : null,
    usage: {
      prompt_tokens: usage.input,
      completion_tokens: usage.output,
      total_tokens: usage.input + usage.output,
      cached_tokens: reply?.usage.cached ?? 0,
    },
    error,
    temperature: params?.temperature ?? null,
    top_p: params?.top_p ?? null,
    seed: params?.seed ?? null,
    max_completion_tokens: params?.max_completion_tokens ?? null,
  };
}
