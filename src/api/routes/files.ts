import type { Readable } from 'node:stream';
import { z } from 'zod';
import {
  deletedFileSchema,
  evalFileLineSchema,
  fileListQuerySchema,
  fileSchema,
  openAiListOf,
} from '../../domain/evals.js';
import { BadRequestError, type ErrorDetail } from '../../domain/errors.js';
import { EvalFileStore, FILE_CHUNK_BYTES, presentFile } from '../../store/evalFiles.js';
import { readMultipartFile } from '../multipartFile.js';
import { readLines } from '../ndjson.js';
import { route } from '../route.js';
import { checkJson, validationFailed } from '../validation.js';
import { chars } from '../../domain/textLength.js';
import { fileRules } from '../rulesBeyondSchema.js';

const tag = 'Files (OpenAI Evals API)';
const fileId = z.object({ id: chars(200, 1) }).strict();
/** Enough to fix a file by. */
const MAX_DETAILS = 100;

type PendingUpload = ReturnType<EvalFileStore['beginUpload']>;

/**
 * Stores an evals JSONL file as it streams in, validating each line as
 * `{"item": {...}, "sample"?: {...}}`. A bad line stops the writing but not the
 * reading, so the 422 names every bad line (up to 100); the caller then aborts.
 */
async function storeEvalLines(stream: Readable, upload: PendingUpload, maxLineBytes: number): Promise<void> {
  const details: ErrorDetail[] = [];
  let chunk: string[] = [];
  let chunkBytes = 0;
  let records = 0;
  const flush = async () => {
    if (chunk.length === 0 || details.length > 0) return;
    await upload.writeChunk(chunk.join('\n') + '\n', chunk.length);
    chunk = [];
    chunkBytes = 0;
  };
  for await (const { text, line } of readLines(stream, maxLineBytes)) {
    if (text.trim() === '') continue;
    records++;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      if (details.length < MAX_DETAILS) {
        details.push({ field: `line ${line}`, message: `malformed JSON: ${(error as Error).message}`, line });
      }
      continue;
    }
    const parsed = checkJson(evalFileLineSchema, json);
    if (!parsed.ok) {
      for (const d of parsed.details.slice(0, MAX_DETAILS - details.length)) {
        details.push({
          field: d.field === '(body)' ? `line ${line}` : `line ${line}: ${d.field}`,
          message: d.message,
          line,
        });
      }
      continue;
    }
    chunk.push(text);
    chunkBytes += Buffer.byteLength(text) + 1;
    if (chunkBytes >= FILE_CHUNK_BYTES) await flush();
  }
  if (records === 0) details.push({ field: 'file', message: 'the file has no JSON lines' });
  if (details.length > 0) throw validationFailed('file (nothing was stored)', details);
  await flush();
}

export const fileRoutes = [
  route({
    method: 'post',
    path: '/v1/files',
    summary:
      'Upload a file (multipart/form-data: `file`, `purpose`). Only `purpose: "evals"` JSONL files are served: each line `{"item": {...}, "sample"?: {...}}`, streamed and validated line by line; a bad line is a 422 naming every bad line and nothing is stored.',
    description: fileRules,
    tag,
    scope: 'write',
    body: 'raw',
    rawBodyContent: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          properties: {
            file: { type: 'string', format: 'binary' },
            purpose: { type: 'string', enum: ['evals'] },
          },
          required: ['file', 'purpose'],
        },
      },
    },
    response: fileSchema,
    errors: [400, 413],
    handler: async ({ req, app, projectId }) => {
      const files = new EvalFileStore(app.store.db, projectId);
      let upload: PendingUpload | null = null;
      try {
        const { fields } = await readMultipartFile(req, async (stream, filename) => {
          upload = files.beginUpload({ filename });
          await storeEvalLines(stream, upload, app.env.ASSAY_MAX_LINE_BYTES);
        });
        const purpose = fields.get('purpose');
        if (purpose !== 'evals') {
          throw new BadRequestError(
            purpose === undefined ? 'missing_purpose' : 'unsupported_purpose',
            purpose === undefined
              ? 'The request has no `purpose` field; Assay stores files with purpose "evals".'
              : `Assay serves files for the Evals API only: purpose must be "evals", not "${purpose}".`,
            { param: 'purpose' },
          );
        }
        return presentFile(await (upload as PendingUpload | null)!.commit('evals'));
      } catch (error) {
        await (upload as PendingUpload | null)?.abort();
        throw error;
      }
    },
  }),
  route({
    method: 'get',
    path: '/v1/files',
    summary: 'List files (newest first unless `order=asc`; filter by `purpose`)',
    tag,
    scope: 'read',
    query: fileListQuerySchema,
    response: openAiListOf(fileSchema),
    handler: ({ query, app, projectId }) => new EvalFileStore(app.store.db, projectId).list(query),
  }),
  route({
    method: 'get',
    path: '/v1/files/:id',
    summary: 'Get a file',
    tag,
    scope: 'read',
    params: fileId,
    response: fileSchema,
    errors: [404],
    handler: async ({ params, app, projectId }) =>
      presentFile(await new EvalFileStore(app.store.db, projectId).require(params.id)),
  }),
  route({
    method: 'get',
    path: '/v1/files/:id/content',
    summary: "A file's content as uploaded (JSON lines), streamed",
    tag,
    scope: 'read',
    params: fileId,
    response: z.string(),
    responseKind: 'stream',
    errors: [404],
    handler: async ({ params, app, projectId, res }) => {
      const files = new EvalFileStore(app.store.db, projectId);
      const doc = await files.require(params.id);
      res.status(200).setHeader('content-type', 'application/jsonl');
      for await (const text of files.content(doc)) {
        if (!res.write(text)) await new Promise((resolve) => res.once('drain', resolve));
      }
      res.end();
      return undefined;
    },
  }),
  route({
    method: 'delete',
    path: '/v1/files/:id',
    summary: 'Delete a file (runs that already copied its items keep them)',
    tag,
    scope: 'write',
    params: fileId,
    response: deletedFileSchema,
    errors: [404],
    handler: async ({ params, app, projectId }) => {
      await new EvalFileStore(app.store.db, projectId).delete(params.id);
      return { object: 'file' as const, id: params.id, deleted: true };
    },
  }),
];
