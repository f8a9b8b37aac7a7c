import type { SimilarityMetric } from '../domain/graders.js';
import { meteorScore } from './meteor.js';

/**
 * The deterministic text-similarity metrics of OpenAI's `text_similarity` grader,
 * each in [0, 1]. OpenAI's documentation names the libraries its hosted grader
 * used; these are those libraries' definitions, written out:
 * - fuzzy_match: rapidfuzz `fuzz.ratio` / 100 (normalised Indel similarity of the characters);
 * - bleu: NLTK `sentence_bleu` (1- to 4-grams, uniform weights, brevity penalty, no smoothing);
 * - gleu: NLTK `sentence_gleu` (min of n-gram precision and recall, 1- to 4-grams);
 * - meteor: NLTK `single_meteor_score` with its defaults: exact, Porter-stem and WordNet 3.0
 *   synonym matches, alpha 0.9, beta 3, gamma 0.5 (meteor.ts, on Python's `str.split()` words,
 *   lower-cased as NLTK's does);
 * - rouge_N / rouge_l: the `rouge-score` package's F-measure (lower-cased alphanumeric tokens).
 * Whitespace tokens for BLEU and GLEU.
 */

/** Cells of a dynamic-programming table we allow one comparison: bounds a tenant's CPU per item. */
export const MAX_DP_CELLS = 25_000_000;

export class TextTooLongError extends Error {}

const whitespaceTokens = (text: string) => text.split(/\s+/).filter((t) => t.length > 0);
/** rouge-score's default tokenizer: lower-case, anything not [a-z0-9] separates tokens. */
const rougeTokens = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t.length > 0);

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Clipped overlap of two n-gram multisets. */
function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  for (const [key, count] of a) shared += Math.min(count, b.get(key) ?? 0);
  return shared;
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((s, c) => s + c, 0);

/** Length of the longest common subsequence of two sequences, in O(n·m) time and O(m) memory. */
export function lcsLength<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  if (a.length * b.length > MAX_DP_CELLS) {
    throw new TextTooLongError(
      `texts too long to compare (${a.length} × ${b.length} > ${MAX_DP_CELLS} cells)`,
    );
  }
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

export function fuzzyMatch(input: string, reference: string): number {
  const a = Array.from(input);
  const b = Array.from(reference);
  if (a.length + b.length === 0) return 1;
  return (2 * lcsLength(a, b)) / (a.length + b.length);
}

export function bleu(input: string, reference: string): number {
  const hyp = whitespaceTokens(input);
  const ref = whitespaceTokens(reference);
  if (hyp.length === 0) return 0;
  let logSum = 0;
  for (let n = 1; n <= 4; n++) {
    const hypCounts = ngramCounts(hyp, n);
    const matched = overlap(hypCounts, ngramCounts(ref, n));
    if (matched === 0) return 0; // NLTK without smoothing: any empty order makes the score 0
    logSum += Math.log(matched / total(hypCounts)) / 4;
  }
  const brevity = hyp.length > ref.length ? 1 : Math.exp(1 - ref.length / hyp.length);
  return brevity * Math.exp(logSum);
}

export function gleu(input: string, reference: string): number {
  const hyp = whitespaceTokens(input);
  const ref = whitespaceTokens(reference);
  let matched = 0;
  let hypTotal = 0;
  let refTotal = 0;
  for (let n = 1; n <= 4; n++) {
    const hypCounts = ngramCounts(hyp, n);
    const refCounts = ngramCounts(ref, n);
    matched += overlap(hypCounts, refCounts);
    hypTotal += total(hypCounts);
    refTotal += total(refCounts);
  }
  if (hypTotal === 0 || refTotal === 0) return 0;
  return Math.min(matched / hypTotal, matched / refTotal);
}

/** NLTK's METEOR with its exact, stem and WordNet synonym stages: see meteor.ts. */
export const meteor = (input: string, reference: string): number => meteorScore(input, reference);

const fMeasure = (precision: number, recall: number) =>
  precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

export function rougeN(input: string, reference: string, n: number): number {
  const hypCounts = ngramCounts(rougeTokens(input), n);
  const refCounts = ngramCounts(rougeTokens(reference), n);
  const hypTotal = total(hypCounts);
  const refTotal = total(refCounts);
  if (hypTotal === 0 || refTotal === 0) return 0;
  const matched = overlap(hypCounts, refCounts);
  return fMeasure(matched / hypTotal, matched / refTotal);
}

export function rougeL(input: string, reference: string): number {
  const hyp = rougeTokens(input);
  const ref = rougeTokens(reference);
  if (hyp.length === 0 || ref.length === 0) return 0;
  const lcs = lcsLength(hyp, ref);
  return fMeasure(lcs / hyp.length, lcs / ref.length);
}

/** Every metric that needs no model (cosine needs embeddings: see gradeItem). */
export function lexicalSimilarity(
  metric: Exclude<SimilarityMetric, 'cosine'>,
  input: string,
  reference: string,
): number {
  switch (metric) {
    case 'fuzzy_match':
      return fuzzyMatch(input, reference);
    case 'bleu':
      return bleu(input, reference);
    case 'gleu':
      return gleu(input, reference);
    case 'meteor':
      return meteor(input, reference);
    case 'rouge_l':
      return rougeL(input, reference);
    default:
      return rougeN(input, reference, Number(metric.slice('rouge_'.length)));
  }
}

export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) throw new Error('embeddings of different lengths');
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    normA += a[i]! ** 2;
    normB += b[i]! ** 2;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
