import { describe, expect, it } from 'vitest';
import {
  costUsd,
  DEFAULT_GENERATED_TOKENS,
  estimateRunSpend,
  estimateTokens,
  JUDGE_REPLY_TOKENS,
} from '../../src/models/pricing.js';
import type { ModelPrice } from '../../src/models/providers.js';

const priceTable: Record<string, ModelPrice> = {
  'openai/gpt-4o-mini': { input: 0.15, output: 0.6 },
  'openai/gpt-4o': { input: 2.5, output: 10 },
};
const prices = { price: (slug: string) => priceTable[slug] ?? null };

describe('pricing', () => {
  it('estimates about four characters per token', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcd')).toBe(1);
    expect(estimateTokens('abcde')).toBe(2);
    expect(estimateTokens('x'.repeat(4000))).toBe(1000);
  });

  it('prices usage per million tokens, and an unknown price as free', () => {
    expect(costUsd({ input: 2.5, output: 10 }, { input: 1_000_000, output: 500_000 })).toBeCloseTo(7.5, 12);
    expect(costUsd(null, { input: 1000, output: 1000 })).toBe(0);
  });

  it('estimates generation and judging, listing models without a price', () => {
    const estimate = estimateRunSpend(prices, {
      itemCount: 1000,
      avgInputChars: 400,
      generateModels: ['openai/gpt-4o', 'local/llama3'],
      judges: [{ model: 'openai/gpt-4o-mini', promptChars: 800 }],
      outputsPerItem: 2,
    });
    // Independently: generation per item = 100 input + 256 output tokens per model;
    // judging per output = (800 + 400)/4 + 256 input tokens and 150 output tokens.
    const generation = (1000 * (100 * 2.5 + DEFAULT_GENERATED_TOKENS * 10)) / 1e6;
    const judging = (2000 * ((300 + DEFAULT_GENERATED_TOKENS) * 0.15 + JUDGE_REPLY_TOKENS * 0.6)) / 1e6;
    expect(estimate.estimated_usd).toBeCloseTo(generation + judging, 10);
    expect(estimate.unpriced_models).toEqual(['local/llama3']);
    expect(estimate.input_tokens).toBe(2 * 1000 * 100 + 2000 * (300 + DEFAULT_GENERATED_TOKENS));
    expect(estimate.output_tokens).toBe(2 * 1000 * DEFAULT_GENERATED_TOKENS + 2000 * JUDGE_REPLY_TOKENS);
  });

  it('uses known output lengths when judging existing outputs', () => {
    const estimate = estimateRunSpend(prices, {
      itemCount: 10,
      avgInputChars: 40,
      avgOutputChars: 80,
      avgGroundTruthChars: 40,
      generateModels: [],
      judges: [{ model: 'openai/gpt-4o', promptChars: 120 }],
    });
    const perCall = ((120 + 40 + 40) / 4 + 80 / 4) * 2.5 + JUDGE_REPLY_TOKENS * 10;
    expect(estimate.estimated_usd).toBeCloseTo((10 * perCall) / 1e6, 12);
    expect(estimate.unpriced_models).toEqual([]);
  });
});
