import type { Evaluator } from '../domain/evaluators.js';
import type { ResponseFormat } from '../domain/inferenceParams.js';
import type { CompletionClient } from '../models/cachingModelClient.js';
import { ModelCallError } from '../models/modelErrors.js';
import type { Verdict } from '../metrics/pairwise.js';
import { askJudge, emptyJudgeCost, type JudgeCallCost, type JudgeReading } from './askJudge.js';
import { jsonCandidates, UNPARSEABLE_JUDGE_REPLY } from './judgeOutput.js';
import { renderTemplate } from './template.js';

/**
 * Comparing judges: a pairwise judge says which of two outputs is better (`winner`: A, B or
 * tie), a listwise judge ranks all of an item's outputs. Asked and re-asked like a scoring
 * judge (askJudge's escalation), and blind: the template shows outputs, never model names.
 */

export type ComparisonEvaluator = Pick<
  Evaluator,
  'judge_model' | 'judge_prompt' | 'api_type' | 'inference_params'
>;

export interface ComparedItem {
  input: unknown;
  metadata: Record<string, string>;
  groundTruth: { input: unknown; output: unknown; metadata?: Record<string, string> } | null;
}

export type ComparisonOutcome<T> =
  | ({ status: 'judged'; value: T; reasoning: string | null } & JudgeCallCost)
  | ({ status: 'error'; error: string; raw?: string } & JudgeCallCost);

const strictObject = (
  properties: Record<string, unknown>,
  name: string,
  description: string,
): ResponseFormat => ({
  type: 'json_schema',
  json_schema: {
    name,
    description,
    strict: true,
    schema: {
      type: 'object',
      properties,
      required: Object.keys(properties),
      additionalProperties: false,
    } as NonNullable<Extract<ResponseFormat, { type: 'json_schema' }>['json_schema']['schema']>,
  },
});

/** `reasoning` first, so the judge argues before it commits. */
export const pairwiseVerdictFormat = strictObject(
  {
    reasoning: { type: 'string', description: 'A short comparison of the two outputs.' },
    winner: { type: 'string', enum: ['A', 'B', 'tie'], description: 'The better output, or tie.' },
  },
  'pairwise_verdict',
  'Which of two outputs (A or B) is better.',
);

export const listwiseRankingFormat = strictObject(
  {
    reasoning: { type: 'string', description: 'A short comparison of the outputs.' },
    ranking: {
      type: 'array',
      items: { type: 'integer' },
      description: 'Every output number exactly once, best first.',
    },
  },
  'listwise_ranking',
  'The outputs ranked best first by their numbers.',
);

type Read<T> =
  { ok: true; value: { value: T; reasoning: string | null } } | { ok: false; reason: string; raw: string };

const reasoningOf = (candidate: Record<string, unknown>): string | null =>
  typeof candidate.reasoning === 'string'
    ? candidate.reasoning
    : typeof candidate.reason === 'string'
      ? candidate.reason
      : null;

const verdictWords: Record<string, Verdict> = { a: 'A', b: 'B', tie: 'tie', draw: 'tie', equal: 'tie' };

/** A verdict from the reply's JSON (`winner`), or a reply that is nothing but the verdict ("B", "[[A]]"). */
export function readVerdict(raw: string): Read<Verdict> {
  for (const candidate of jsonCandidates(raw)) {
    if (!('winner' in candidate)) continue;
    const verdict =
      typeof candidate.winner === 'string' ? verdictWords[candidate.winner.trim().toLowerCase()] : undefined;
    if (!verdict)
      return {
        ok: false,
        reason: `winner must be "A", "B" or "tie", not ${JSON.stringify(candidate.winner)}`,
        raw,
      };
    return { ok: true, value: { value: verdict, reasoning: reasoningOf(candidate) } };
  }
  const bare = raw.trim().replaceAll('[', '').replaceAll(']', '').trim().toLowerCase();
  const verdict = verdictWords[bare];
  if (verdict) return { ok: true, value: { value: verdict, reasoning: null } };
  return { ok: false, reason: 'the reply has no "winner"', raw };
}

/** "Output 2" or "2" as 2: judges sometimes name outputs as they were shown. */
const digitsOf = (text: string) =>
  Number([...text].filter((c) => c >= '0' && c <= '9').join('') || Number.NaN);

