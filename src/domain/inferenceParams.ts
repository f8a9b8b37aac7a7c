import { z } from 'zod';
import { openObject } from './common.js';
import { chars } from './textLength.js';

/** The structured output a model must produce: OpenAI's `response_format` shapes. */
export const responseFormatSchema = z
  .discriminatedUnion('type', [
    z
      .object({ type: z.literal('text') })
      .strict()
      .meta({ id: 'TextResponseFormat' }),
    z
      .object({ type: z.literal('json_object') })
      .strict()
      .meta({ id: 'JsonObjectResponseFormat' }),
    z
      .object({
        type: z.literal('json_schema'),
        json_schema: z
          .object({
            name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, _ or -'),
            description: z.string().optional(),
            /** Stored with the evaluator, so its keys must be storable (no `$ref`/`$defs`: inline them). */
            // Typed as checked (and documented), so the generated client and callers agree.
            schema: openObject({
              type: z.literal('object', { error: 'the schema must describe an object (type: "object")' }),
            }),
            strict: z.boolean().optional(),
          })
          .strict(),
      })
      .strict()
      .meta({ id: 'JsonSchemaResponseFormat' }),
  ])
  .meta({ id: 'ResponseFormat' });
export type ResponseFormat = z.infer<typeof responseFormatSchema>;

/** The reasoning efforts the OpenAI SDKs name (`Shared.ReasoningEffort`); which a model takes is the provider's. */
export const reasoningEffortSchema = z.enum(['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max']);

/** Nucleus sampling: 0 would keep no token, and providers refuse it. */
export const topPSchema = z.number().gt(0, 'must be greater than 0 (0 keeps no token)').max(1);

/**
 * Parameters passed through to the model call. Checked here so a typo fails at
 * create time with a 422, not as a 400 from the provider in the middle of a run.
 */
export const inferenceParamsSchema = z
  .object({
    temperature: z.number().min(0).max(2).optional(),
    top_p: topPSchema.optional(),
    max_tokens: z.number().int().min(1).max(200_000).optional(),
    max_completion_tokens: z.number().int().min(1).max(200_000).optional(),
    max_output_tokens: z.number().int().min(16).max(200_000).optional(),
    presence_penalty: z.number().min(-2).max(2).optional(),
    frequency_penalty: z.number().min(-2).max(2).optional(),
    seed: z.number().int().optional(),
    stop: z.union([chars(200), z.array(chars(200)).max(4)]).optional(),
    reasoning_effort: reasoningEffortSchema.optional(),
    response_format: responseFormatSchema.optional(),
  })
  .strict()
  .meta({ id: 'InferenceParams' });
export type InferenceParams = z.infer<typeof inferenceParamsSchema>;
