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

export { UNPARSEABLE_JUDGE_REPLY } from '../domain/runs.js';

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
 * Reads a judge's reply robustly, most trustworthy reading first: the whole text as
 * JSON, the inside of a code fence, a JSON object embedded in prose; then a `"score":
 * <number>` key in JSON cut short; then a score stated in prose ("Score: 0.8"). The
 * last two only when they give exactly one value. Every scan is linear in the reply
 * (indexOf and hand-written scanners, no backtracking regex): replies are untrusted.
 */
export function parseJudgment(raw: string): JudgmentParse {
  const candidates = jsonCandidates(raw);
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
  // A complete JSON object without a usable score is an answer in the wrong shape: re-ask.
  if (firstProblem !== undefined) {
    return { ok: false, reason: `the reply's JSON has no usable score (${firstProblem})`, raw };
  }
  const keyed = uniqueValue(scoreKeyValues(raw));
  if (keyed.ok) return { ok: true, score: keyed.value, reasoning: null };
  const stated = uniqueValue(proseScores(raw));
  if (stated.ok) return { ok: true, score: stated.value, reasoning: proseReasoning(raw) };
  const why = keyed.reason ?? stated.reason ?? 'the reply contains no JSON object and states no score';
  return { ok: false, reason: why, raw };
}

/** Parsed JSON objects found in the text, most likely first. */
export function jsonCandidates(raw: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const consider = (text: string) => {
    const value = tryJson(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      found.push(value as Record<string, unknown>);
    }
  };
  const trimmed = raw.trim();
  consider(trimmed);
  for (const block of fencedBlocks(trimmed)) consider(block.trim());
  for (const object of embeddedObjects(trimmed)) consider(object);
  return found;
}

const FENCE = '```';

/** Like MAX_OBJECT_STARTS: each candidate costs a JSON.parse, so a reply of thousands of fences stays cheap. */
const MAX_FENCES = 50;

/**
 * The insides of ``` fences (an info string like `json` skipped), found by indexOf; an
 * unclosed last fence (a reply cut short) runs to the end. The regular expression this
 * replaced (`/```[A-Za-z0-9_-]*\s*\n?([\s\S]*?)```/g`) took quadratic time on an unclosed
 * fence followed by spaces (1.8 s for 64 k characters of a model's reply).
 */
