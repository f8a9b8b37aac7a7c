import { z } from 'zod';
import { cacheModeSchema } from './answerCache.js';
import {
  chatMessageSchema,
  type ChatMessage,
  idSchema,
  intervalSchema,
  listQuerySchema,
  metadataSchema,
  unixSeconds,
} from './common.js';
import { inferenceParamsSchema } from './inferenceParams.js';
import { comparisonRequestSchema, resultComparisonSchema } from './comparisons.js';
import { evaluatorSchema } from './evaluators.js';
import { lengthBoundsSchema, samplingRateSchema } from './monitors.js';
import { MAX_TEMPLATE_CHARS, templateTextSchema } from './templates.js';
import { chars } from './textLength.js';

/** The characters of a message list as a model would read them (string contents and text parts). */
function messageChars(messages: readonly ChatMessage[]): number {
  let total = 0;
  for (const { content } of messages) {
    if (typeof content === 'string') total += content.length;
    else if (Array.isArray(content)) total += JSON.stringify(content).length;
  }
  return total;
}

const limitSchema = z.number().int().min(1).max(1_000_000);

export const datasetSourceSchema = z
  .object({ type: z.literal('dataset'), dataset: chars(200, 1), limit: limitSchema.optional() })
  .strict()
  .meta({ id: 'DatasetSource' });

export const containerSourceSchema = z
  .object({
    type: z.literal('container'),
    container: chars(200, 1).optional(),
    since: unixSeconds.optional(),
    until: unixSeconds.optional(),
    limit: limitSchema.optional(),
    /** Equality on task-log fields (`model`, `metadata.<key>`) and bounds on their text lengths. */
    filter: z
      .object({
        model: chars(200, 1).optional(),
        metadata: metadataSchema.optional(),
        input_length: lengthBoundsSchema.optional(),
        output_length: lengthBoundsSchema.optional(),
      })
      .strict()
      .optional(),
    /**
     * Deterministic sampling by log id, as a monitor samples: with a monitor's id as `seed`, the
     * logs that monitor picks (a monitor's backfill scores what the monitor would have scored).
     */
    sampling: z
      .object({ rate: samplingRateSchema, seed: chars(200, 1) })
      .strict()
      .optional(),
  })
  .strict()
  .meta({ id: 'ContainerSource' });

export const generateSourceSchema = z
  .object({
    type: z.literal('generate'),
    models: z.array(chars(200, 1)).min(1).max(10),
    /** Messages prepended to the seed input (e.g. a system prompt); their text shares the template cap. */
    messages: z
      .array(chatMessageSchema)
      .max(50)
      .refine((messages) => messageChars(messages) <= MAX_TEMPLATE_CHARS, {
        message: `the messages' text is at most ${MAX_TEMPLATE_CHARS} characters in all`,
      })
      .optional(),
    /** A template over `{{input}}` and `{{metadata.*}}` used as the user message instead of the raw input. */
    prompt: templateTextSchema.optional(),
    inference_params: inferenceParamsSchema.optional(),
  })
  .strict()
  .meta({ id: 'GenerateSource' });

export const dataSourceSchema = z
  .discriminatedUnion('type', [datasetSourceSchema, containerSourceSchema, generateSourceSchema])
  .meta({ id: 'DataSource' });
export type DataSource = z.infer<typeof dataSourceSchema>;
export type GenerateSource = z.infer<typeof generateSourceSchema>;
export type ContainerSource = z.infer<typeof containerSourceSchema>;

export const environmentSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be lowercase letters, digits and -, at most 40');

export const runCreateSchema = z
  .object({
    container: chars(200, 1),
    evaluators: z.array(chars(200, 1)).min(1).max(20),
    sample: dataSourceSchema.optional(),
    ground_truth: dataSourceSchema.optional(),
    metadata: metadataSchema.optional(),
    environment: environmentSchema.default('main'),
    /** Optional spend ceiling in USD: the run pauses (budget_exceeded) before crossing it. */
    budget_usd: z.number().positive().optional(),
    /** Which model pairs the run's pairwise evaluators judge (every pair of the sample's models by default). */
    comparison: comparisonRequestSchema.optional(),
    /** Which answer cache the run reads: `run` (its own, the default) or `project` (shared across runs). */
    cache: cacheModeSchema.optional(),
    /** With `cache: "project"`: also share answers to sampled requests (no `temperature: 0`, no `seed`). */
    cache_nondeterministic: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'RunCreate' });
export type RunCreate = z.infer<typeof runCreateSchema>;

export const runPatchSchema = z
  .object({ budget_usd: z.number().positive().nullable() })
  .strict()
  .meta({ id: 'RunPatch' });

export const runStatuses = ['queued', 'running', 'paused', 'completed', 'error', 'cancelled'] as const;
export type RunStatus = (typeof runStatuses)[number];
export const terminalRunStatuses: readonly RunStatus[] = ['completed', 'error', 'cancelled'];

/** A data source after resolution: ids filled in, item count known. */
export const resolvedSourceSchema = z
  .object({
    type: z.enum(['dataset', 'container', 'generate']),
    dataset_id: z.string().optional(),
    container_id: z.string().optional(),
    models: z.array(z.string()).optional(),
    item_count: z.number().int().nullable(),
    source: dataSourceSchema,
  })
  .meta({ id: 'ResolvedSource' });
