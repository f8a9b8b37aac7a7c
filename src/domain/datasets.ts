import { z } from 'zod';
import {
  batchBodySchema,
  externalIdSchema,
  idSchema,
  labelSchema,
  llmInputSchema,
  llmOutputSchema,
  metadataSchema,
  unixSeconds,
} from './common.js';
import { uploadLabelsSchema } from './uploadLabels.js';
import { chars } from './textLength.js';

export const datasetItemInputSchema = z
  .object({
    id: externalIdSchema.optional(),
    input: llmInputSchema,
    output: llmOutputSchema.optional(),
    metadata: metadataSchema.optional(),
    /** Stored as human labels of the item (see uploadLabels.ts), not as part of it. */
    labels: uploadLabelsSchema.optional(),
  })
  .strict()
  .meta({ id: 'DatasetItemCreate' });
export type DatasetItemInput = z.infer<typeof datasetItemInputSchema>;

const evalRowSchema = z.record(z.string(), z.unknown());

export const datasetItemSchema = z
  .object({
    object: z.literal('dataset.item'),
    id: z.string(),
    dataset_id: z.string(),
    // An eval run's items dataset (`<run id>-items`, src/api/evals/createEvalRun.ts) keeps
    // OpenAI's rows as they came: `item` as the input and `sample` as the output, any JSON
    // object. The document says so, since this route serves those datasets too.
    input: z.union([llmInputSchema, evalRowSchema]),
    output: z.union([llmOutputSchema, evalRowSchema]).nullable(),
    metadata: z.record(z.string(), z.string()),
    created_at: unixSeconds,
  })
  .meta({ id: 'DatasetItem' });
export type DatasetItem = z.infer<typeof datasetItemSchema>;

export const datasetCreateSchema = z
  .object({
    name: labelSchema,
    container: chars(200, 1).optional(),
    description: chars(4000).optional(),
    metadata: metadataSchema.optional(),
    items: z.array(datasetItemInputSchema).optional(),
  })
  .strict()
  .meta({ id: 'DatasetCreate' });
export type DatasetCreate = z.infer<typeof datasetCreateSchema>;

export const datasetSchema = z
  .object({
    object: z.literal('dataset'),
    id: idSchema('dataset'),
    name: z.string(),
    container_id: z.string().nullable(),
    description: z.string().nullable(),
    metadata: z.record(z.string(), z.string()),
    item_count: z.number().int(),
    created_at: unixSeconds,
    updated_at: unixSeconds,
  })
  .meta({ id: 'Dataset' });
export type Dataset = z.infer<typeof datasetSchema>;

/** `POST /v1/datasets/{id}/items` as JSON (a bare array or `{ items }`); JSONL uploads carry one item per line instead. */
export const datasetItemsBatchSchema = batchBodySchema('items', datasetItemInputSchema);
export type DatasetItemsBatch = z.infer<typeof datasetItemsBatchSchema>;

/** What one upload did; its items became visible together, or (on any bad line) none did. */
export const datasetUploadSchema = z
  .object({
    object: z.literal('dataset.upload'),
    dataset_id: z.string(),
    inserted: z.number().int(),
    /** Items whose id was already in the dataset: left as they were. */
    duplicates: z.number().int(),
    item_count: z.number().int(),
  })
  .meta({ id: 'DatasetUpload' });
export type DatasetUpload = z.infer<typeof datasetUploadSchema>;