function* fencedBlocks(text: string): Generator<string> {
  let position = 0;
  for (let fences = 0; fences < MAX_FENCES; fences++) {
    const open = text.indexOf(FENCE, position);
    if (open < 0) return;
    let bodyStart = open + FENCE.length;
    while (bodyStart < text.length && isInfoChar(text.charCodeAt(bodyStart))) bodyStart++;
    const close = text.indexOf(FENCE, bodyStart);
    yield text.slice(bodyStart, close < 0 ? text.length : close);
    if (close < 0) return;
    position = close + FENCE.length;
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

/** Values found by a scan, or why none can be trusted. */
interface Scan {
  values: number[];
  /** Set when a value was found but its meaning is unclear (8/10, 80%). */
  ambiguous?: string;
}

function uniqueValue(scan: Scan): { ok: true; value: number } | { ok: false; reason?: string } {
  if (scan.ambiguous) return { ok: false, reason: scan.ambiguous };
  const distinct = [...new Set(scan.values)];
  if (distinct.length === 1) return { ok: true, value: distinct[0]! };
  if (distinct.length > 1) {
    return { ok: false, reason: `the reply states several scores (${distinct.slice(0, 5).join(', ')})` };
  }
  return { ok: false };
}

const SCORE_KEY = '"score"';

/**
 * `"score": <number>` in JSON that does not parse (cut off, or with a stray comma).
 * The number must be followed by a delimiter: at the very end it may itself be cut.
 */
function scoreKeyValues(text: string): Scan {
  const values: number[] = [];
  for (let at = text.indexOf(SCORE_KEY); at >= 0; at = text.indexOf(SCORE_KEY, at + 1)) {
    let i = skipSpaces(text, at + SCORE_KEY.length);
    if (text[i] !== ':') continue;
    i = skipSpaces(text, i + 1);
    const quoted = text[i] === '"';
    if (quoted) i++;
    const number = readNumber(text, i);
    if (!number) continue;
    const after = text[quoted ? number.end + 1 : number.end];
    if (quoted && text[number.end] !== '"') continue;
    if (
      after === ',' ||
      after === '}' ||
      after === ' ' ||
      after === '\n' ||
      after === '\r' ||
      after === '\t'
    ) {
      values.push(number.value);
    }
  }
  return { values };
}

/** How far after the word "score" its value may stand ("score of", "Score:**", "scored a"). */
const PROSE_WINDOW = 24;

/**
 * A score stated in words: "Score: 0.8", "I would give it a score of 0.8", "scored 0.8".
 * A range ("score from 0 to 1") is the scale, not a verdict; a fraction or percentage
 * ("8/10", "80%") is ambiguous against a prompt's own scale, so it is re-asked instead.
 */
function proseScores(text: string): Scan {
  const lower = text.toLowerCase();
  const values: number[] = [];
  for (let at = lower.indexOf('score'); at >= 0; at = lower.indexOf('score', at + 1)) {
    // "underscore" is not the word, and a JSON key "score" is scoreKeyValues' to read.
    if (at > 0 && (isLetter(lower.charCodeAt(at - 1)) || lower[at - 1] === '"')) continue;
    let i = at + 5;
    // score, scores, scored, scoring; not "scoreboard".
    const wordEnd = i + 3;
    while (i < wordEnd && isLetter(lower.charCodeAt(i))) i++;
    if (isLetter(lower.charCodeAt(i))) continue;
    const limit = Math.min(lower.length, i + PROSE_WINDOW);
    let number: ReturnType<typeof readNumber> = null;
    for (; i < limit; i++) {
      const char = lower[i]!;
      if (char === '\n') break;
      if (
        isDigit(lower.charCodeAt(i)) ||
        ((char === '.' || char === '-') && isDigit(lower.charCodeAt(i + 1)))
      ) {
        number = readNumber(lower, i);
        break;
      }
      // A sentence ends before any number: this "score" has none.
      if ('.!?;'.includes(char)) break;
    }
    if (!number) continue;
    const rest = skipSpaces(lower, number.end);
    if (
      startsWithAny(lower, rest, ['to ', 'and ', '- ', '– ']) ||
      (lower[rest] === '-' && isDigit(lower.charCodeAt(rest + 1)))
    ) {
      continue;
    }
    const outOf = lower[rest] === '/' ? rest + 1 : lower.startsWith('out of', rest) ? rest + 6 : -1;
    if (outOf >= 0) {
      const scale = readNumber(lower, skipSpaces(lower, outOf));
      if (scale?.value === 1) {
        values.push(number.value);
        continue;
      }
      return {
        values,
        ambiguous: `the reply states a score as a fraction (${lower.slice(number.start, rest + 8).trim()})`,
      };
    }
    if (lower[number.end] === '%') {
      return { values, ambiguous: 'the reply states a score as a percentage' };
    }
    values.push(number.value);
  }
  return { values };
}

/** The prose itself is the reasoning, bounded so a rambling reply does not bloat results. */
function proseReasoning(raw: string): string {
  const text = raw.trim();
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

/** A decimal number at `start` (sign, digits, fraction); exponents are not prose. */
function readNumber(text: string, start: number): { value: number; start: number; end: number } | null {
  let i = start;
  if (text[i] === '-' || text[i] === '+') i++;
  const digitsStart = i;
  while (isDigit(text.charCodeAt(i))) i++;
  if (text[i] === '.' && isDigit(text.charCodeAt(i + 1))) {
    i++;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  if (i === digitsStart) return null;
  const value = Number(text.slice(start, i));
  return Number.isFinite(value) ? { value, start, end: i } : null;
}

function skipSpaces(text: string, start: number): number {
  let i = start;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function startsWithAny(text: string, at: number, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => text.startsWith(prefix, at));
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
/** Letters, digits, `_` and `-`: what a fence's info string (`json`, `json5`) is made of. */
const isInfoChar = (code: number) => isLetter(code) || isDigit(code) || code === 95 || code === 45;

/** The corrective turn of a re-ask after an unreadable reply: it says what was wrong. */
export function correctionMessage(reason: string, customFormat: boolean): string {
  const shape = customFormat
    ? 'a JSON object in the requested format with a numeric "score" field'
    : 'a JSON object of the form {"reasoning": "<why>", "score": <number>}';
  return `Your previous reply could not be read (${reason}). Reply again with only ${shape}, and nothing else.`;
}
