import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/api/evals/presentEvalRun.js';
import type { EvalDoc, EvalRunDoc } from '../../../src/store/evals.js';
import type { RunResultDoc } from '../../../src/store/runResults.js';

describe("an eval run's summary", () => {
  it('per_model_usage adds up tokens and cached tokens from the generated samples and the model graders', async () => {
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
