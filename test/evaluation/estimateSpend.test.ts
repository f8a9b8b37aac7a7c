import { describe, expect, it } from 'vitest';
import type { GenerateSource, ResolvedSource } from '../../src/domain/runs.js';
import { DEFAULT_GENERATED_TOKENS, JUDGE_REPLY_TOKENS } from '../../src/models/pricing.js';
import type { ModelPrice } from '../../src/models/providers.js';
import { estimateRunCost, PairTextStats, type RunCostShape } from '../../src/evaluation/estimateSpend.js';
import type { RunPair, SourceItem } from '../../src/core/runItems.js';

/** Pure: the pre-flight spend estimate that creation checks budgets against. */

const item = (input: unknown, output: string | null): SourceItem => ({
  id: 'i',
  input: input as SourceItem['input'],
  output,
  metadata: {},
  model: null,
});

const dataset: ResolvedSource = {
  type: 'dataset',
  item_count: null,
  source: { type: 'dataset', dataset: 'd' } as ResolvedSource['source'],
};
const generate = (models: string[], params?: GenerateSource['inference_params']): ResolvedSource => ({
  type: 'generate',
  item_count: null,
  source: { type: 'generate', models, ...(params && { inference_params: params }) },
});

/** $1 per million input tokens and $2 per million output tokens, for every priced model. */
const prices = (priced: string[]) => ({
  price: (slug: string): ModelPrice | null => (priced.includes(slug) ? { input: 1, output: 2 } : null),
});

describe('PairTextStats', () => {
  it('averages input over pairs, sample output over pairs that have one, and ground truth over pairs', () => {
    const stats = new PairTextStats();
    const pairs: RunPair[] = [
      { item_id: 'a', sample: item('1234', 'xx'), ground_truth: item('1234', '12345678') },
      // Generated sample: the input comes from the ground truth, no sample output to average.
      { item_id: 'b', sample: null, ground_truth: item('12', '1234') },
      { item_id: 'c', sample: item('123456', null), ground_truth: null },
    ];
    for (const pair of pairs) stats.add(pair);
    expect(stats.count).toBe(3);
    expect(stats.averages()).toEqual({
      avgInputChars: (4 + 2 + 6) / 3,
      avgOutputChars: 2,
      avgGroundTruthChars: (8 + 4 + 0) / 3,
    });
  });

  it('measures chat-message inputs by their rendered text, and is all zeros before any pair', () => {
    const empty = new PairTextStats();
    expect(empty.averages()).toEqual({ avgInputChars: 0, avgOutputChars: undefined, avgGroundTruthChars: 0 });
    const stats = new PairTextStats();
    stats.add({ item_id: 'a', sample: item([{ role: 'user', content: 'hi' }], null), ground_truth: null });
    expect(stats.averages().avgInputChars).toBe('user: hi'.length);
  });
});

describe('estimateRunCost', () => {
  const judge = { type: 'judge' as const, judge_model: 'p/judge', judge_prompt: 'x'.repeat(40) };
  const stats = () => {
    const s = new PairTextStats();
    s.add({ item_id: 'a', sample: item('y'.repeat(40), 'z'.repeat(40)), ground_truth: item('', '') });
    return s;
  };

  it('judging existing outputs: prompt, input and output tokens in, a judge reply out, per item', () => {
    const run: RunCostShape = { evaluators: [judge], sample: dataset, ground_truth: dataset };
    const estimate = estimateRunCost(prices(['p/judge']), run, 10, stats());
    // 40 prompt + 40 input chars = 20 tokens, plus 10 tokens of output, for each of 10 items.
    expect(estimate.input_tokens).toBe(10 * 30);
    expect(estimate.output_tokens).toBe(10 * JUDGE_REPLY_TOKENS);
    expect(estimate.estimated_usd).toBeCloseTo((300 * 1 + 1500 * 2) / 1e6, 12);
    expect(estimate.unpriced_models).toEqual([]);
  });

  it('code evaluators cost nothing; unpriced models are listed, counted free', () => {
    const run: RunCostShape = {
      evaluators: [{ type: 'code' } as RunCostShape['evaluators'][number], judge],
      sample: dataset,
      ground_truth: dataset,
    };
    const estimate = estimateRunCost(prices([]), run, 10, stats());
    expect(estimate.estimated_usd).toBe(0);
    expect(estimate.unpriced_models).toEqual(['p/judge']);
    expect(estimate.input_tokens).toBe(300);
  });

  it('generated samples: each model generates every item, and the judge scores each model’s output', () => {
    const run: RunCostShape = {
      evaluators: [judge],
      sample: generate(['p/a', 'p/b'], { max_tokens: 100 }),
      ground_truth: dataset,
    };
    const estimate = estimateRunCost(prices(['p/a', 'p/b', 'p/judge']), run, 10, stats());
    // Generation: 2 models × 10 items × (10 in, 100 out). Judging: 20 outputs × (20 + 10 in, 150 out).
    // The judged output length is the known average (10 tokens), not max_tokens.
    expect(estimate.input_tokens).toBe(2 * 10 * 10 + 20 * 30);
    expect(estimate.output_tokens).toBe(2 * 10 * 100 + 20 * JUDGE_REPLY_TOKENS);
  });

  it('without max tokens a generation is assumed to be the default length', () => {
    const run: RunCostShape = { evaluators: [], sample: dataset, ground_truth: generate(['p/a']) };
    const estimate = estimateRunCost(prices(['p/a']), run, 3, stats());
    expect(estimate.output_tokens).toBe(3 * DEFAULT_GENERATED_TOKENS);
    expect(estimate.input_tokens).toBe(3 * 10);
  });

  it('no items, no spend', () => {
    const run: RunCostShape = { evaluators: [judge], sample: generate(['p/a']), ground_truth: dataset };
    expect(estimateRunCost(prices(['p/a', 'p/judge']), run, 0, stats())).toMatchObject({
      estimated_usd: 0,
      input_tokens: 0,
      output_tokens: 0,
    });
  });
});
