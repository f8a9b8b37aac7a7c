import { z } from 'zod';
import { intervalSchema, listQueryWith, metadataSchema, unixSeconds } from './common.js';
import { chars } from './textLength.js';

/** The metrics an alert rule can watch, per evaluator (each with a 95% interval). */
export const monitorMetrics = ['pass_rate', 'mean'] as const;
export type MonitorMetric = (typeof monitorMetrics)[number];

/** Character bounds on a log's input or output text (messages count as their JSON text). */
export const lengthBoundsSchema = z
  .object({
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().positive().optional(),
  })
  .strict()
  .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, 'min must not exceed max');

/**
 * Which logs a monitor considers. Strict: a filter on a field task logs do not have
 * (`filters.latency`, say) is a 422 naming it, not a filter that silently matches everything.
 */
export const monitorFiltersSchema = z
  .object({
    model: chars(200, 1).optional(),
    metadata: metadataSchema.optional(),
    input_length: lengthBoundsSchema.optional(),
    output_length: lengthBoundsSchema.optional(),
  })
  .strict()
  .meta({ id: 'MonitorFilters' });
export type MonitorFilters = z.infer<typeof monitorFiltersSchema>;

/**
 * `metric` is `<evaluator name>.<pass_rate|mean>`. The alert fires when the whole 95% interval
 * of the window's value lies on the `op` side of `value` (so noise alone does not fire it).
 */
export const alertRuleSchema = z
  .object({
    metric: chars(300, 3),
    op: z.enum(['<', '>']),
    value: z.number().finite(),
    /** The window: the last this many hours of logs (by their call time), the current hour included. */
    window_hours: z.number().int().min(1).max(168).default(1),
    /** Below this many scored results in the window the rule says nothing. */
    min_items: z.number().int().min(1).max(1_000_000).default(30),
  })
  .strict()
  .meta({ id: 'AlertRule' });
export type AlertRule = z.infer<typeof alertRuleSchema>;

export const samplingRateSchema = z
  .number()
  .gt(0, 'sampling_rate must be in (0, 1]')
  .max(1, 'sampling_rate must be in (0, 1]');

export const monitorCreateSchema = z
  .object({
    /** The container whose logs are scored: its id or label. */
    container: chars(200, 1),
    name: chars(200, 1),
    /** Evaluators of the container, by name or id (as runs name them). */
    evaluators: z.array(chars(200, 1)).min(1).max(20),
    sampling_rate: samplingRateSchema.default(1),
    filters: monitorFiltersSchema.default({}),
    /** Scoring stops for the (UTC) day once the day's results cost this much; the backlog waits. */
    daily_budget_usd: z.number().positive().nullable().default(null),
    alert_rules: z.array(alertRuleSchema).max(20).default([]),
  })
  .strict()
  .meta({ id: 'MonitorCreate' });
export type MonitorCreate = z.infer<typeof monitorCreateSchema>;

/** A change makes a new version; fields left out keep their values. */
export const monitorPatchSchema = z
  .object({
    name: monitorCreateSchema.shape.name.optional(),
    evaluators: monitorCreateSchema.shape.evaluators.optional(),
    sampling_rate: samplingRateSchema.optional(),
    filters: monitorFiltersSchema.optional(),
    daily_budget_usd: z.number().positive().nullable().optional(),
    alert_rules: z.array(alertRuleSchema).max(20).optional(),
  })
  .strict()
  .meta({ id: 'MonitorPatch' });
export type MonitorPatch = z.infer<typeof monitorPatchSchema>;

export const monitorStatuses = ['active', 'paused'] as const;

export const monitorProgressSchema = z.object({
  /** Logs read past (sampled or not), and results written, since the monitor was created. */
  logs_seen: z.number().int(),
  logs_sampled: z.number().int(),
  results: z.number().int(),
  /** Logs ingested (and settled) but not yet read by the monitor. */
  backlog: z.number().int(),
  /** The ingestion time up to which every log has been considered. */
  scored_through: unixSeconds.nullable(),
  budget_exhausted: z.boolean(),
  spend_today_usd: z.number(),
  updated_at: unixSeconds.nullable(),
});
export type MonitorProgress = z.infer<typeof monitorProgressSchema>;

