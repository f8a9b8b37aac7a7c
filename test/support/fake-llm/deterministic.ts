import { createHash } from 'node:crypto';
import { stableJson } from '../../../src/domain/stableJson.js';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The score the default judge gives a prompt: stable across runs, so tests can predict it. */
export function defaultScoreFor(prompt: string): number {
  const fraction = createHash('sha256').update(prompt).digest().readUInt32BE(0) / 0xffffffff;
  return Math.round(fraction * 100) / 100;
}

export function defaultCompletionFor(model: string, lastUserText: string): string {
  // Counting code points keeps an emoji from being cut into a lone surrogate.
  const head = Array.from(lastUserText).slice(0, 60).join('');
  return `echo(${model}): ${head}`;
}

/** The usual rule of thumb for English text with OpenAI tokenizers. */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

/** Equal bodies get equal keys whatever their key order: the serialisation Assay's own keys use. */
export function requestKeyFor(body: unknown): string {
  return sha256Hex(stableJson(body));
}
