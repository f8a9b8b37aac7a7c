import { z } from 'zod';
import type { ErrorDetail } from './errors.js';
import { idSchema, labelSchema, listQueryWith, metadataSchema, unixSeconds } from './common.js';
import { graderSchema } from './graders.js';
import { inferenceParamsSchema } from './inferenceParams.js';
import { requirementsSchema } from './requirements.js';
import { templateTextSchema } from './templates.js';
import { typeRulesJsonSchema } from './typeRules.js';
import { chars } from './textLength.js';

/** `grader`: one of OpenAI's graders (string check, text similarity, ... see domain/graders.ts). */
export const evaluatorTypes = ['judge', 'code', 'grader'] as const;
export type EvaluatorType = (typeof evaluatorTypes)[number];

/**
 * How an evaluator looks at an item: one output at a time (`pointwise`, a score), two outputs
 * of different models side by side (`pairwise`, a verdict A / B / tie), or all of them at once
 * (`listwise`, a ranking). Comparisons need two or more outputs per item (see domain/comparisons.ts).
 */
export const knownEvaluationModes = ['pointwise', 'pairwise', 'listwise'] as const;
export type EvaluationMode = (typeof knownEvaluationModes)[number];
export const apiTypes = ['chat_completions', 'responses'] as const;

/**
 * How a judge panel's verdicts make the evaluator's: the mean or the median of the judges' scores
 * (passed against the threshold), or the majority of their pass/fail verdicts (the mean score).
 */
export const panelAggregates = ['mean', 'median', 'majority'] as const;
export type PanelAggregate = (typeof panelAggregates)[number];
/** The lowest and highest score an evaluator can give: intervals stay within it. */
export const scoreRangeSchema = z
  .object({ low: z.number().finite(), high: z.number().finite() })
  .strict()
  .refine((range) => range.low < range.high, { message: 'low must be below high', path: ['high'] });
export type ScoreRange = z.infer<typeof scoreRangeSchema>;

/** A panel is `judge_model` and 1 to 4 more: 2 to 5 judges, each asked for every item. */
export const MAX_PANEL_MODELS = 4;
export type ApiType = (typeof apiTypes)[number];

const evaluatorFields = {
  container: chars(200, 1),
  judge_model: chars(200, 1),
  panel_models: z.array(chars(200, 1)).min(1).max(MAX_PANEL_MODELS),
  panel_aggregate: z.enum(panelAggregates),
  judge_prompt: templateTextSchema,
  code: chars(200_000, 1),
  requirements: requirementsSchema,
  threshold: z.number().finite(),
  score_range: scoreRangeSchema,
  mode: z.enum(knownEvaluationModes),
  /** Pairwise only: judge each pair in both orders (default), so a position-biased verdict shows as inconsistent. */
  position_swap: z.boolean(),
  metadata: metadataSchema,
  name: labelSchema,
  description: chars(4000),
  api_type: z.enum(apiTypes),
  inference_params: inferenceParamsSchema,
  grader: graderSchema,
};

/** A field an evaluator is defined by, in a request and as stored alike. */
type EvaluatorField = keyof typeof evaluatorFields & keyof EvaluatorDefinition;
/** Fields that mean something for one type only; giving them to the other type is a 422. */
const fieldsOnlyFor: Record<EvaluatorType, EvaluatorField[]> = {
  judge: ['judge_model', 'panel_models', 'panel_aggregate', 'judge_prompt', 'api_type', 'inference_params'],
  code: ['code', 'requirements'],
  grader: ['grader'],
};
const requiredFor: Record<EvaluatorType, EvaluatorField[]> = {
  judge: ['judge_model', 'judge_prompt'],
  code: ['code'],
  grader: ['grader'],
};

/** The same rules in the OpenAPI document: what a create must and must not name per type. */
const createTypeRules = typeRulesJsonSchema(
  Object.fromEntries(
    evaluatorTypes.map((type) => [
      type,
      {
        required: requiredFor[type],
        forbidden: evaluatorTypes.filter((other) => other !== type).flatMap((other) => fieldsOnlyFor[other]),
      },
    ]),
  ),
);

