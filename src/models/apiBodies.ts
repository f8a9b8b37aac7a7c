import type OpenAI from 'openai';
import type { ChatMessage } from '../domain/common.js';
import type { ApiType } from '../domain/evaluators.js';
import type { InferenceParams } from '../domain/inferenceParams.js';
import { ModelCallError } from './modelErrors.js';
import type { StructuredOutputMode } from './providers.js';
import { estimateTokens } from './pricing.js';
import type { ReplyContent, TokenUsage } from './replies.js';

type ChatBody = OpenAI.Chat.ChatCompletionCreateParamsNonStreaming;
type ResponsesBody = OpenAI.Responses.ResponseCreateParamsNonStreaming;
type ResponsesInputItem = OpenAI.Responses.ResponseInputItem;
type ResponsesContent = OpenAI.Responses.ResponseInputContent;

/** Chat-only parameters the Responses API answers with a 400 ("Unknown parameter"). */
const chatOnlyParams = ['presence_penalty', 'frequency_penalty', 'seed', 'stop'] as const;

/** Parameters an API cannot take, so evaluator creation can reject them with a 422. */
export function unsupportedParams(apiType: ApiType, params: InferenceParams | undefined): string[] {
  if (apiType !== 'responses' || !params) return [];
  return chatOnlyParams.filter((name) => params[name] !== undefined);
}

export function chatCompletionBody(
  model: string,
  messages: readonly ChatMessage[],
  params: InferenceParams = {},
  structuredOutput: StructuredOutputMode = 'json_schema',
): ChatBody {
  const { max_output_tokens, reasoning_effort, response_format, ...rest } = params;
  const body: ChatBody = {
    model,
    messages: messages as unknown as ChatBody['messages'],
    ...rest,
  };
  // `max_output_tokens` is the Responses API's name for the same limit.
  if (
    max_output_tokens !== undefined &&
    body.max_completion_tokens === undefined &&
    body.max_tokens === undefined
  )
    body.max_completion_tokens = max_output_tokens;
  if (reasoning_effort !== undefined) body.reasoning_effort = reasoning_effort;
  if (response_format?.type === 'json_schema' && structuredOutput !== 'json_schema') {
    const { name, description, schema, strict } = response_format.json_schema;
    if (structuredOutput === 'tool_call') {
      // The schema as a function's parameters, and the call forced: its arguments are the reply.
      body.tools = [
        {
          type: 'function',
          function: {
            name,
            ...(description !== undefined ? { description } : {}),
            parameters: schema as Record<string, unknown>,
            ...(strict !== undefined ? { strict } : {}),
          },
        },
      ];
      body.tool_choice = { type: 'function', function: { name } };
    } else {
      body.response_format = { type: 'json_object' };
      body.messages = [
        ...body.messages,
        {
          role: 'system',
          content: `Reply with one JSON object that matches this JSON schema:\n${JSON.stringify(schema)}`,
        },
      ];
    }
  } else if (response_format !== undefined) {
    body.response_format = response_format as ChatBody['response_format'];
  }
  return body;
}

/**
 * The Responses API takes the system prompt as `instructions`, limits as
 * `max_output_tokens`, and structured output under `text.format` with the
 * json_schema fields flattened (no nested `json_schema` object).
 */
export function responsesBody(
  model: string,
  messages: readonly ChatMessage[],
  params: InferenceParams = {},
): ResponsesBody {
  const unsupported = unsupportedParams('responses', params);
  if (unsupported.length > 0) {
    throw new ModelCallError(
      'bad_request',
      `${unsupported.join(', ')} cannot be sent to the Responses API; use api_type chat_completions`,
    );
  }
  const system = messages.filter((message) => message.role === 'system');
  const body: ResponsesBody = {
    model,
    input: messages.filter((message) => message.role !== 'system').map(toResponsesInput),
  };
  if (system.length > 0) body.instructions = system.map((message) => plainText(message.content)).join('\n\n');
  if (params.temperature !== undefined) body.temperature = params.temperature;
  if (params.top_p !== undefined) body.top_p = params.top_p;
  const maxOutput = params.max_output_tokens ?? params.max_completion_tokens ?? params.max_tokens;
  if (maxOutput !== undefined) body.max_output_tokens = maxOutput;
  if (params.reasoning_effort !== undefined) body.reasoning = { effort: params.reasoning_effort };
  const format = params.response_format;
  if (format?.type === 'json_schema') {
    const { name, schema, description, strict } = format.json_schema;
    body.text = {
      format: {
        type: 'json_schema',
        name,
        schema,
        ...(description !== undefined ? { description } : {}),
        ...(strict !== undefined ? { strict } : {}),
      },
    };
  } else if (format) {
    body.text = { format: { type: format.type } };
  }
  return body;
}

function toResponsesInput(message: ChatMessage): ResponsesInputItem {
  const { role } = message;
  if (role === 'tool') {
    throw new ModelCallError(
      'bad_request',
      'tool messages cannot be sent to the Responses API; use api_type chat_completions',
    );
  }
  // Earlier assistant turns are plain text: output parts would need ids the caller does not have.
  if (role === 'assistant' || typeof message.content === 'string' || message.content === null) {
    return { role, content: plainText(message.content) };
  }
  return { role, content: message.content.map(toResponsesPart) };
}

