import { z } from 'zod';
import { openObject } from './common.js';
import { reasoningEffortSchema, topPSchema } from './inferenceParams.js';
import { chars } from './textLength.js';

/**
 * OpenAI's grader definitions (the `openai` SDK's `resources/graders/grader-models`),
 * defined once: the Evals API validates testing criteria with them, and the native
 * `grader` evaluator type stores one of them.
 */

const graderName = chars(256, 1);
/** A template over `{{item.*}}` and `{{sample.*}}`; rendered per item. */
const templateText = chars(100_000);

export const stringCheckOperations = ['eq', 'ne', 'like', 'ilike'] as const;
export const stringCheckGraderSchema = z
  .object({
    type: z.literal('string_check'),
    name: graderName,
    input: templateText,
    reference: templateText,
    operation: z.enum(stringCheckOperations),
  })
  .strict()
  .meta({ id: 'StringCheckGrader' });

/**
 * An Assay extension for native checks without a model: the rendered input matches
 * `pattern`, run by RE2 (linear time, so no tenant pattern can stall a worker;
 * backreferences and lookarounds are refused at creation). Flags: i, m, s.
 */
export const regexCheckGraderSchema = z
  .object({
    type: z.literal('regex_check'),
    name: graderName,
    input: templateText,
    pattern: chars(2000, 1),
    flags: z
      .string()
      .regex(/^[ims]{0,3}$/, 'flags are any of i (ignore case), m (multiline), s (dot matches newline)')
      .optional(),
  })
  .strict()
  .meta({ id: 'RegexCheckGrader' });

export const similarityMetrics = [
  'cosine',
  'fuzzy_match',
  'bleu',
  'gleu',
  'meteor',
  'rouge_1',
  'rouge_2',
  'rouge_3',
  'rouge_4',
  'rouge_5',
  'rouge_l',
] as const;
export type SimilarityMetric = (typeof similarityMetrics)[number];

const passThreshold = z.number().finite();

export const textSimilarityGraderSchema = z
  .object({
    type: z.literal('text_similarity'),
    name: graderName,
    input: templateText,
    reference: templateText,
    evaluation_metric: z.enum(similarityMetrics),
    pass_threshold: passThreshold.optional(),
  })
  .strict()
  .meta({ id: 'TextSimilarityGrader' });

/** Python graders are `grade(sample, item)`; OpenAI bounds the source at 256 kB. */
/**
 * What OpenAI's python graders could import (its grader image's documented scientific set), pinned:
 * the default of ASSAY_PYTHON_GRADER_REQUIREMENTS. Wheels only (the sandbox installs no sdist), for
 * CPython 3.11 and later.
 */
export const PYTHON_GRADER_REQUIREMENTS = [
  'numpy==2.4.6',
  'scipy==1.17.1',
  'pandas==3.1.1',
  'sympy==1.14.0',
  'scikit-learn==1.9.1',
  'rapidfuzz==3.14.6',
  'nltk==3.9.1',
  'jsonschema==4.26.0',
  'pydantic==2.14.4',
  'pyyaml==6.0.4',
  'deepdiff==9.1.0',
  'sqlparse==0.6.1',
];

export const pythonGraderSchema = z
  .object({
    type: z.literal('python'),
    name: graderName,
    source: chars(256_000, 1),
    /** Refused when given (checkGrader.ts): OpenAI's image tags name images Assay does not have. */
    image_tag: chars(200).optional(),
    pass_threshold: passThreshold.optional(),
  })
  .strict()
  .meta({ id: 'PythonGrader' });

// Other fields pass through as storable JSON (a `$` key or nested array was a 500 from the store).
// Templates render to text; an image or audio part would be dropped on the way to the model, so it is refused.
const textPartTypes = ['input_text', 'output_text', 'text'];
const contentPart = openObject({ type: chars(50, 1) })
  .refine((p) => textPartTypes.includes(p.type), {
    message: `only text parts (${textPartTypes.join(', ')}) are supported: Assay sends graders and generations text, so image and audio parts are refused rather than dropped`,
  })
  .refine((p) => typeof (p as { text?: unknown }).text === 'string' || p.type !== 'input_text', {
    message: 'an input_text part needs text',
  });

/** A message of a model grader's `input` or of a run's `input_messages` template. */
export const templateMessageSchema = z
  .object({
    role: z.enum(['user', 'assistant', 'system', 'developer']),
    content: z.union([templateText, contentPart, z.array(z.union([templateText, contentPart])).max(50)]),
    type: z.literal('message').optional(),
  })
  .strict()
  .meta({ id: 'GraderMessage' });