export const monitorSchema = z
  .object({
    object: z.literal('monitor'),
    id: z.string(),
    container_id: z.string(),
    name: z.string(),
    version: z.number().int(),
    status: z.enum(monitorStatuses),
    evaluators: z.array(z.object({ id: z.string(), name: z.string(), version: z.number().int() })),
    sampling_rate: z.number(),
    filters: monitorFiltersSchema,
    daily_budget_usd: z.number().nullable(),
    alert_rules: z.array(alertRuleSchema),
    progress: monitorProgressSchema,
    created_at: unixSeconds,
    updated_at: unixSeconds,
  })
  .meta({ id: 'Monitor' });
export type Monitor = z.infer<typeof monitorSchema>;

export const monitorMetricsQuerySchema = z
  .object({
    from: z.coerce.number().int().nonnegative().describe('start of the range, unix seconds (inclusive)'),
    to: z.coerce.number().int().nonnegative().describe('end of the range, unix seconds (exclusive)'),
    interval: z.enum(['hour', 'day']).default('hour'),
    group_by: z
      .enum(['evaluator', 'model'])
      .default('evaluator')
      .describe("model: a point per evaluator and the logs' model (each point names its model)"),
    model: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('only the logs of this model (points per evaluator and model, as group_by=model)'),
  })
  .strict()
  .refine((q) => q.to > q.from, { message: 'to must be after from', path: ['to'] })
  .refine((q) => q.to - q.from <= 366 * 86400, { message: 'at most a year per request', path: ['to'] });
export type MonitorMetricsQuery = z.infer<typeof monitorMetricsQuerySchema>;

const nullableInterval = intervalSchema.nullable();

export const monitorPointSchema = z.object({
  start: unixSeconds,
  evaluator_id: z.string(),
  model: z
    .string()
    .nullable()
    .optional()
    .describe("Per model only (group_by=model or model=): the logs' model, null for logs without one"),
  /** Results of the interval: scored plus errored. */
  count: z.number().int(),
  scored: z.number().int(),
  errors: z.number().int(),
  mean: z.number().nullable(),
  mean_interval: nullableInterval.describe(
    "As a run's mean_ci95: Wilson for 0/1 scores, quasi-binomial Wilson within the evaluator's scale, Student's t where it is undeclared",
  ),
  passed: z.number().int(),
  pass_rate: z.number().nullable(),
  pass_rate_interval: nullableInterval,
  spend_usd: z.number(),
});
export type MonitorPoint = z.infer<typeof monitorPointSchema>;

export const monitorMetricsSchema = z
  .object({
    object: z.literal('monitor.metrics'),
    monitor_id: z.string(),
    interval: z.enum(['hour', 'day']),
    data: z.array(monitorPointSchema),
  })
  .meta({ id: 'MonitorMetrics' });
export type MonitorMetrics = z.infer<typeof monitorMetricsSchema>;

export const alertWindowSchema = z.object({
  from: unixSeconds,
  to: unixSeconds,
  count: z.number().int(),
  value: z.number().nullable(),
  interval: nullableInterval,
});
export type AlertWindow = z.infer<typeof alertWindowSchema>;

export const monitorAlertSchema = z
  .object({
    object: z.literal('monitor.alert'),
    id: z.string(),
    monitor_id: z.string(),
    rule_index: z.number().int(),
    rule: alertRuleSchema,
    status: z.enum(['firing', 'resolved']),
    fired_at: unixSeconds,
    /** The window whose interval lay wholly on the wrong side of the rule. */
    fired_window: alertWindowSchema,
    resolved_at: unixSeconds.nullable(),
    resolved_window: alertWindowSchema.nullable(),
  })
  .meta({ id: 'MonitorAlert' });
export type MonitorAlert = z.infer<typeof monitorAlertSchema>;

export const monitorAlertListQuerySchema = listQueryWith({
  status: z.enum(['firing', 'resolved']).optional(),
});

/**
 * A backfill: an ordinary evaluation run over the container's logs of `[from, to)` (by their
 * call time, as the metrics' hours) that pass the monitor's filters and its sampling.
 */
export const monitorBackfillSchema = z
  .object({
    from: unixSeconds.describe('start of the range, unix seconds (inclusive)'),
    to: unixSeconds.describe('end of the range, unix seconds (exclusive)'),
    environment: chars(40, 1).optional(),
    budget_usd: z.number().positive().optional(),
  })
  .strict()
  .refine((b) => b.to > b.from, { message: 'to must be after from', path: ['to'] })
  .meta({ id: 'MonitorBackfill' });
export type MonitorBackfill = z.infer<typeof monitorBackfillSchema>;