/** A ranking of k outputs numbered 1..k: each exactly once, best first; returned 0-based. */
export function readRanking(raw: string, k: number): Read<number[]> {
  for (const candidate of jsonCandidates(raw)) {
    if (!('ranking' in candidate)) continue;
    const ranking = candidate.ranking;
    const numbers = Array.isArray(ranking)
      ? ranking.map((r) => (typeof r === 'string' ? digitsOf(r) : r))
      : [];
    const valid =
      numbers.length === k &&
      numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= k) &&
      new Set(numbers).size === k;
    if (!valid) {
      return {
        ok: false,
        reason: `ranking must list each of the numbers 1 to ${k} exactly once, best first`,
        raw,
      };
    }
    return {
      ok: true,
      value: { value: (numbers as number[]).map((n) => n - 1), reasoning: reasoningOf(candidate) },
    };
  }
  return { ok: false, reason: 'the reply has no "ranking"', raw };
}

const pairwiseReading: JudgeReading<{ value: Verdict; reasoning: string | null }> = {
  format: pairwiseVerdictFormat,
  read: readVerdict,
  jsonModeInstruction:
    'You are an evaluation judge comparing two outputs, A and B. Reply with only a JSON object of the form ' +
    '{"reasoning": "<a short comparison>", "winner": "A" | "B" | "tie"}, and nothing else.',
  correction: (reason) =>
    `Your previous reply could not be read (${reason}). Reply again with only a JSON object of the form {"reasoning": "<why>", "winner": "A" | "B" | "tie"}, and nothing else.`,
  customFormat: false,
};

function listwiseReading(k: number): JudgeReading<{ value: number[]; reasoning: string | null }> {
  const shape = `{"reasoning": "<a short comparison>", "ranking": [<the numbers 1 to ${k}, best first>]}`;
  return {
    format: listwiseRankingFormat,
    read: (text) => readRanking(text, k),
    jsonModeInstruction: `You are an evaluation judge ranking ${k} numbered outputs. Reply with only a JSON object of the form ${shape}, and nothing else.`,
    correction: (reason) =>
      `Your previous reply could not be read (${reason}). Reply again with only a JSON object of the form ${shape}, and nothing else.`,
    customFormat: false,
  };
}

async function compare<T>(
  client: CompletionClient,
  evaluator: ComparisonEvaluator,
  prompt: string,
  reading: JudgeReading<{ value: T; reasoning: string | null }>,
  signal: AbortSignal | undefined,
): Promise<ComparisonOutcome<T>> {
  const cost = emptyJudgeCost();
  try {
    const read = await askJudge(
      client,
      {
        model: evaluator.judge_model ?? '',
        apiType: evaluator.api_type,
        prompt,
        inferenceParams: evaluator.inference_params ?? {},
        signal,
      },
      reading,
      cost,
    );
    if (!read.ok) return { status: 'error', error: UNPARSEABLE_JUDGE_REPLY, raw: read.raw, ...cost };
    return { status: 'judged', value: read.value.value, reasoning: read.value.reasoning, ...cost };
  } catch (error) {
    // As for scoring judges: a rejected key is the run's problem, other final errors the item's.
    if (error instanceof ModelCallError && !error.retryable && error.kind !== 'auth') {
      return { status: 'error', error: error.message, ...cost };
    }
    throw error;
  }
}

/** One order of a pair: `outputA` is shown as A. */
export function judgePair(
  client: CompletionClient,
  evaluator: ComparisonEvaluator,
  item: ComparedItem,
  outputA: unknown,
  outputB: unknown,
  signal?: AbortSignal,
): Promise<ComparisonOutcome<Verdict>> {
  const prompt = renderTemplate(evaluator.judge_prompt ?? '', {
    input: item.input,
    output_a: outputA,
    output_b: outputB,
    metadata: item.metadata,
    ground_truth: item.groundTruth,
  });
  return compare(client, evaluator, prompt, pairwiseReading, signal);
}

/** A ranking of `shown` (in the order shown, numbered from 1); the value is 0-based positions, best first. */
export function judgeRanking(
  client: CompletionClient,
  evaluator: ComparisonEvaluator,
  item: ComparedItem,
  shown: readonly unknown[],
  signal?: AbortSignal,
): Promise<ComparisonOutcome<number[]>> {
  const prompt = renderTemplate(evaluator.judge_prompt ?? '', {
    input: item.input,
    outputs: shown,
    metadata: item.metadata,
    ground_truth: item.groundTruth,
  });
  return compare(client, evaluator, prompt, listwiseReading(shown.length), signal);
}
