import { z } from 'zod';
import { idSchema, labelSchema, metadataSchema, unixSeconds } from './common.js';
import { inferenceParamsSchema } from './inferenceParams.js';

export const evaluatorTypes = ['judge', 'code'] as const;
export type EvaluatorType = (typeof evaluatorTypes)[number];

/** Modes the API recognises; only `pointwise` is implemented (others answer 501). */
export const knownEvaluationModes = ['pointwise', 'pairwise', 'listwise'] as const;
export const apiTypes = ['chat_completions', 'responses'] as const;
export type ApiType = (typeof apiTypes)[number];

/** pip requirement strings: no options, URLs or local paths (they could reach outside the index). */
export const requirementSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9_,.-]+\])?\s*((===|==|~=|!=|<=|>=|<|>)\s*[A-Za-z0-9.*+!_-]+\s*,?\s*)*$/,
    'must be a plain requirement like "rapidfuzz==3.9.6" (no URLs, paths or pip options)',
  );

const evaluatorFields = {
  container: z.string().min(1).max(200),
  judge_model: z.string().min(1).max(200),
  judge_prompt: z.string().min(1).max(100_000),
  code: z.string().min(1).max(200_000),
  requirements: z.array(requirementSchema).max(50),
  threshold: z.number().finite(),
  mode: z.enum(knownEvaluationModes),
  metadata: metadataSchema,
  name: labelSchema,
  description: z.string().max(4000),
  api_type: z.enum(apiTypes),
  inference_params: inferenceParamsSchema,
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
    api_type: evaluatorFields.api_type.default('chat_completions'),
    inference_params: evaluatorFields.inference_params.optional(),
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
  metadata: z.record(z.string(), z.string()),
  created_at: unixSeconds,
  updated_at: unixSeconds,
});
export type Evaluator = z.infer<typeof evaluatorSchema>;
