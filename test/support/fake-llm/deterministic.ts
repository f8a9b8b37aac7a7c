import { createHash } from 'node:crypto';

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

/** JSON with object keys sorted at every depth, so equal bodies serialise identically. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestKeyFor(body: unknown): string {
  return sha256Hex(canonicalJson(body));
}
