import { randomBytes } from 'node:crypto';
import { estimateTokens } from './deterministic.js';
import type { FakeContentReply, FakeRequest } from './types.js';

function fakeId(prefix: string): string {
  return `${prefix}${randomBytes(12).toString('hex')}`;
}

function tokenCounts(req: FakeRequest, reply: FakeContentReply): { input: number; output: number } {
  return {
    input: reply.usage?.promptTokens ?? estimateTokens(req.promptText),
    output: reply.usage?.completionTokens ?? estimateTokens(reply.content),
  };
}

export function chatCompletionBody(req: FakeRequest, reply: FakeContentReply): Record<string, unknown> {
  const tokens = tokenCounts(req, reply);
  return {
    id: fakeId('chatcmpl-'),
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: req.model,
    system_fingerprint: 'fp_fake_llm',
    choices: [
      {
        index: 0,
        message: reply.toolCall
          ? {
              role: 'assistant',
              content: null,
              refusal: null,
              tool_calls: [{ id: fakeId('call_'), type: 'function', function: reply.toolCall }],
            }
          : { role: 'assistant', content: reply.content, refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: reply.toolCall ? 'tool_calls' : (reply.finishReason ?? 'stop'),
      },
    ],
    usage: {
      prompt_tokens: tokens.input,
      completion_tokens: tokens.output,
      total_tokens: tokens.input + tokens.output,
      prompt_tokens_details: { cached_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0 },
    },
  };
}

export function responsesBody(req: FakeRequest, reply: FakeContentReply): Record<string, unknown> {
  const tokens = tokenCounts(req, reply);
  const finishReason = reply.finishReason ?? 'stop';
  const incompleteReason = { stop: null, length: 'max_output_tokens', content_filter: 'content_filter' }[
    finishReason
  ];
  const { body } = req;
  return {
    id: fakeId('resp_'),
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    status: incompleteReason ? 'incomplete' : 'completed',
    error: null,
    incomplete_details: incompleteReason ? { reason: incompleteReason } : null,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    model: req.model,
    // A tool call is a `function_call` output item of its own, as OpenAI's Responses API gives it.
    output: reply.toolCall
      ? [
          {
            type: 'function_call',
            id: fakeId('fc_'),
            call_id: fakeId('call_'),
            status: 'completed',
            ...reply.toolCall,
          },
        ]
      : [
          {
            type: 'message',
            id: fakeId('msg_'),
            status: incompleteReason ? 'incomplete' : 'completed',
            role: 'assistant',
            content: [{ type: 'output_text', text: reply.content, annotations: [] }],
          },
        ],
    parallel_tool_calls: true,
    previous_response_id: null,
    temperature: body.temperature ?? 1,
    text: body.text ?? { format: { type: 'text' } },
    tool_choice: 'auto',
    tools: [],
    top_p: body.top_p ?? 1,
    metadata: body.metadata ?? {},
    usage: {
      input_tokens: tokens.input,
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: tokens.output,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: tokens.input + tokens.output,
    },
  };
}