export const evaluatorCreateSchema = z
  .object({
    ...evaluatorFields,
    type: z.enum(evaluatorTypes),
    container: evaluatorFields.container.optional(),
    judge_model: evaluatorFields.judge_model.optional(),
    panel_models: evaluatorFields.panel_models.optional(),
    panel_aggregate: evaluatorFields.panel_aggregate.optional(),
    judge_prompt: evaluatorFields.judge_prompt.optional(),
    code: evaluatorFields.code.optional(),
    requirements: evaluatorFields.requirements.optional(),
    threshold: evaluatorFields.threshold.optional(),
    score_range: evaluatorFields.score_range.optional(),
    mode: evaluatorFields.mode.default('pointwise'),
    position_swap: evaluatorFields.position_swap.optional(),
    metadata: evaluatorFields.metadata.optional(),
    description: evaluatorFields.description.optional(),
    // No default here: a code evaluator naming an api_type is rejected, so the
    // route must see whether it was given; judges default to chat_completions.
    api_type: evaluatorFields.api_type.optional(),
    inference_params: evaluatorFields.inference_params.optional(),
    grader: evaluatorFields.grader.optional(),
  })
  .strict()
  // The type rules answer beside the fields' own problems, one detail per offending field:
  // zod skips a refinement once any field failed unless told when to run it, and these
  // read only `type` and which fields are present, so they run whenever `type` is valid.
  .superRefine(
    (body, ctx) => {
      for (const { field, message } of evaluatorTypeProblems(body as EvaluatorTypeView, body)) {
        ctx.addIssue({ code: 'custom', path: [field], message });
      }
    },
    {
      when: ({ value }) =>
        typeof value === 'object' &&
        value !== null &&
        evaluatorTypes.includes((value as { type?: unknown }).type as EvaluatorType),
    },
  )
  .meta({ id: 'EvaluatorCreate', ...createTypeRules });
export type EvaluatorCreate = z.infer<typeof evaluatorCreateSchema>;

/** Patchable fields: everything but `type` (which would change what the evaluator is). */
export const evaluatorPatchSchema = z
  .object({
    ...evaluatorFields,
    threshold: evaluatorFields.threshold.nullable(),
    score_range: evaluatorFields.score_range.nullable(),
    // null: back to a single judge.
    panel_models: evaluatorFields.panel_models.nullable(),
  })
  .partial()
  .strict()
  .meta({ id: 'EvaluatorPatch' });
export type EvaluatorPatch = z.infer<typeof evaluatorPatchSchema>;

export const evaluatorSchema = z
  .object({
    object: z.literal('evaluator'),
    id: idSchema('evaluator'),
    /** Incremented by every PATCH; results record the version that produced them. */
    version: z.number().int().min(1),
    type: z.enum(evaluatorTypes),
    container_id: z.string().nullable(),
    name: z.string(),
    description: z.string().nullable(),
    judge_model: z.string().nullable(),
    /** More judges beside `judge_model` (a panel), or null for a single judge. */
    panel_models: z.array(z.string()).nullable(),
    panel_aggregate: z.enum(panelAggregates).nullable(),
    judge_prompt: z.string().nullable(),
    code: z.string().nullable(),
    requirements: z.array(z.string()),
    threshold: z.number().nullable(),
    /**
     * The scale the evaluator declared, or null: then judges asked with the default judgment format
     * and graders score on 0-1, and a code evaluator's (or a custom-format judge's) scale is undeclared.
     */
    score_range: scoreRangeSchema.nullable(),
    mode: z.enum(knownEvaluationModes),
    /** Pairwise: whether each pair is judged in both orders; null for other modes. */
    position_swap: z.boolean().nullable(),
    api_type: z.enum(apiTypes),
    inference_params: inferenceParamsSchema.nullable(),
    grader: graderSchema.nullable(),
    metadata: z.record(z.string(), z.string()),
    created_at: unixSeconds,
    updated_at: unixSeconds,
  })
  .meta({ id: 'Evaluator' });
export type Evaluator = z.infer<typeof evaluatorSchema>;

/** `GET /v1/evaluators?container=`: id or label of the container the evaluators belong to. */
export const evaluatorListQuerySchema = listQueryWith({ container: evaluatorFields.container.optional() });

