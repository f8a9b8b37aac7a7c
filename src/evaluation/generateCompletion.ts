import type { ChatMessage, LlmInput } from '../domain/common.js';
import type { GenerateSource } from '../domain/runs.js';
import type { CompletionClient } from '../models/cachingModelClient.js';
import type { ModelReply } from '../models/replies.js';
import { renderTemplate } from '../judge/template.js';

export interface GenerateArgs {
  slug: string;
  source: GenerateSource;
  /** The seed item's input. */
  input: LlmInput;
  metadata?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * The conversation sent to a generating model: the source's messages first (a
 * system prompt, say), then either its prompt template rendered over the item, or
 * the item's own input (a string as one user turn, a transcript as it is).
 */
export function generationMessages(
  source: Pick<GenerateSource, 'messages' | 'prompt'>,
  input: LlmInput,
  metadata?: Record<string, string>,
): ChatMessage[] {
  const prefix = source.messages ?? [];
  if (source.prompt !== undefined) {
    return [
      ...prefix,
      { role: 'user', content: renderTemplate(source.prompt, { input, output: null, metadata }) },
    ];
  }
  if (typeof input === 'string') return [...prefix, { role: 'user', content: input }];
  return [...prefix, ...input];
}

/** One completion for one item from one generating model (always the chat API, as the source has no api_type). */
export function generateCompletion(client: CompletionClient, args: GenerateArgs): Promise<ModelReply> {
  return client.complete({
    slug: args.slug,
    apiType: 'chat_completions',
    messages: generationMessages(args.source, args.input, args.metadata),
    inferenceParams: args.source.inference_params,
    signal: args.signal,
  });
}
