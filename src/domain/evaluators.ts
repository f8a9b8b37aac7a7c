import { z } from 'zod';
import type { ErrorDetail } from './errors.js';
import { idSchema, labelSchema, listQueryWith, metadataSchema, unixSeconds } from './common.js';
import { graderSchema } from './graders.js';
import { inferenceParamsSchema } from './inferenceParams.js';
import { requirementsSchema } from './requirements.js';
import { templateTextSchema } from './templates.js';

/** `grader`: one of OpenAI's graders (string check, text similarity, ... see domain/graders.ts). */
export const evaluatorTypes = ['judge', 'code', 'grader'] as const;
export type EvaluatorType = (typeof evaluatorTypes)[number];

/** Modes the API recognises; only `pointwise` is implemented (others answer 501). */
export const knownEvaluationModes = ['pointwise', 'pairwise', 'listwise'] as const;
export const apiTypes = ['chat_completions', 'responses'] as const;
export type ApiType = (typeof apiTypes)[number];

const evaluatorFields = {
  container: z.string().min(1).max(200),
  judge_model: z.string().min(1).max(200),
  judge_prompt: templateTextSchema,
  code: z.string().min(1).max(200_000),
  requirements: requirementsSchema,
  threshold: z.number().finite(),
  mode: z.enum(knownEvaluationModes),
  metadata: metadataSchema,
  name: labelSchema,
  description: z.string().max(4000),
  api_type: z.enum(apiTypes),
  inference_params: inferenceParamsSchema,
  grader: graderSchema,
};

export const evaluatorCreateSchema = z
  .object({
    ...evaluatorFields,
    type: z.enum(evaluatorTypes),
    container: evaluatorFields.container.optional(),
    judge_model: evaluatorFields.judge_model.optional(),
    judge_prompt: evaluatorFields.judge_prompt.optional(),
    code: evaluatorFields.code.optional(),
    requirements: evaluatorFields.requirements.optional(),
    threshold: evaluatorFields.threshold.optional(),
    mode: evaluatorFields.mode.default('pointwise'),
    metadata: evaluatorFields.metadata.optional(),
    description: evaluatorFields.description.optional(),
    // No default here: a code evaluator naming an api_type is rejected, so the
    // route must see whether it was given; judges default to chat_completions.
    api_type: evaluatorFields.api_type.optional(),
    inference_params: evaluatorFields.inference_params.optional(),
    grader: evaluatorFields.grader.optional(),
  })
  .strict();
export type EvaluatorCreate = z.infer<typeof evaluatorCreateSchema>;

/** Patchable fields: everything but `type` (which would change what the evaluator is). */
export const evaluatorPatchSchema = z
  .object({
    ...evaluatorFields,
    threshold: evaluatorFields.threshold.nullable(),
  })
  .partial()
  .strict();
export type EvaluatorPatch = z.infer<typeof evaluatorPatchSchema>;

export const evaluatorSchema = z.object({
  object: z.literal('evaluator'),
  id: idSchema('evaluator'),
  /** Incremented by every PATCH; results record the version that produced them. */
  version: z.number().int().min(1),
  type: z.enum(evaluatorTypes),
  container_id: z.string().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  judge_model: z.string().nullable(),
  judge_prompt: z.string().nullable(),
  code: z.string().nullable(),
  requirements: z.array(z.string()),
  threshold: z.number().nullable(),
  mode: z.enum(knownEvaluationModes),
  api_type: z.enum(apiTypes),
  inference_params: inferenceParamsSchema.nullable(),
  grader: graderSchema.nullable(),
  metadata: z.record(z.string(), z.string()),
  created_at: unixSeconds,
  updated_at: unixSeconds,
});
export type Evaluator = z.infer<typeof evaluatorSchema>;

/** `GET /v1/evaluators?container=`: id or label of the container the evaluators belong to. */
export const evaluatorListQuerySchema = listQueryWith({ container: evaluatorFields.container.optional() });

/** `?container=` on reads by name, for a name used in several containers. */
export const evaluatorLookupQuerySchema = z
  .object({ container: evaluatorFields.container.optional() })
  .strict();

/** What an evaluator is, as stored and versioned: everything but identity and timestamps. */
export type EvaluatorDefinition = Omit<Evaluator, 'object' | 'id' | 'version' | 'created_at' | 'updated_at'>;

/** Fields that mean something for one type only; giving them to the other type is a 422. */
const fieldsOnlyFor: Record<EvaluatorType, (keyof EvaluatorDefinition)[]> = {
  judge: ['judge_model', 'judge_prompt', 'api_type', 'inference_params'],
  code: ['code', 'requirements'],
  grader: ['grader'],
};
const requiredFor: Record<EvaluatorType, (keyof EvaluatorDefinition)[]> = {
  judge: ['judge_model', 'judge_prompt'],
  code: ['code'],
  grader: ['grader'],
};

/**
 * The type rules, one detail per offending field: `given` is what the request named
 * (a create's body or a patch), `definition` the evaluator it would produce.
 */
export function evaluatorTypeProblems(
  definition: Pick<EvaluatorDefinition, 'type' | 'judge_model' | 'judge_prompt' | 'code' | 'grader'>,
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
    judge_prompt: body.judge_prompt ?? null,
    code: body.code ?? null,
    requirements: body.requirements ?? [],
    threshold: body.threshold ?? null,
    mode: body.mode,
    api_type: body.api_type ?? 'chat_completions',
    inference_params: body.inference_params ?? null,
    grader: body.grader ?? null,
    metadata: body.metadata ?? {},
  };
}

/** The definition a patch produces; fields it does not name keep their values. */
export function definitionWithPatch(
  current: EvaluatorDefinition,
  patch: EvaluatorPatch,
  containerId: string | null,
): EvaluatorDefinition {
  const { container: _container, ...fields } = patch;
  return { ...current, ...fields, container_id: containerId };
}
