import { z } from 'zod';
import {
  batchBodySchema,
  externalIdSchema,
  listQueryWith,
  llmInputSchema,
  llmOutputSchema,
  metadataSchema,
  unixSeconds,
} from './common.js';
import { uploadLabelsSchema } from './uploadLabels.js';
import { chars } from './textLength.js';

/**
 * A recorded call of a container's LLM task. The same shape as a dataset item,
 * so either can stand on either side of a run.
 */
export const taskLogInputSchema = z
  .object({
    id: externalIdSchema.optional(),
    input: llmInputSchema,
    output: llmOutputSchema,
    model: chars(200, 1).optional(),
    metadata: metadataSchema.optional(),
    created_at: unixSeconds.optional(),
    /** Stored as human labels of the log (see uploadLabels.ts), not as part of it. */
    labels: uploadLabelsSchema.optional(),
  })
  .strict()
  .meta({ id: 'TaskLogCreate' });
export type TaskLogInput = z.infer<typeof taskLogInputSchema>;

export const taskLogSchema = z
  .object({
    object: z.literal('task_log'),
    id: z.string(),
    container_id: z.string(),
    input: llmInputSchema,
    output: llmOutputSchema,
    model: z.string().nullable(),
    metadata: z.record(z.string(), z.string()),
    created_at: unixSeconds,
    /** When Assay stored it (created_at is the caller's time of the call). */
    ingested_at: unixSeconds,
  })
  .meta({ id: 'TaskLog' });
export type TaskLog = z.infer<typeof taskLogSchema>;

/** Logs filters: time range, model, and metadata equality as `metadata[key]=value`. */
export const taskLogFilterSchema = z
  .object({
    since: unixSeconds.optional(),
    until: unixSeconds.optional(),
    model: chars(200, 1).optional(),
    metadata: metadataSchema.optional(),
  })
  .strict();
export type TaskLogFilter = z.infer<typeof taskLogFilterSchema>;

/**
 * A batch as SPEC allows it: a bare JSON array of logs, or `{ "logs": [...] }` (the
 * object leaves room for more fields later). Either way the route sees `{ logs }`;
 * the size limit (ASSAY_MAX_LOG_BATCH) is configuration, checked by the route.
 */
export const taskLogBatchSchema = batchBodySchema('logs', taskLogInputSchema);
export type TaskLogBatch = z.infer<typeof taskLogBatchSchema>;

/** What an ingestion did: a re-sent batch inserts nothing and reports every log as a duplicate. */
export const taskLogIngestionSchema = z
  .object({
    object: z.literal('task_log.ingestion'),
    container_id: z.string(),
    inserted: z.number().int(),
    duplicates: z.number().int(),
    /** The stored logs' ids, in the order of the batch. */
    ids: z.array(z.string()),
  })
  .meta({ id: 'TaskLogIngestion' });
export type TaskLogIngestion = z.infer<typeof taskLogIngestionSchema>;

const querySeconds = z.coerce.number().int().nonnegative();

/**
 * `GET .../logs`: the filters above as query parameters (`metadata[key]=value`), plus
 * paging. `until` at or before `since` is an empty range: an empty list, not an error.
 */
export const taskLogListQuerySchema = listQueryWith({
  since: querySeconds.optional().describe('created_at >= since (unix seconds)'),
  until: querySeconds.optional().describe('created_at < until (unix seconds)'),
  model: taskLogFilterSchema.shape.model,
  metadata: taskLogFilterSchema.shape.metadata,
});
export type TaskLogListQuery = z.infer<typeof taskLogListQuerySchema>;
