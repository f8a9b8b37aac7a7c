import type { Request } from 'express';
import { z } from 'zod';
import type { Env } from '../../platform/config.js';
import { deletedSchema, listOf, listQuerySchema } from '../../domain/common.js';
import {
  datasetCreateSchema,
  datasetItemInputSchema,
  datasetItemSchema,
  type DatasetItemInput,
  datasetItemsBatchSchema,
  datasetSchema,
  datasetUploadSchema,
} from '../../domain/datasets.js';
import { AppError, BadRequestError, type ErrorDetail } from '../../domain/errors.js';
import type { ItemUpload } from '../../store/datasetUploads.js';
import type { DatasetDoc } from '../../store/datasets.js';
import type { ProjectStore } from '../../store/index.js';
import { ndjsonChunks, ndjsonTypes } from '../ndjson.js';
import { route } from '../route.js';
import { UploadedLabels } from '../uploadedLabels.js';
import { checkBatchSize, jsonBody, parseOrThrow, validationFailed } from '../validation.js';
import { chars } from '../../domain/textLength.js';

const tag = 'Datasets';
const idOrName = z.object({ id: chars(200, 1) }).strict();
/** Items written per bulk write while a JSONL upload streams in... */
const UPLOAD_CHUNK = 500;
/** ...or fewer, once their lines add up to this: what an upload holds in memory at a time. */
const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;

/** Every item's labels checked (and kept in `labels`), before any item is written; a 422 naming each bad one. */
async function checkItemLabels(items: DatasetItemInput[], labels: UploadedLabels): Promise<void> {
  const details: ErrorDetail[] = [];
  for (const [index, item] of items.entries()) {
    details.push(...(await labels.check(item, (key) => `items.${index}.labels.${key}`)));
  }
  if (details.length > 0) throw validationFailed('item labels (nothing was stored)', details);
}

/**
 * Writes the request's items into `upload`: a JSON body already parsed, or a JSONL stream read
 * line by line. Their labels are checked as they come and kept in `labels` for after the commit.
 */
async function writeUploadedItems(
  req: Request,
  upload: ItemUpload,
  labels: UploadedLabels,
  env: Env,
): Promise<void> {
  if (req.is(ndjsonTypes)) {
    const encoding = req.headers['content-encoding'];
    if (encoding && encoding !== 'identity') {
      throw new BadRequestError('unsupported_encoding', `JSONL uploads must not be ${encoding}-encoded.`);
    }
    const chunks = ndjsonChunks(req, datasetItemInputSchema, {
      maxLineBytes: env.ASSAY_MAX_LINE_BYTES,
      chunkSize: UPLOAD_CHUNK,
      chunkBytes: UPLOAD_CHUNK_BYTES,
      maxTotalBytes: env.ASSAY_MAX_UPLOAD_BYTES,
      check: (item, line) => (item.labels ? labels.check(item, (key) => `line ${line}: labels.${key}`) : []),
    });
    for await (const chunk of chunks) await upload.write(chunk);
    return;
  }
  if (!req.is(['application/json', 'application/*+json'])) {
    throw new BadRequestError(
      'unsupported_content_type',
      `Send items as application/json ([...] or {"items": [...]}) or as ${ndjsonTypes.join(' / ')} (one item per line).`,
    );
  }
  const { items } = parseOrThrow(datasetItemsBatchSchema, jsonBody(req), 'request body');
  checkBatchSize('items', items.length, env.ASSAY_MAX_LOG_BATCH);
  await checkItemLabels(items, labels);
  await upload.write(items);
}

/**
 * One upload, all or nothing: items are written as they arrive and made visible by the commit;
 * their labels are written after it (should that fail, re-sending the upload stores them: the
 * items are duplicates then, their labels written again).
 */