export type ResolvedSource = z.infer<typeof resolvedSourceSchema>;

const confidenceInterval = intervalSchema.nullable();

/** One vocabulary for how an interval of a mean was made (see `boundedMeanInterval`). */
export const meanIntervalMethods = ['wilson', 'quasi_binomial_wilson', 't'] as const;
const meanIntervalMethod = z
  .enum(meanIntervalMethods)
  .describe(
    "wilson: the scores are all at the scale's ends, Wilson's interval of that proportion (equal to the pass rate's); " +
      "quasi_binomial_wilson: Wilson's score interval at an effective size from the scores' spread, within the scale; " +
      "t: Student's t, for an undeclared scale (it may leave the scores' range)",
  );
const scoreRange = intervalSchema
  .nullable()
  .describe('The scale the interval stays within; null: undeclared (a code evaluator without score_range)');

export const metricSummarySchema = z
  .object({
    evaluator_id: z.string(),
    model: z.string().nullable(),
    count: z.number().int(),
    scored: z.number().int(),
    errors: z.number().int(),
    unscored: z.number().int(),
    unpaired: z.number().int(),
    mean: z.number().nullable(),
    stdev: z.number().nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    p50: z.number().nullable(),
    mean_ci95: confidenceInterval,
    mean_ci95_method: meanIntervalMethod,
    score_range: scoreRange,
    passed: z.number().int(),
    pass_rate: z.number().nullable(),
    pass_rate_ci95: confidenceInterval.describe("Wilson's score interval"),
    latency_ms: z.object({ p50: z.number().nullable(), p95: z.number().nullable() }),
    tokens: z.object({ input: z.number().int(), output: z.number().int() }),
    spend_usd: z.number(),
    /** Distribution of the scores: 20 bins over [0, 1], or over [min, max] for other scales. */
    score_histogram: z.array(z.object({ low: z.number(), high: z.number(), count: z.number().int() })),
    /**
     * Judge replies that could not be read as a score (`replies`; each was asked again, first
     * corrected, then in JSON mode), re-asks that escalated to JSON mode (`escalations`), and items
     * left unscored because no reply could be read (`items`: errors carrying the raw reply).
     */
    parse_failures: z.object({
      replies: z.number().int(),
      escalations: z.number().int(),
      items: z.number().int(),
    }),
  })
  .meta({ id: 'MetricSummary' });
export type MetricSummary = z.infer<typeof metricSummarySchema>;

export const pairedDifferenceSchema = z.object({
  evaluator_id: z.string(),
  model_a: z.string(),
  model_b: z.string(),
  /** Mean of (score_b - score_a) over items both models scored. */
  mean_difference: z.number().nullable(),
  ci95: confidenceInterval.describe(
    "Student's t, clipped to the possible differences ±(high − low) where the evaluator's scale is known",
  ),
  n: z.number().int(),
});

/**
 * Why a run is not progressing: its model provider keeps failing. Shown while the run
 * retries (status `running`, status_reason `provider_failing`) and on the run it paused
 * (`provider_unavailable` past the stall limit, `provider_auth_failed` at once on 401/403).
 */
export const runStallSchema = z.object({
  /** The provider's name (the model slug's prefix). */
  provider: z.string(),
  model: z.string(),
  /** connection, timeout, rate_limited, server_error, auth... */
  kind: z.string(),
  http_status: z.number().int().nullable(),
  /** The provider's last error (keys and tokens removed). */
  message: z.string(),
  /** When calls started failing. */
  since: unixSeconds,
  /** Batch attempts that met the failure so far. */
  attempts: z.number().int(),
  /** When the run tries again; null while it is paused. */
  next_retry_at: unixSeconds.nullable(),
});
export type RunStall = z.infer<typeof runStallSchema>;

export const runSchema = z
  .object({
    object: z.literal('evaluation.run'),
    id: idSchema('run'),
    process_id: z.string(),
    status: z.enum(runStatuses),
    status_reason: z.string().nullable(),
    stall: runStallSchema.nullable(),
    evaluator_ids: z.array(z.string()),
    container_id: z.string(),
    dataset_id: z.string().nullable(),
    sample: resolvedSourceSchema,
    ground_truth: resolvedSourceSchema,
    results: z
      .object({ url: z.string(), total: z.number().int(), summary: z.array(metricSummarySchema) })
      .nullable(),
    metrics: z
      .object({
        by_evaluator: z.array(metricSummarySchema),
        paired_differences: z.array(pairedDifferenceSchema),
      })
      .nullable(),
    config: z.object({
      request: runCreateSchema,
      evaluators: z.array(evaluatorSchema),
    }),
    estimated_spend: z.object({
      estimated_usd: z.number(),
      actual_usd: z.number(),
      budget_usd: z.number().nullable(),
      /** Model calls the project answer cache answered (`cache: "project"`), not paid again. */
      cache_hits: z.number().int(),
      /** What those calls cost when an earlier run paid for them: spend the cache saved. */
      saved_usd: z.number(),
    }),
    metadata: z.record(z.string(), z.string()),
    environment: z.string(),
    /** The run this one reruns (POST /v1/evaluations/runs/{id}/rerun), or null. */
    parent_run_id: z.string().nullable(),
    progress: z.object({
      total: z.number().int().nullable(),
      done: z.number().int(),
      failed: z.number().int(),
      /** A rerun's results copied from its parent (not evaluated again); absent on other runs. */
      carried_over: z.number().int().optional(),
    }),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    created_at: unixSeconds,
    started_at: unixSeconds.nullable(),
    completed_at: unixSeconds.nullable(),
  })
  .meta({ id: 'Run' });
