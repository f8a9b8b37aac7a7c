import {
  subGraders,
  type Grader,
  type LabelModelGrader,
  type ScoreModelGrader,
  type SimpleGrader,
  type TemplateMessage,
} from '../domain/graders.js';
import type { ResponseFormat } from '../domain/inferenceParams.js';
import { evaluateFormula, FormulaError, parseFormula } from './formula.js';
import { compileRegex } from './regexCheck.js';
import { renderTemplate, type TemplateNamespaces } from './template.js';
import { cosineSimilarity, lexicalSimilarity, TextTooLongError } from './textSimilarity.js';

/** Token use of one model call a grader made, for per-model usage. */
export interface GraderUsage {
  model: string;
  input: number;
  output: number;
  /** Input tokens the provider served from its prompt cache, when it says. */
  cached?: number;
}

/** The model-backed parts of grading, given by the caller (the worker's model layer and sandbox). */
export interface GraderDeps {
  /** A chat call with structured output; `model` is the grader's model name as written. */
  chat(request: {
    model: string;
    messages: { role: string; content: string }[];
    schema: Extract<ResponseFormat, { type: 'json_schema' }>['json_schema']['schema'];
    samplingParams?: ScoreModelGrader['sampling_params'];
  }): Promise<{ text: string; usage: GraderUsage }>;
  embed(texts: [string, string]): Promise<{ vectors: [number[], number[]]; usage: GraderUsage }>;
  /** Runs `grade(sample, item)` from `source` in the sandbox; the number it returns. */
  python(source: string, namespaces: TemplateNamespaces): Promise<number>;
}

export type GradeOutcome =
  | {
      ok: true;
      score: number;
      passed: boolean;
      /**
       * What a model grader was asked and answered, shown in output items. A multi grader's is
       * its model sub-grader's, or, when it has several, theirs by sub-grader name.
       */
      sample?: Record<string, unknown> | null;
      reason?: string | null;
      /** A multi grader's sub-graders' scores, by name (graders.run's `sub_rewards`). */
      subScores?: Record<string, number>;
      usage: GraderUsage[];
    }
  | { ok: false; error: string; usage: GraderUsage[] };

/**
 * What passes when a criterion gives no `pass_threshold` (OpenAI's documentation
 * is silent): a full score for string checks and text similarity, half the range
 * for score models, 0.5 for python and multi graders.
 */
export function passThresholdOf(grader: Grader): number {
  if ('pass_threshold' in grader && grader.pass_threshold !== undefined) return grader.pass_threshold;
  switch (grader.type) {
    case 'score_model': {
      const [low, high] = grader.range ?? [0, 1];
      return (low! + high!) / 2;
    }
    case 'python':
    case 'multi':
      return 0.5;
    default:
      return 1;
  }
}

/** The text a template message's content renders to (content parts contribute their text). */
export function renderContent(content: TemplateMessage['content'], ns: TemplateNamespaces): string {
  const part = (p: unknown): string => {
    if (typeof p === 'string') return renderTemplate(p, ns);
    const record = p as { type?: string; text?: unknown };
    return typeof record.text === 'string' ? renderTemplate(record.text, ns) : '';
  };
  return Array.isArray(content) ? content.map(part).join('\n') : part(content);
}

const scoreSchema = (grader: ScoreModelGrader) => {
  const [low, high] = grader.range ?? [0, 1];
  return {
    type: 'object' as const,
    properties: {
      reasoning: { type: 'string' },
      score: { type: 'number', minimum: low ?? 0, maximum: high ?? 1 },
    },
    required: ['reasoning', 'score'],
    additionalProperties: false,
  };
};

const labelSchema = (grader: LabelModelGrader) => ({
  type: 'object' as const,
  properties: { reasoning: { type: 'string' }, label: { type: 'string', enum: grader.labels } },
  required: ['reasoning', 'label'],
  additionalProperties: false,
});

