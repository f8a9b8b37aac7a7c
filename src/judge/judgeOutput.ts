import { z } from 'zod';
import type { ResponseFormat } from '../domain/inferenceParams.js';

/** What a judge must answer, by default. */
export const judgmentSchema = z.object({ score: z.number(), reasoning: z.string() });
export type Judgment = z.infer<typeof judgmentSchema>;

/**
 * The default structured output: strict json_schema named `judgment`. The [0, 1]
 * range is stated in the description rather than enforced with minimum/maximum,
 * because SPEC lets a judge prompt define another scale ("score in [0,1] unless
 * the prompt says otherwise") and strict mode would force the model into [0, 1].
 * `reasoning` comes first so the model argues before it commits to a number.
 */
export const defaultJudgmentFormat: ResponseFormat = {
  type: 'json_schema',
  json_schema: {
    name: 'judgment',
    description: 'The verdict of an evaluation judge.',
    strict: true,
    schema: {
      type: 'object',
      properties: {
        reasoning: { type: 'string', description: 'A short justification of the score.' },
        score: {
          type: 'number',
          description: 'The score: a number in [0, 1] unless the instructions define another scale.',
        },
      },
      required: ['reasoning', 'score'],
      additionalProperties: false,
    },
  },
};

export type JudgmentParse =
  { ok: true; score: number; reasoning: string | null } | { ok: false; reason: string; raw: string };

const numericString = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Any judge reply that carries a score: the default `{ score, reasoning }` or a
 * custom format with a numeric `score` (and maybe `reasoning` or `reason`).
 * Numeric strings are accepted because some models quote numbers.
 */
const scoredReplySchema = z.looseObject({
  score: z.union([
    z.number().finite(),
    z
      .string()
      .trim()
      .regex(numericString, 'score must be a number')
      .transform((text) => Number(text)),
  ]),
  reasoning: z.string().optional(),
  reason: z.string().optional(),
});

/**
 * Reads a judge's reply robustly: the whole text as JSON, else the inside of a
 * code fence, else the first JSON object embedded in prose.
 */
export function parseJudgment(raw: string): JudgmentParse {
  const candidates = jsonCandidates(raw);
  if (candidates.length === 0) return { ok: false, reason: 'the reply contains no JSON object', raw };
  let firstProblem: string | undefined;
  for (const candidate of candidates) {
    const parsed = scoredReplySchema.safeParse(candidate);
    if (parsed.success) {
      return {
        ok: true,
        score: parsed.data.score,
        reasoning: parsed.data.reasoning ?? parsed.data.reason ?? null,
      };
    }
    firstProblem ??= parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'reply'}: ${issue.message}`)
      .join('; ');
  }
  return { ok: false, reason: `the reply's JSON has no usable score (${firstProblem})`, raw };
}

/** Parsed JSON objects found in the text, most likely first. */
function jsonCandidates(raw: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const consider = (text: string) => {
    const value = tryJson(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      found.push(value as Record<string, unknown>);
    }
  };
  const trimmed = raw.trim();
  consider(trimmed);
  for (const fenced of fencedBlocks(trimmed)) consider(fenced.trim());
  for (const object of embeddedObjects(trimmed)) consider(object);
  return found;
}

const FENCE = '```';
/** Like MAX_OBJECT_STARTS: each candidate costs a JSON.parse, so a reply of thousands of fences stays cheap. */
const MAX_FENCES = 50;
const isFenceTagChar = (c: string) => /^[A-Za-z0-9_-]$/.test(c);

/**
 * The insides of ```lang ... ``` fences, found by indexOf: the regular expression this replaced
 * (`/```[A-Za-z0-9_-]*\s*\n?([\s\S]*?)```/g`) took quadratic time on an unclosed fence followed
 * by spaces (1.8 s for 64 k characters of a model's reply).
 */
function* fencedBlocks(text: string): Generator<string> {
  let fences = 0;
  for (let open = text.indexOf(FENCE); open >= 0 && fences++ < MAX_FENCES;) {
    let at = open + FENCE.length;
    while (at < text.length && isFenceTagChar(text[at]!)) at++;
    const close = text.indexOf(FENCE, at);
    if (close < 0) return;
    yield text.slice(at, close);
    open = text.indexOf(FENCE, close + FENCE.length);
  }
}

/** A reply is scanned from this many opening braces at most, so a pathological one stays cheap. */
const MAX_OBJECT_STARTS = 50;

/** Balanced `{...}` spans, skipping braces inside JSON strings. */
function* embeddedObjects(text: string): Generator<string> {
  let starts = 0;
  for (
    let start = text.indexOf('{');
    start >= 0 && starts++ < MAX_OBJECT_STARTS;
    start = text.indexOf('{', start + 1)
  ) {
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
      const char = text[i];
      if (inString) {
        if (char === '\\') i++;
        else if (char === '"') inString = false;
      } else if (char === '"') {
        inString = true;
      } else if (char === '{') {
        depth++;
      } else if (char === '}' && --depth === 0) {
        yield text.slice(start, i + 1);
        break;
      }
    }
  }
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The corrective turn of the one re-ask after an unreadable reply. */
export function correctionMessage(reason: string, customFormat: boolean): string {
  const shape = customFormat
    ? 'a JSON object in the requested format with a numeric "score" field'
    : 'a JSON object of the form {"reasoning": "<why>", "score": <number>}';
  return `Your previous reply could not be read (${reason}). Reply again with only ${shape}, and nothing else.`;
}
