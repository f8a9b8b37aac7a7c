import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/api/evals/presentEvalRun.js';
import type { EvalDoc, EvalRunDoc } from '../../src/store/evals.js';
import type { RunResultDoc } from '../../src/store/runResults.js';
import { readChatReply, readResponsesReply } from '../../src/models/apiBodies.js';

describe('cached input tokens', () => {
  it("are read from both APIs' usage details, and absent when the provider does not say", () => {
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

  it("add up in an eval run's per_model_usage from the generated samples and the model graders", async () => {
    const evalDoc = {
      evaluator_ids: ['ev', 'judge'],
      testing_criteria: [
        { name: 'c', type: 'string_check' },
        { name: 'j', type: 'score_model', model: 'judge-model' },
      ],
    };
    const evalRun = { data_source: { type: 'completions', model: 'gpt-x' } };
    const result = (item: string, cached: number) =>
      ({
        item_id: item,
        evaluator_id: 'ev',
        status: 'scored',
        passed: true,
        tokens: { input: 0, output: 0 },
        generation: { tokens: { input: 100, output: 10 }, spend_usd: 0 },
        output: { usage: { cached_tokens: cached } },
      }) as unknown as RunResultDoc;
    const judged = (item: string, tokens: Record<string, number>) =>
      ({
        ...result(item, 0),
        evaluator_id: 'judge',
        tokens,
        generation: null,
      }) as unknown as RunResultDoc;
    async function* results() {
      yield result('1', 64);
      yield judged('1', { input: 50, output: 5, cached: 16 });
      yield result('2', 0);
      yield judged('2', { input: 50, output: 5 });
    }
    const summary = await summarize(
      results(),
      evalDoc as unknown as EvalDoc,
      evalRun as unknown as EvalRunDoc,
      'embed',
    );
    expect(summary.per_model_usage).toEqual([
      {
        model_name: 'gpt-x',
        invocation_count: 2,
        prompt_tokens: 200,
        completion_tokens: 20,
        total_tokens: 220,
        cached_tokens: 64,
      },
      {
        model_name: 'judge-model',
        invocation_count: 2,
        prompt_tokens: 100,
        completion_tokens: 10,
        total_tokens: 110,
        cached_tokens: 16,
      },
    ]);
  });
});
