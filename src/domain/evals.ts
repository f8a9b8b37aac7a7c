import { z } from 'zod';
import { graderSchema } from './graders.js';
import { chars } from './textLength.js';
import { typeRulesJsonSchema } from './typeRules.js';
import { namedListOf, unixSeconds } from './common.js';
import { evalRowSchema, runDataSourceSchema } from './evalRunDataSources.js';

/**
 * OpenAI's Evals API resources (the `openai` SDK's `resources/evals/**`), defined
 * once for the routes, the OpenAPI document, the run engine and the store.
 */

/** OpenAI's metadata: at most 16 string pairs, keys up to 64 and values up to 512 characters. */
export const openAiMetadataSchema = z
  .record(
    z.string().min(1).max(64, 'metadata keys are at most 64 characters'),
    z.string().max(512, 'metadata values are at most 512 characters'),
  )
  .refine((m) => Object.keys(m).length <= 16, 'at most 16 metadata keys')
  // The same bound in the OpenAPI document, so what it calls valid is accepted.
  .meta({ maxProperties: 16 });

const jsonSchemaObject = z.record(z.string(), z.unknown());

/**
 * Filters of task logs (Assay's stored completions): equality on metadata, plus the container
 * holding them (`container`). Task-log metadata values are strings, so only strings can match.
 */
const logsMetadataSchema = z.record(
  chars(64, 1),
  z
    .string({ error: 'task-log metadata values are strings; a filter on another type matches nothing' })
    .max(512),
);

export const dataSourceConfigCreateSchema = z
  .discriminatedUnion('type', [
    z
      .object({
        type: z.literal('custom'),
        item_schema: jsonSchemaObject,
        include_sample_schema: z.boolean().optional(),
      })
      .strict()
      .meta({ id: 'CustomDataSourceConfigCreate' }),
    z
      .object({ type: z.literal('logs'), metadata: logsMetadataSchema.optional() })
      .strict()
      .meta({ id: 'LogsDataSourceConfigCreate' }),
    z
      .object({ type: z.literal('stored_completions'), metadata: logsMetadataSchema.optional() })
      .strict()
      .meta({ id: 'StoredCompletionsDataSourceConfigCreate' }),
  ])
  .meta({ id: 'EvalDataSourceConfigCreate' });
export type DataSourceConfigCreate = z.infer<typeof dataSourceConfigCreateSchema>;

export const dataSourceConfigSchema = z
  .object({
    type: z.enum(['custom', 'logs', 'stored_completions']),
    schema: jsonSchemaObject,
    metadata: z.record(z.string(), z.unknown()).nullable().optional(),
  })
  .meta({ id: 'EvalDataSourceConfig' });
export type DataSourceConfig = z.infer<typeof dataSourceConfigSchema>;

/** What a testing criterion must name beside its grader's own fields, by grader type. */
const criterionRules = { text_similarity: { required: ['pass_threshold'] } } as const;

/** A testing criterion is a grader; text similarity criteria must say what passes. */
export const testingCriterionSchema = graderSchema
  .superRefine((grader, ctx) => {
    const rule = criterionRules[grader.type as keyof typeof criterionRules];
    for (const field of rule?.required ?? []) {
      if ((grader as Record<string, unknown>)[field] === undefined) {
        ctx.addIssue({ code: 'custom', message: `required for a ${grader.type} criterion`, path: [field] });
      }
    }
  })
  .meta(typeRulesJsonSchema(criterionRules));

export const evalCreateSchema = z
  .object({
    name: chars(256, 1).optional(),
    metadata: openAiMetadataSchema.nullable().optional(),
    data_source_config: dataSourceConfigCreateSchema,
    testing_criteria: z.array(testingCriterionSchema).min(1).max(20),
  })
  .strict()
  .meta({ id: 'EvalCreate' });
export type EvalCreate = z.infer<typeof evalCreateSchema>;

export const evalUpdateSchema = z
  .object({
    name: chars(256, 1).optional(),
    metadata: openAiMetadataSchema.nullable().optional(),
  })
  .strict()
  .meta({ id: 'EvalUpdate' });

export const evalSchema = z
  .object({
    object: z.literal('eval'),
    id: z.string(),
    name: z.string(),
    metadata: z.record(z.string(), z.string()).nullable(),
    data_source_config: dataSourceConfigSchema,
    testing_criteria: z.array(graderSchema),
    created_at: unixSeconds,
  })
  .meta({ id: 'Eval' });
export type Eval = z.infer<typeof evalSchema>;

/** Cursor lists as OpenAI shapes them: `order` by creation, `after` an id of the previous page. */
export const openAiListQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    after: chars(300).optional(),
    order: z.enum(['asc', 'desc']).default('asc'),
  })
  .strict();
export type OpenAiListQuery = z.infer<typeof openAiListQuerySchema>;

export const evalListQuerySchema = openAiListQuerySchema.extend({
  order_by: z.enum(['created_at', 'updated_at']).default('created_at'),
});

export const openAiListOf = <T extends z.ZodType>(item: T) =>
  namedListOf(
    item,
    z.object({
      object: z.literal('list'),
      data: z.array(item),
      first_id: z.string().nullable(),
      last_id: z.string().nullable(),
      has_more: z.boolean(),
    }),
  );

