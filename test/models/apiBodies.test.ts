import { describe, expect, it } from 'vitest';
import { readChatReply, readResponsesReply } from '../../src/models/apiBodies.js';

describe('model replies: tool calls and cached tokens', () => {
  const call = { id: 'call_1', type: 'function', function: { name: 'f', arguments: '{"a":1}' } };

  it('a chat reply with tools offered keeps its calls apart from its text', () => {
    const reply = { choices: [{ message: { role: 'assistant', content: null, tool_calls: [call] } }] };
    expect(readChatReply(reply, 'p', { toolsOffered: true })).toMatchObject({ text: '', toolCalls: [call] });
    // Without tools of the caller's own, a call is a structured reply in a forced function.
    expect(readChatReply(reply, 'p').text).toBe('{"a":1}');
  });

  it("a response's function_call items are its tool calls", () => {
    const functionCall = { type: 'function_call', call_id: 'c1', name: 'f', arguments: '{}' };
    const reply = {
      output: [functionCall, { type: 'message', content: [{ type: 'output_text', text: 'ok' }] }],
      usage: { input_tokens: 1, output_tokens: 1 },
    };
    expect(readResponsesReply(reply, 'p')).toMatchObject({ text: 'ok', toolCalls: [functionCall] });
  });

  it("cached input tokens are read from both APIs' usage details, and absent when the provider does not say", () => {
    const chat = readChatReply(
      {
        model: 'm',
        choices: [{ message: { role: 'assistant', content: 'hi' } }],
        usage: { prompt_tokens: 100, completion_tokens: 5, prompt_tokens_details: { cached_tokens: 64 } },
      },
      'prompt',
    );
    expect(chat.usage).toEqual({ input: 100, output: 5, cached: 64 });
    const responses = readResponsesReply(
      {
        model: 'm',
        output: [{ type: 'message', content: [{ type: 'output_text', text: 'hi' }] }],
        usage: { input_tokens: 80, output_tokens: 3, input_tokens_details: { cached_tokens: 32 } },
      },
      'prompt',
    );
    expect(responses.usage).toEqual({ input: 80, output: 3, cached: 32 });
    const plain = readChatReply(
      { choices: [{ message: { content: 'x' } }], usage: { prompt_tokens: 1, completion_tokens: 1 } },
      'p',
    );
    expect(plain.usage).toEqual({ input: 1, output: 1 });
  });
});
