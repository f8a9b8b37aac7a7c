import { z } from 'zod';
import { templateMessageSchema } from './graders.js';
import { reasoningEffortSchema, topPSchema } from './inferenceParams.js';
import { jsonValueSchema, storableKeySchema, unixSeconds } from './common.js';
import { chars } from './textLength.js';

// The data sources of an OpenAI-compatible eval run (`POST /v1/evals/{id}/runs`): where its rows come from.

/**
 * An OpenAI row (`item`, `sample`): any JSON object. What the store cannot hold as a document
 * (`$`/`.`/NUL keys, an array directly in an array) is stored as its text (domain/storableRow.ts).
 */
export const evalRowSchema = z.record(z.string(), z.unknown());

const fileContentSchema = z
  .object({
    type: z.literal('file_content'),
    content: z
      .array(
        z
          .object({
            item: evalRowSchema,
            sample: evalRowSchema.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .meta({ id: 'EvalFileContentSource' });
const fileIdSchema = z
  .object({ type: z.literal('file_id'), id: chars(200, 1) })
  .strict()
  .meta({ id: 'EvalFileIdSource' });

const storedCompletionsSourceSchema = z
  .object({
    type: z.literal('stored_completions'),
    created_after: unixSeconds.nullable().optional(),
    created_before: unixSeconds.nullable().optional(),
    limit: z.number().int().min(1).max(1_000_000).nullable().optional(),
    metadata: z.record(z.string(), z.string()).nullable().optional(),
    model: chars(200).nullable().optional(),
  })
  .strict();
const responsesSourceSchema = z
  .object({
    type: z.literal('responses'),
    created_after: unixSeconds.nullable().optional(),
    created_before: unixSeconds.nullable().optional(),
    limit: z.number().int().min(1).max(1_000_000).nullable().optional(),
    metadata: z.record(z.string(), z.string()).nullable().optional(),
    model: chars(200).nullable().optional(),
    instructions_search: z.string().nullable().optional(),
    reasoning_effort: z.string().nullable().optional(),
    temperature: z.number().nullable().optional(),
    top_p: z.number().nullable().optional(),
    tools: z.array(z.string()).nullable().optional(),
    users: z.array(z.string()).nullable().optional(),
  })
  .strict();

const inputMessagesSchema = z
  .discriminatedUnion('type', [
    z
      .object({
        type: z.literal('template'),
        template: z
          .array(
            z.union([templateMessageSchema, z.object({ role: z.string(), content: z.string() }).strict()]),
          )
          .min(1)
          .max(100),
      })
      .strict()
      .meta({ id: 'TemplateInputMessages' }),
    z
      .object({ type: z.literal('item_reference'), item_reference: chars(200, 1) })
      .strict()
      .meta({ id: 'ItemReferenceInputMessages' }),
  ])
  .meta({ id: 'EvalInputMessages' });

export const samplingParamsSchema = z
  .object({
    max_completion_tokens: z.number().int().positive().optional(),
    max_completions_tokens: z.number().int().positive().optional(),
    // The model call's own contracts, so what is accepted here runs (no item fails on them later).
    reasoning_effort: reasoningEffortSchema.nullable().optional(),
    seed: z.number().int().optional(),
    temperature: z.number().min(0).max(2).optional(),
    top_p: topPSchema.optional(),
    response_format: z
      .object({ type: z.enum(['text', 'json_object', 'json_schema']) })
      .passthrough()
      .optional(),
    // Kept with the run, so keys the store can hold (a `$ref` in a function's parameters is a 400).
    tools: z.array(z.record(storableKeySchema, jsonValueSchema)).max(128).optional(),
    // The SDK's `text` has only `format`; another key would be ignored, so it is refused.
    text: z
      .object({ format: z.record(z.string(), z.unknown()).optional() })
      .strict()
      .optional(),
  })
  .strict()
  .meta({ id: 'EvalSamplingParams' });
export type SamplingParams = z.infer<typeof samplingParamsSchema>;

export const jsonlRunSourceSchema = z
  .object({ type: z.literal('jsonl'), source: z.union([fileContentSchema, fileIdSchema]) })
  .strict()
  .meta({ id: 'JsonlRunDataSource' });
const completionsRunSourceSchema = z
  .object({
    type: z.literal('completions'),
    source: z.union([fileContentSchema, fileIdSchema, storedCompletionsSourceSchema]),
    input_messages: inputMessagesSchema.optional(),
    model: chars(200, 1).optional(),
    sampling_params: samplingParamsSchema.optional(),
  })
  .strict()
  .meta({ id: 'CompletionsRunDataSource' });
const responsesRunSourceSchema = z
  .object({
    type: z.literal('responses'),
    source: z.union([fileContentSchema, fileIdSchema, responsesSourceSchema]),
    input_messages: inputMessagesSchema.optional(),
    model: chars(200, 1).optional(),
    sampling_params: samplingParamsSchema.optional(),
  })
  .strict()
  .meta({ id: 'ResponsesRunDataSource' });

export const runDataSourceSchema = z
  .discriminatedUnion('type', [jsonlRunSourceSchema, completionsRunSourceSchema, responsesRunSourceSchema])
  .meta({ id: 'EvalRunDataSource' });
export type RunDataSource = z.infer<typeof runDataSourceSchema>;
export type GeneratingRunDataSource = Exclude<RunDataSource, { type: 'jsonl' }>;
