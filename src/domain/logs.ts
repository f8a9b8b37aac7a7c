import { z } from 'zod';
import { externalIdSchema, llmInputSchema, llmOutputSchema, metadataSchema, unixSeconds } from './common.js';

/**
 * A recorded call of a container's LLM task. The same shape as a dataset item,
 * so either can stand on either side of a run.
 */
export const taskLogInputSchema = z
  .object({
    id: externalIdSchema.optional(),
    input: llmInputSchema,
    output: llmOutputSchema,
    model: z.string().min(1).max(200).optional(),
    metadata: metadataSchema.optional(),
    created_at: unixSeconds.optional(),
  })
  .strict();
export type TaskLogInput = z.infer<typeof taskLogInputSchema>;

export const taskLogSchema = z.object({
  object: z.literal('task_log'),
  id: z.string(),
  container_id: z.string(),
  input: llmInputSchema,
  output: llmOutputSchema,
  model: z.string().nullable(),
  metadata: z.record(z.string(), z.string()),
  created_at: unixSeconds,
});
export type TaskLog = z.infer<typeof taskLogSchema>;

/** Logs filters: time range, model, and metadata equality as `metadata[key]=value`. */
export const taskLogFilterSchema = z
  .object({
    since: unixSeconds.optional(),
    until: unixSeconds.optional(),
    model: z.string().min(1).max(200).optional(),
    metadata: metadataSchema.optional(),
  })
  .strict();
export type TaskLogFilter = z.infer<typeof taskLogFilterSchema>;