/** `?container=` on reads by name, for a name used in several containers. */
export const evaluatorLookupQuerySchema = z
  .object({ container: evaluatorFields.container.optional() })
  .strict();

/** What an evaluator is, as stored and versioned: everything but identity and timestamps. */
export type EvaluatorDefinition = Omit<Evaluator, 'object' | 'id' | 'version' | 'created_at' | 'updated_at'>;

/**
 * The type rules, one detail per offending field: `given` is what the request named
 * (a create's body or a patch), `definition` the evaluator it would produce.
 */
type EvaluatorTypeView = Pick<
  EvaluatorDefinition,
  'type' | 'judge_model' | 'judge_prompt' | 'code' | 'grader'
>;

export function evaluatorTypeProblems(
  definition: EvaluatorTypeView,
  given: Partial<Record<keyof EvaluatorDefinition, unknown>>,
): ErrorDetail[] {
  const { type } = definition;
  const misplaced = evaluatorTypes
    .filter((other) => other !== type)
    .flatMap((other) =>
      fieldsOnlyFor[other]
        .filter((field) => given[field] !== undefined)
        .map((field) => ({ field, message: `not allowed on a ${type} evaluator (it is a ${other} field)` })),
    );
  const missing = requiredFor[type]
    .filter((field) => definition[field as keyof typeof definition] == null)
    .map((field) => ({ field, message: `required for a ${type} evaluator` }));
  return [...misplaced, ...missing];
}

/** A create request as the definition it stores (defaults filled in, container resolved). */
export function definitionFromCreate(body: EvaluatorCreate, containerId: string | null): EvaluatorDefinition {
  return {
    type: body.type,
    container_id: containerId,
    name: body.name,
    description: body.description ?? null,
    judge_model: body.judge_model ?? null,
    panel_models: body.panel_models ?? null,
    panel_aggregate: body.panel_models ? (body.panel_aggregate ?? defaultAggregate(body.mode)) : null,
    judge_prompt: body.judge_prompt ?? null,
    code: body.code ?? null,
    requirements: body.requirements ?? [],
    threshold: body.threshold ?? null,
    score_range: body.score_range ?? null,
    mode: body.mode,
    // Given on another mode it stays, for the checks to refuse by name.
    position_swap: body.mode === 'pairwise' ? (body.position_swap ?? true) : (body.position_swap ?? null),
    api_type: body.api_type ?? 'chat_completions',
    inference_params: body.inference_params ?? null,
    grader: body.grader ?? null,
    metadata: body.metadata ?? {},
  };
}

/** Scores are averaged; pairwise outcomes (win, loss, tie) can only be counted. */
const defaultAggregate = (mode: EvaluationMode) => (mode === 'pairwise' ? 'majority' : 'mean');

/** The definition a patch produces; fields it does not name keep their values. */
export function definitionWithPatch(
  current: EvaluatorDefinition,
  patch: EvaluatorPatch,
  containerId: string | null,
): EvaluatorDefinition {
  const { container: _container, ...fields } = patch;
  const next = { ...current, ...fields, container_id: containerId };
  // A panel's aggregate goes with the panel: the mean (a pairwise panel's majority) unless chosen,
  // and none without a panel;
  // position swapping goes with the pairwise mode: on unless turned off.
  return {
    ...next,
    panel_aggregate: next.panel_models ? (next.panel_aggregate ?? defaultAggregate(next.mode)) : null,
    position_swap: next.mode === 'pairwise' ? (next.position_swap ?? true) : (patch.position_swap ?? null),
  };
}

/**
 * The scale an evaluator's scores lie on: the one it declared, else 0-1 for a judge asked with the
 * default judgment format and for a grader; null (undeclared) for a code evaluator or a judge with
 * its own `response_format`, whose scores could be anything.
 */
export function scoreRangeOf(
  evaluator: Pick<Evaluator, 'type' | 'inference_params'> & { score_range?: ScoreRange | null },
): ScoreRange | null {
  if (evaluator.score_range) return evaluator.score_range;
  if (evaluator.type === 'grader') return { low: 0, high: 1 };
  if (evaluator.type === 'judge' && evaluator.inference_params?.response_format === undefined) {
    return { low: 0, high: 1 };
  }
  return null;
}
