import { describe, expect, it } from 'vitest';
import { readChatReply, readResponsesReply } from '../../src/models/apiBodies.js';

describe('tool calls in model replies', () => {
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
});