export interface OpenAiList<T> {
  object: 'list';
  data: T[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}

// ---- Runs --------------------------------------------------------------------------------

export const evalRunCreateSchema = z
  .object({
    name: chars(256, 1).optional(),
    metadata: openAiMetadataSchema.nullable().optional(),
    data_source: runDataSourceSchema,
  })
  .strict()
  .meta({ id: 'EvalRunCreate' });
export type EvalRunCreate = z.infer<typeof evalRunCreateSchema>;

export const evalRunStatuses = ['queued', 'in_progress', 'completed', 'canceled', 'failed'] as const;
export type EvalRunStatus = (typeof evalRunStatuses)[number];

export const evalRunListQuerySchema = openAiListQuerySchema.extend({
  status: z.enum(evalRunStatuses).optional(),
});

const usageSchema = z.object({
  model_name: z.string(),
  invocation_count: z.number().int(),
  prompt_tokens: z.number().int(),
  completion_tokens: z.number().int(),
  total_tokens: z.number().int(),
  cached_tokens: z.number().int(),
});

export const evalApiErrorSchema = z.object({ code: z.string(), message: z.string() });

export const evalRunSchema = z
  .object({
    object: z.literal('eval.run'),
    id: z.string(),
    eval_id: z.string(),
    name: z.string(),
    status: z.enum(evalRunStatuses),
    model: z.string().nullable(),
    data_source: runDataSourceSchema,
    metadata: z.record(z.string(), z.string()).nullable(),
    result_counts: z.object({
      total: z.number().int(),
      passed: z.number().int(),
      failed: z.number().int(),
      errored: z.number().int(),
    }),
    per_model_usage: z.array(usageSchema),
    per_testing_criteria_results: z.array(
      z.object({ testing_criteria: z.string(), passed: z.number().int(), failed: z.number().int() }),
    ),
    report_url: z.string(),
    error: evalApiErrorSchema.nullable(),
    created_at: unixSeconds,
  })
  .meta({ id: 'EvalRun' });
export type EvalRun = z.infer<typeof evalRunSchema>;

export const outputItemStatuses = ['pass', 'fail'] as const;
export const outputItemListQuerySchema = openAiListQuerySchema.extend({
  status: z.enum(outputItemStatuses).optional(),
});

export const graderResultSchema = z
  .object({
    name: z.string(),
    type: z.string(),
    score: z.number(),
    passed: z.boolean(),
    sample: z.record(z.string(), z.unknown()).nullable().optional(),
  })
  .passthrough()
  .meta({ id: 'GraderResult' });
export type GraderResult = z.infer<typeof graderResultSchema>;

/** What the model produced for an item (or what the data source supplied), as OpenAI reports it. */
export const evalSampleSchema = z
  .object({
    input: z.array(z.object({ role: z.string(), content: z.string() })),
    output: z.array(
      z.object({
        role: z.string().optional(),
        content: z.string().optional(),
        /** The tool calls of the reply (`sampling_params.tools`), as the model API gave them. */
        tool_calls: z.array(z.record(z.string(), z.unknown())).optional(),
      }),
    ),
    model: z.string().nullable(),
    finish_reason: z.string().nullable(),
    usage: z.object({
      prompt_tokens: z.number().int(),
      completion_tokens: z.number().int(),
      total_tokens: z.number().int(),
      cached_tokens: z.number().int(),
    }),
    error: evalApiErrorSchema.nullable(),
    temperature: z.number().nullable(),
    top_p: z.number().nullable(),
    seed: z.number().nullable(),
    max_completion_tokens: z.number().nullable(),
  })
  .meta({ id: 'EvalSample' });
export type EvalSample = z.infer<typeof evalSampleSchema>;

export const outputItemSchema = z
  .object({
    object: z.literal('eval.run.output_item'),
    id: z.string(),
    eval_id: z.string(),
    run_id: z.string(),
    status: z.enum(['pass', 'fail', 'error']),
    datasource_item_id: z.number().int(),
    datasource_item: z.record(z.string(), z.unknown()),
    sample: evalSampleSchema,
    results: z.array(graderResultSchema),
    created_at: unixSeconds,
  })
  .meta({ id: 'OutputItem' });
export type OutputItem = z.infer<typeof outputItemSchema>;

// ---- Files ------------------------------------------------------------------------------

export const filePurposes = ['evals', 'assistants', 'batch', 'fine-tune', 'vision', 'user_data'] as const;

export const fileSchema = z
  .object({
    object: z.literal('file'),
    id: z.string(),
    bytes: z.number().int(),
    created_at: unixSeconds,
    filename: z.string(),
    purpose: z.string(),
    status: z.enum(['uploaded', 'processed', 'error']),
    expires_at: unixSeconds.nullable(),
    status_details: z.string().nullable(),
  })
  .meta({ id: 'File' });
export type FileObject = z.infer<typeof fileSchema>;

export const fileListQuerySchema = openAiListQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(10_000).default(10_000),
  order: z.enum(['asc', 'desc']).default('desc'),
  purpose: chars(50).optional(),
});

/** One line of an evals JSONL file: `{"item": {...}, "sample"?: {...}}`. */
export const evalFileLineSchema = z
  .object({ item: evalRowSchema, sample: evalRowSchema.optional() })
  .strict();
export type EvalFileLine = z.infer<typeof evalFileLineSchema>;

export const deletedEvalSchema = z.object({
  object: z.literal('eval.deleted'),
  eval_id: z.string(),
  deleted: z.boolean(),
});
export const deletedRunSchema = z.object({
  object: z.literal('eval.run.deleted'),
  run_id: z.string(),
  deleted: z.boolean(),
});
export const deletedFileSchema = z.object({
  object: z.literal('file'),
  id: z.string(),
  deleted: z.boolean(),
});