export type TemplateMessage = z.infer<typeof templateMessageSchema>;

export const graderSamplingParamsSchema = z
  .object({
    max_completions_tokens: z.number().int().positive().nullable().optional(),
    reasoning_effort: reasoningEffortSchema.nullable().optional(),
    seed: z.number().int().nullable().optional(),
    temperature: z.number().min(0).max(2).nullable().optional(),
    top_p: topPSchema.nullable().optional(),
  })
  .strict()
  .meta({ id: 'GraderSamplingParams' });

const modelSlug = chars(200, 1);

export const scoreModelGraderSchema = z
  .object({
    type: z.literal('score_model'),
    name: graderName,
    model: modelSlug,
    input: z.array(templateMessageSchema).min(1).max(50),
    range: z
      .array(z.number().finite())
      .length(2)
      .refine(([low, high]) => low! < high!, 'range is [low, high] with low < high')
      .optional(),
    sampling_params: graderSamplingParamsSchema.optional(),
    pass_threshold: passThreshold.optional(),
  })
  .strict()
  .meta({ id: 'ScoreModelGrader' });

export const labelModelGraderSchema = z
  .object({
    type: z.literal('label_model'),
    name: graderName,
    model: modelSlug,
    input: z.array(templateMessageSchema).min(1).max(50),
    labels: z.array(chars(200, 1)).min(1).max(50),
    passing_labels: z.array(chars(200, 1)).min(1).max(50),
  })
  .strict()
  .refine((g) => g.passing_labels.every((label) => g.labels.includes(label)), {
    message: 'every passing label must be one of labels',
    path: ['passing_labels'],
  })
  .meta({ id: 'LabelModelGrader' });

/** The graders a multi grader combines (no nesting of multi graders, as in OpenAI's type). */
const simpleGraders = [
  stringCheckGraderSchema,
  regexCheckGraderSchema,
  textSimilarityGraderSchema,
  pythonGraderSchema,
  scoreModelGraderSchema,
  labelModelGraderSchema,
] as const;
// Discriminated by `type`: the document's `oneOf` gets a discriminator, and a bad grader's
// problems are its own variant's fields rather than every variant's at once.
export const simpleGraderSchema = z
  .discriminatedUnion('type', [...simpleGraders])
  .meta({ id: 'SimpleGrader' });

export const multiGraderSchema = z
  .object({
    type: z.literal('multi'),
    name: graderName,
    /** Either one grader (OpenAI's SDK type) or a map of them by formula variable name. */
    graders: z.union([
      simpleGraderSchema,
      z
        .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a formula variable name'), simpleGraderSchema)
        .refine((m) => Object.keys(m).length >= 1 && Object.keys(m).length <= 20, '1 to 20 graders')
        // The same bound in the OpenAPI document, so what it calls valid is accepted.
        .meta({ minProperties: 1, maxProperties: 20 }),
    ]),
    calculate_output: chars(2000, 1),
    pass_threshold: passThreshold.optional(),
  })
  .strict()
  .meta({ id: 'MultiGrader' });

export const graderSchema = z
  .discriminatedUnion('type', [...simpleGraders, multiGraderSchema])
  .meta({ id: 'Grader' });
export type Grader = z.infer<typeof graderSchema>;
export type SimpleGrader = z.infer<typeof simpleGraderSchema>;
export type StringCheckGrader = z.infer<typeof stringCheckGraderSchema>;
export type RegexCheckGrader = z.infer<typeof regexCheckGraderSchema>;
export type TextSimilarityGrader = z.infer<typeof textSimilarityGraderSchema>;
export type PythonGrader = z.infer<typeof pythonGraderSchema>;
export type ScoreModelGrader = z.infer<typeof scoreModelGraderSchema>;
export type LabelModelGrader = z.infer<typeof labelModelGraderSchema>;
export type MultiGrader = z.infer<typeof multiGraderSchema>;

/** The graders a multi grader combines, by the variable name its formula uses. */
export function subGraders(grader: MultiGrader): Record<string, SimpleGrader> {
  const { graders } = grader;
  return 'type' in graders && typeof graders.type === 'string'
    ? { [(graders as SimpleGrader).name]: graders as SimpleGrader }
    : (graders as Record<string, SimpleGrader>);
}
