import { z } from 'zod';
import { listOf } from '../../domain/common.js';
import type { ErrorDetail } from '../../domain/errors.js';
import {
  taskLogBatchSchema,
  taskLogIngestionSchema,
  taskLogListQuerySchema,
  taskLogSchema,
} from '../../domain/logs.js';
import { presentTaskLog } from '../../store/logs.js';
import { route } from '../route.js';
import { UploadedLabels } from '../uploadedLabels.js';
import { checkBatchSize, validationFailed } from '../validation.js';
import { chars } from '../../domain/textLength.js';

const tag = 'Task logs';
const container = z.object({ id: chars(200, 1) }).strict();
const containerAndLog = z.object({ id: chars(200, 1), log_id: chars(300, 1) }).strict();

export const logRoutes = [
  route({
    method: 'post',
    path: '/v1/containers/:id/logs',
    summary:
      'Ingest a batch of task logs: a JSON array of logs or `{ "logs": [...] }`, at most ASSAY_MAX_LOG_BATCH. Idempotent on each log\'s `id`: a re-sent batch stores nothing new and reports duplicates. A log\'s `labels` are stored as human labels of it (as `POST /v1/evaluators/{id}/labels` would); an unknown evaluator or a score off its scale is a 422 naming the label, and nothing of the batch is stored.',
    tag,
    scope: 'write',
    params: container,
    body: taskLogBatchSchema,
    response: taskLogIngestionSchema,
    errors: [404, 409, 413, 422],
    links: {
      'get /v1/containers/:id/logs/:log_id': { id: '$request.path.id', log_id: '$response.body#/ids/0' },
      'get /v1/containers/:id/logs': { id: '$request.path.id' },
    },
    handler: async ({ params, body, store, app }) => {
      checkBatchSize('logs', body.logs.length, app.env.ASSAY_MAX_LOG_BATCH);
      const { id } = await store.containers.require(params.id);
      // Every log's labels are checked before any log is stored, and written once they all are.
      const labels = new UploadedLabels(store, 'log', id);
      const details: ErrorDetail[] = [];
      for (const [index, log] of body.logs.entries()) {
        details.push(...(await labels.check(log, (key) => `logs.${index}.labels.${key}`)));
      }
      if (details.length > 0) throw validationFailed('log labels (nothing was stored)', details);
      const ingestion = await store.logs.ingest(id, body.logs);
      await labels.write(id);
      return ingestion;
    },
  }),
  route({
    method: 'get',
    path: '/v1/containers/:id/logs',
    summary:
      'List task logs, newest call first; filter by `since`/`until` (unix seconds), `model` and `metadata[key]=value`',
    tag,
    scope: 'read',
    params: container,
    query: taskLogListQuerySchema,
    response: listOf(taskLogSchema),
    errors: [404, 422],
    handler: async ({ params, query, store }) => {
      const { id } = await store.containers.require(params.id);
      return store.logs.list(id, query);
    },
  }),
  route({
    method: 'get',
    path: '/v1/containers/:id/logs/:log_id',
    summary: 'Get a task log',
    tag,
    scope: 'read',
    params: containerAndLog,
    response: taskLogSchema,
    errors: [404],
    handler: async ({ params, store }) => {
      const { id } = await store.containers.require(params.id);
      return presentTaskLog(await store.logs.require(id, params.log_id));
    },
  }),
];