/** A reply wrapped in a Markdown code fence, unwrapped (string operations: no regex to backtrack). */
function withoutCodeFence(text: string): string {
  let body = text.trim();
  if (body.startsWith('```')) {
    body = body.slice(3);
    if (body.startsWith('json')) body = body.slice(4);
    if (body.endsWith('```')) body = body.slice(0, -3);
  }
  return body.trim();
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(withoutCodeFence(text));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

async function gradeModel(
  grader: ScoreModelGrader | LabelModelGrader,
  ns: TemplateNamespaces,
  deps: GraderDeps,
): Promise<GradeOutcome> {
  const messages = grader.input.map((m) => ({ role: m.role, content: renderContent(m.content, ns) }));
  const schema = grader.type === 'score_model' ? scoreSchema(grader) : labelSchema(grader);
  const reply = await deps.chat({
    model: grader.model,
    messages,
    schema,
    samplingParams: grader.type === 'score_model' ? grader.sampling_params : undefined,
  });
  const usage = [reply.usage];
  const parsed = parseJsonObject(reply.text);
  const sample = {
    input: messages,
    output: [{ role: 'assistant', content: reply.text }],
    model: grader.model,
  };
  const reasoning = typeof parsed?.reasoning === 'string' ? parsed.reasoning : null;
  if (grader.type === 'score_model') {
    const score = parsed?.score ?? parsed?.result;
    const [low, high] = grader.range ?? [0, 1];
    if (typeof score !== 'number' || !Number.isFinite(score) || score < low! || score > high!) {
      return {
        ok: false,
        error: `the model's reply has no score in [${low}, ${high}]: ${reply.text.slice(0, 500)}`,
        usage,
      };
    }
    return { ok: true, score, passed: score >= passThresholdOf(grader), sample, reason: reasoning, usage };
  }
  const label = parsed?.label ?? parsed?.result;
  if (typeof label !== 'string' || !grader.labels.includes(label)) {
    return {
      ok: false,
      error: `the model's reply names none of the labels: ${reply.text.slice(0, 500)}`,
      usage,
    };
  }
  const passed = grader.passing_labels.includes(label);
  return { ok: true, score: passed ? 1 : 0, passed, sample, reason: reasoning ?? `label: ${label}`, usage };
}

async function gradeSimple(
  grader: SimpleGrader,
  ns: TemplateNamespaces,
  deps: GraderDeps,
): Promise<GradeOutcome> {
  switch (grader.type) {
    case 'string_check': {
      const input = renderTemplate(grader.input, ns);
      const reference = renderTemplate(grader.reference, ns);
      const hit = {
        eq: () => input === reference,
        ne: () => input !== reference,
        like: () => input.includes(reference),
        ilike: () => input.toLowerCase().includes(reference.toLowerCase()),
      }[grader.operation]();
      return { ok: true, score: hit ? 1 : 0, passed: hit, usage: [] };
    }
    case 'regex_check': {
      const compiled = compileRegex(grader.pattern, grader.flags);
      if (!compiled.ok) return { ok: false, error: `pattern: ${compiled.message}`, usage: [] };
      compiled.regex.lastIndex = 0;
      const hit = compiled.regex.test(renderTemplate(grader.input, ns));
      return { ok: true, score: hit ? 1 : 0, passed: hit, usage: [] };
    }
    case 'text_similarity': {
      const input = renderTemplate(grader.input, ns);
      const reference = renderTemplate(grader.reference, ns);
      if (grader.evaluation_metric === 'cosine') {
        const { vectors, usage } = await deps.embed([input, reference]);
        const score = cosineSimilarity(vectors[0], vectors[1]);
        return { ok: true, score, passed: score >= passThresholdOf(grader), usage: [usage] };
      }
      const score = lexicalSimilarity(grader.evaluation_metric, input, reference);
      return { ok: true, score, passed: score >= passThresholdOf(grader), usage: [] };
    }
    case 'python': {
      const score = await deps.python(grader.source, ns);
      return { ok: true, score, passed: score >= passThresholdOf(grader), usage: [] };
    }
    case 'score_model':
    case 'label_model':
      return gradeModel(grader, ns, deps);
  }
}

/**
 * One grader's verdict on one item. Expected failures (a model reply without a
 * score, a Python exception, a formula dividing by zero) are outcomes, not throws;
 * an outage of the model layer still throws, for the caller's retry policy.
 */
export async function gradeItem(
  grader: Grader,
  ns: TemplateNamespaces,
  deps: GraderDeps,
): Promise<GradeOutcome> {
  try {
    if (grader.type !== 'multi') return await gradeSimple(grader, ns, deps);
    const usage: GraderUsage[] = [];
    const scores: Record<string, number> = {};
    const samples: Record<string, Record<string, unknown>> = {};
    for (const [name, sub] of Object.entries(subGraders(grader))) {
      const outcome = await gradeSimple(sub, ns, deps);
      usage.push(...outcome.usage);
      if (!outcome.ok) return { ok: false, error: `grader '${name}': ${outcome.error}`, usage };
      scores[name] = outcome.score;
      if (outcome.sample) samples[name] = outcome.sample;
    }
    const score = evaluateFormula(parseFormula(grader.calculate_output), scores);
    const sampled = Object.values(samples);
    return {
      ok: true,
      score,
      passed: score >= passThresholdOf(grader),
      usage,
      subScores: scores,
      ...(sampled.length === 1 ? { sample: sampled[0] } : sampled.length > 1 ? { sample: samples } : {}),
    };
  } catch (error) {
    if (
      error instanceof GraderFailure ||
      error instanceof FormulaError ||
      error instanceof TextTooLongError
    ) {
      return { ok: false, error: error.message, usage: [] };
    }
    throw error;
  }
}

/** A failure of the item's grading itself (bad data, a Python error), never retried. */
export class GraderFailure extends Error {}