async function appendItems(req: Request, store: ProjectStore, dataset: DatasetDoc, env: Env) {
  const upload = await store.datasets.beginUpload(dataset.id);
  const labels = new UploadedLabels(store, 'datasetItem', dataset.container_id ?? undefined);
  try {
    await writeUploadedItems(req, upload, labels, env);
  } catch (error) {
    await upload.abort();
    // A client that hung up mid-upload is not a server error (nobody reads the answer anyway).
    // (`complete`, not `destroyed`: a body read to its end is destroyed too.)
    if (!req.complete && !(error instanceof AppError)) {
      throw new BadRequestError('upload_aborted', 'The upload ended early; nothing of it was stored.');
    }
    throw error;
  }
  await upload.commit();
  await labels.write(dataset.id);
  const { item_count } = await store.datasets.present(dataset);
  return {
    object: 'dataset.upload' as const,
    dataset_id: dataset.id,
    inserted: upload.inserted,
    duplicates: upload.duplicates,
    item_count,
  };
}

export const datasetRoutes = [
  route({
    method: 'post',
    path: '/v1/datasets',
    summary: 'Create a dataset (optionally with its first items, at most ASSAY_MAX_LOG_BATCH)',
    tag,
    scope: 'write',
    body: datasetCreateSchema,
    response: datasetSchema,
    status: 201,
    errors: [404, 409, 413, 422],
    handler: async ({ body, store, app }) => {
      checkBatchSize('items', body.items?.length ?? 0, app.env.ASSAY_MAX_LOG_BATCH);
      const container = body.container ? await store.containers.require(body.container) : null;
      const labels = new UploadedLabels(store, 'datasetItem', container?.id);
      await checkItemLabels(body.items ?? [], labels);
      const dataset = await store.datasets.create(body, container?.id ?? null);
      await labels.write(dataset.id);
      return dataset;
    },
  }),
  route({
    method: 'get',
    path: '/v1/datasets',
    summary: 'List datasets',
    tag,
    scope: 'read',
    query: listQuerySchema,
    response: listOf(datasetSchema),
    errors: [422],
    handler: ({ query, store }) => store.datasets.list(query),
  }),
  route({
    method: 'get',
    path: '/v1/datasets/:id',
    summary: 'Get a dataset by id or name',
    tag,
    scope: 'read',
    params: idOrName,
    response: datasetSchema,
    errors: [404],
    handler: async ({ params, store }) => store.datasets.present(await store.datasets.require(params.id)),
  }),
  route({
    method: 'delete',
    path: '/v1/datasets/:id',
    summary: 'Delete a dataset and its items (409 while a queued, running or paused run uses it)',
    tag,
    scope: 'write',
    params: idOrName,
    response: deletedSchema('dataset'),
    errors: [404, 409],
    handler: async ({ params, store }) => {
      const { id } = await store.datasets.delete(params.id);
      return { object: 'dataset' as const, id, deleted: true as const };
    },
  }),
  route({
    method: 'post',
    path: '/v1/datasets/:id/items',
    summary:
      'Append items: a JSON array of items or `{ "items": [...] }` (at most ASSAY_MAX_LOG_BATCH), or a streamed `application/x-ndjson` / `application/jsonl` upload of one item per line. All or nothing: any bad line is a 422 naming every bad line, and none of the upload becomes visible. Idempotent on item ids. An item\'s `labels` are stored as human labels of it (as `POST /v1/evaluators/{id}/labels` would) once the upload is stored; an unknown evaluator or a score off its scale is a bad line.',
    tag,
    scope: 'write',
    params: idOrName,
    body: 'raw',
    rawBodySchema: datasetItemsBatchSchema,
    response: datasetUploadSchema,
    errors: [404, 409, 413, 422, 429],
    links: { 'get /v1/datasets/:id/items': { id: '$request.path.id' } },
    handler: async ({ params, store, req, app, projectId }) => {
      const dataset = await store.datasets.require(params.id);
      const release = req.is(ndjsonTypes) ? app.uploadSlots.acquire(projectId) : () => {};
      try {
        return await appendItems(req, store, dataset, app.env);
      } finally {
        release();
      }
    },
  }),
  route({
    method: 'get',
    path: '/v1/datasets/:id/items',
    summary: "List a dataset's items in upload order",
    tag,
    scope: 'read',
    params: idOrName,
    query: listQuerySchema,
    response: listOf(datasetItemSchema),
    errors: [404, 422],
    handler: async ({ params, query, store }) => {
      const { id } = await store.datasets.require(params.id);
      return store.datasets.listItems(id, query);
    },
  }),
];
