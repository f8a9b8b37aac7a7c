import type { Endpoint, ResponseFormat } from './types.js';

interface PlainMessage {
  role: string;
  text: string;
}

export interface CompletionRequestText {
  model: string;
  promptText: string;
  lastUserText: string;
  responseFormat: ResponseFormat | undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Reads leniently: a malformed body still yields something worth logging; validation is separate. */
export function readCompletionRequest(
  endpoint: Endpoint,
  body: Record<string, unknown>,
): CompletionRequestText {
  const messages = endpoint === 'chat' ? chatMessages(body) : responsesMessages(body);
  const lastUser = messages.filter((message) => message.role === 'user').at(-1);
  return {
    model: typeof body.model === 'string' ? body.model : '',
    promptText: messages.map((message) => message.text).join('\n'),
    lastUserText: lastUser?.text ?? '',
    responseFormat: responseFormatOf(endpoint, body),
  };
}

/** Returns an OpenAI-style complaint about the body, or undefined when it is usable. */
export function validateCompletionBody(
  endpoint: Endpoint,
  body: Record<string, unknown>,
): string | undefined {
  if (typeof body.model !== 'string' || body.model === '') return "Missing required parameter: 'model'.";
  if (body.stream === true) return 'fake-llm does not implement streaming; send stream: false.';
  if (endpoint === 'chat') {
    if (!Array.isArray(body.messages) || body.messages.length === 0) {
      return "Missing required parameter: 'messages'.";
    }
  } else if (typeof body.input !== 'string' && !Array.isArray(body.input)) {
    return "Missing required parameter: 'input'.";
  }
  const format = responseFormatOf(endpoint, body);
  if (format?.type === 'json_schema' && !format.schema) {
    return 'A json_schema response format needs a schema object.';
  }
  return undefined;
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part) => (isRecord(part) && typeof part.text === 'string' ? part.text : ''))
    .filter((text) => text !== '')
    .join('\n');
}

function chatMessages(body: Record<string, unknown>): PlainMessage[] {
  if (!Array.isArray(body.messages)) return [];
  return body.messages.filter(isRecord).map((message) => ({
    role: String(message.role ?? ''),
    text: textOf(message.content),
  }));
}

function responsesMessages(body: Record<string, unknown>): PlainMessage[] {
  const messages: PlainMessage[] = [];
  if (typeof body.instructions === 'string') messages.push({ role: 'system', text: body.instructions });
  if (typeof body.input === 'string') messages.push({ role: 'user', text: body.input });
  if (Array.isArray(body.input)) {
    for (const item of body.input.filter(isRecord)) {
      // Non-message items (tool calls and their outputs) carry no role or content.
      if (item.content !== undefined)
        messages.push({ role: String(item.role ?? 'user'), text: textOf(item.content) });
    }
  }
  return messages;
}

function responseFormatOf(endpoint: Endpoint, body: Record<string, unknown>): ResponseFormat | undefined {
  if (endpoint === 'chat') {
    const format = body.response_format;
    if (!isRecord(format)) return undefined;
    // Chat nests the schema one level down; the Responses API flattens it.
    return formatFrom(format, isRecord(format.json_schema) ? format.json_schema : {});
  }
  const format = isRecord(body.text) ? body.text.format : undefined;
  return isRecord(format) ? formatFrom(format, format) : undefined;
}

function formatFrom(
  format: Record<string, unknown>,
  schemaHolder: Record<string, unknown>,
): ResponseFormat | undefined {
  if (format.type !== 'text' && format.type !== 'json_object' && format.type !== 'json_schema')
    return undefined;
  return {
    type: format.type,
    name: typeof schemaHolder.name === 'string' ? schemaHolder.name : undefined,
    schema: isRecord(schemaHolder.schema) ? schemaHolder.schema : undefined,
    strict: typeof schemaHolder.strict === 'boolean' ? schemaHolder.strict : undefined,
  };
}
