import type { ModelPrice } from './providers.js';

/**
 * About four characters per token is OpenAI's rule of thumb for English with its
 * tokenizers. It is only for estimates made before a call (pre-flight spend, servers
 * that omit usage); shipping a tokenizer per provider would cost more than the
 * precision is worth, and actual spend always comes from the provider's usage.
 */
export const CHARS_PER_TOKEN = 4;

export function estimateTokens(text: string): number {
  return text.length === 0 ? 0 : Math.ceil(text.length / CHARS_PER_TOKEN);
}

export interface TokenUsage {
  input: number;
  output: number;
}

/** Prices are USD per million tokens; no price means no known cost (0), not an error. */
export function costUsd(price: ModelPrice | null | undefined, usage: TokenUsage): number {
  if (!price) return 0;
  return (usage.input * price.input + usage.output * price.output) / 1_000_000;
}

/**
 * What a result records of the project answer cache: how many of its calls the cache answered
 * and what they would have cost, each call at its own model's price (a panel's judges differ).
 * Only where it answered: most results were paid for in full.
 */
export function cacheSavings(
  costs: readonly { price: ModelPrice | null | undefined; cacheHits: number; savedUsage: TokenUsage }[],
): { cache_hits?: number; saved_usd?: number } {
  const hits = costs.reduce((sum, c) => sum + c.cacheHits, 0);
  if (hits === 0) return {};
  const saved = costs.reduce((sum, c) => sum + costUsd(c.price, c.savedUsage), 0);
  return { cache_hits: hits, saved_usd: saved };
}

/**
 * A judge's reply is a short JSON object ({ score, reasoning }); a couple of
 * sentences of reasoning is ~100 tokens, so 150 leaves headroom.
 */
export const JUDGE_REPLY_TOKENS = 150;
/** A generated completion's length when nothing better is known (no max tokens set). */
export const DEFAULT_GENERATED_TOKENS = 256;

export interface RunSpendEstimateInput {
  itemCount: number;
  /** Average characters of an item's input (the seed side). */
  avgInputChars: number;
  /** Average characters of the output being judged; defaults to a generated completion's length. */
  avgOutputChars?: number;
  /** Average characters of the ground truth shown to judges (0 when there is none). */
  avgGroundTruthChars?: number;
  /** Every generating model, sample and ground-truth side alike. */
  generateModels: readonly string[];
  /** Expected tokens per generated completion (the generate source's max tokens, if set). */
  generatedTokens?: number;
  /** One entry per judge evaluator; `promptChars` is its template's length. */
  judges: readonly { model: string; promptChars: number }[];
  /** Outputs each judge scores per item: one per sample-side generating model, else 1. */
  outputsPerItem?: number;
}

export interface RunSpendEstimate {
  estimated_usd: number;
  input_tokens: number;
  output_tokens: number;
  /** Models without a price: counted as free in the estimate, listed so the caller can say so. */
  unpriced_models: string[];
}

/** Pre-flight estimate of a run's spend: tokens × list prices, generation plus judging. */
export function estimateRunSpend(
  prices: { price(slug: string): ModelPrice | null },
  input: RunSpendEstimateInput,
): RunSpendEstimate {
  const unpriced = new Set<string>();
  let usd = 0;
  let inputTokens = 0;
  let outputTokens = 0;
  const charge = (model: string, calls: number, usage: TokenUsage) => {
    if (calls <= 0) return;
    const total = { input: usage.input * calls, output: usage.output * calls };
    inputTokens += total.input;
    outputTokens += total.output;
    const price = prices.price(model);
    if (!price) unpriced.add(model);
    usd += costUsd(price, total);
  };

  const generatedTokens = input.generatedTokens ?? DEFAULT_GENERATED_TOKENS;
  for (const model of input.generateModels) {
    charge(model, input.itemCount, {
      input: Math.ceil(input.avgInputChars / CHARS_PER_TOKEN),
      output: generatedTokens,
    });
  }
  const outputTokensJudged =
    input.avgOutputChars !== undefined ? Math.ceil(input.avgOutputChars / CHARS_PER_TOKEN) : generatedTokens;
  const outputsPerItem = input.outputsPerItem ?? 1;
  for (const judge of input.judges) {
    const promptChars = judge.promptChars + input.avgInputChars + (input.avgGroundTruthChars ?? 0);
    charge(judge.model, input.itemCount * outputsPerItem, {
      input: Math.ceil(promptChars / CHARS_PER_TOKEN) + outputTokensJudged,
      output: JUDGE_REPLY_TOKENS,
    });
  }
  return {
    estimated_usd: usd,
    input_tokens: inputTokens,
    output_tokens: outputTokens,
    unpriced_models: [...unpriced].sort(),
  };
}