export type Run = z.infer<typeof runSchema>;

/** One score of one (item, evaluator, model). */
export const runResultSchema = z
  .object({
    object: z.literal('evaluation.result'),
    id: z.string(),
    run_id: z.string(),
    item_id: z.string(),
    evaluator_id: z.string(),
    evaluator_version: z.number().int(),
    model: z.string().nullable(),
    status: z.enum(['scored', 'unscored', 'error']),
    score: z.number().nullable(),
    passed: z.boolean().nullable(),
    reason: z.string().nullable(),
    error: z.string().nullable(),
    /** The model's raw reply when it could not be read as a score (unparseable judge output). */
    raw_reply: z.string().nullable(),
    /** Judge replies for this result that could not be read as a score (each re-asked, or the last one). */
    parse_failures: z.number().int(),
    /** Re-asks of this result's judge that changed how it was asked (JSON mode), not just corrected it. */
    escalations: z.number().int(),
    /** The judge replies that could not be read, in order, each cut to 1,000 characters. */
    unreadable_replies: z.array(z.string()),
    /** A judge panel's own verdicts, one per judge (null for a single judge): `score` aggregates them. */
    panel: z
      .array(
        z.object({
          model: z.string(),
          status: z.enum(['scored', 'unscored', 'error']),
          score: z.number().nullable(),
          passed: z.boolean().nullable(),
          reasoning: z.string().nullable(),
          error: z.string().nullable(),
        }),
      )
      .nullable(),
    /** A pairwise or listwise evaluator's comparison (then `model` names the models compared); null otherwise. */
    comparison: resultComparisonSchema.nullable(),
    /** What a model grader (score_model, label_model) was asked and answered: OpenAI's `results[].sample`. */
    grader_sample: z.record(z.string(), z.unknown()).nullable().optional(),
    input: z.unknown(),
    output: z.unknown(),
    ground_truth: z.unknown(),
    latency_ms: z.number().nullable(),
    /** `cached`: input tokens the provider served from its prompt cache (model graders of eval runs; absent otherwise). */
    tokens: z.object({
      input: z.number().int(),
      output: z.number().int(),
      cached: z.number().int().optional(),
    }),
    spend_usd: z.number(),
    /**
     * Judge calls of this result the project answer cache answered (`cache: "project"`): paid for by
     * an earlier run, so not in `spend_usd` or `tokens`; `saved_usd` is what they cost then.
     */
    cache_hits: z.number().int(),
    saved_usd: z.number(),
    /**
     * Cost of generating this item's text with `model` (or its ground truth): the same
     * on every evaluator's result of the item, and counted once in the run's spend.
     * `saved_usd` is present when the project answer cache answered it instead (then `spend_usd` is 0).
     */
    generation: z
      .object({
        tokens: z.object({ input: z.number().int(), output: z.number().int() }),
        spend_usd: z.number(),
        saved_usd: z.number().optional(),
      })
      .nullable(),
    created_at: unixSeconds,
  })
  .meta({ id: 'RunResult' });
export type RunResult = z.infer<typeof runResultSchema>;

/** A result's `error` when no judge reply could be read as a score (it carries `raw_reply`). */
export const UNPARSEABLE_JUDGE_REPLY = 'unparseable judge reply';

export const runListQuerySchema = listQuerySchema.safeExtend({
  container: chars(200, 1).optional(),
  status: z.enum(runStatuses).optional(),
});

export const resultStatuses = ['scored', 'unscored', 'error'] as const;
const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Filters of a run's results; `evaluator` takes an id or a name from the run's snapshot. */
const resultFilters = {
  evaluator: chars(200, 1).optional(),
  model: chars(200, 1).optional(),
  passed: booleanQuery.optional(),
  status: z.enum(resultStatuses).optional(),
  /** One item's results (every evaluator and model of it), e.g. to show an item whole. */
  item: chars(200, 1).optional(),
  /** `error=true` is shorthand for `status=error`; `error=false` excludes errors. */
  error: booleanQuery.optional(),
};
export const runResultListQuerySchema = listQuerySchema.safeExtend(resultFilters);
export const runResultExportQuerySchema = z
  .object({ ...resultFilters, format: z.enum(['jsonl', 'csv']).default('jsonl') })
  .strict();
export type RunResultFilters = Pick<
  z.output<typeof runResultListQuerySchema>,
  'evaluator' | 'model' | 'passed' | 'status' | 'error' | 'item'
>;