function toResponsesPart(part: Record<string, unknown>): ResponsesContent {
  if (part.type === 'text' && typeof part.text === 'string') return { type: 'input_text', text: part.text };
  if (part.type === 'image_url') {
    const image = part.image_url as { url?: unknown; detail?: unknown } | undefined;
    const detail = image?.detail === 'low' || image?.detail === 'high' ? image.detail : 'auto';
    return { type: 'input_image', image_url: typeof image?.url === 'string' ? image.url : null, detail };
  }
  return part as unknown as ResponsesContent;
}

function plainText(content: ChatMessage['content']): string {
  if (content === null) return '';
  if (typeof content === 'string') return content;
  return content
    .map((part) => (typeof part.text === 'string' ? part.text : ''))
    .filter((text) => text !== '')
    .join('\n');
}

/** Reads a chat completion defensively: a 200 without choices is a malformed reply, not a crash. */
export function readChatReply(
  reply: unknown,
  promptText: string,
  /** With the caller's own tools, a call is a tool call, not a structured reply in a forced function. */
  options: { toolsOffered?: boolean } = {},
): ReplyContent {
  const body = asRecord(reply);
  const choices = body?.choices;
  const message = Array.isArray(choices) ? asRecord(asRecord(choices[0])?.message) : undefined;
  if (!body || !message) throw malformed('a chat completion without choices[0].message');
  const content = typeof message.content === 'string' ? message.content : undefined;
  const refusal = typeof message.refusal === 'string' ? message.refusal : undefined;
  // A forced function call (structured_output tool_call) answers in its arguments.
  const toolCalls = Array.isArray(message.tool_calls) ? message.tool_calls : [];
  const call = asRecord(asRecord(toolCalls[0])?.function);
  const toolArguments = typeof call?.arguments === 'string' ? call.arguments : undefined;
  const text = content ?? (options.toolsOffered ? undefined : toolArguments) ?? refusal ?? '';
  const usage = asRecord(body.usage);
  const calls = toolCalls.map(asRecord).filter((c) => c !== undefined);
  return {
    text,
    ...(calls.length > 0 ? { toolCalls: calls } : {}),
    usage: tokenUsage(
      usage?.prompt_tokens,
      usage?.completion_tokens,
      asRecord(usage?.prompt_tokens_details)?.cached_tokens,
      promptText,
      text,
    ),
    model: typeof body.model === 'string' ? body.model : undefined,
  };
}

export function readResponsesReply(reply: unknown, promptText: string): ReplyContent {
  const body = asRecord(reply);
  if (!body || !Array.isArray(body.output)) throw malformed('a response without an output array');
  const failure = asRecord(body.error);
  if (body.status === 'failed' && failure) {
    // The code only: the provider's message is its own words, which tenants do not see.
    const code = typeof failure.code === 'string' ? failure.code.slice(0, 64) : 'unknown';
    const message = `the response failed: ${code}`;
    if (code === 'rate_limit_exceeded') throw new ModelCallError('rate_limited', message);
    if (code === 'server_error') throw new ModelCallError('server_error', message);
    throw new ModelCallError('bad_request', message);
  }
  const parts: string[] = [];
  for (const item of body.output.map(asRecord)) {
    if (item?.type !== 'message' || !Array.isArray(item.content)) continue;
    for (const part of item.content.map(asRecord)) {
      if (part?.type === 'output_text' && typeof part.text === 'string') parts.push(part.text);
      else if (part?.type === 'refusal' && typeof part.refusal === 'string') parts.push(part.refusal);
    }
  }
  const text = parts.join('');
  const usage = asRecord(body.usage);
  const calls = body.output.map(asRecord).filter((item) => item?.type === 'function_call');
  return {
    text,
    ...(calls.length > 0 ? { toolCalls: calls as Record<string, unknown>[] } : {}),
    usage: tokenUsage(
      usage?.input_tokens,
      usage?.output_tokens,
      asRecord(usage?.input_tokens_details)?.cached_tokens,
      promptText,
      text,
    ),
    model: typeof body.model === 'string' ? body.model : undefined,
  };
}

/** Some OpenAI-compatible servers omit usage; an estimate keeps spend from silently reading zero. */
function tokenUsage(
  input: unknown,
  output: unknown,
  cached: unknown,
  promptText: string,
  text: string,
): TokenUsage {
  return {
    input: typeof input === 'number' ? input : estimateTokens(promptText),
    output: typeof output === 'number' ? output : estimateTokens(text),
    ...(typeof cached === 'number' && cached > 0 ? { cached } : {}),
  };
}

export function promptTextOf(messages: readonly ChatMessage[]): string {
  return messages.map((message) => plainText(message.content)).join('\n');
}

function malformed(what: string): ModelCallError {
  return new ModelCallError('malformed_reply', `the provider returned ${what}`);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
