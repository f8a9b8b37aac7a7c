import { forgetProjectAnswers } from './projectAnswers.js';
import type { Db } from 'mongodb';
import type { FileObject, OpenAiList, OpenAiListQuery } from '../domain/evals.js';
import { NotFoundError } from '../domain/errors.js';
import { newId, nowSeconds } from './ids.js';
import { ScopedCollection, type StoredDoc } from './scoped.js';

export interface EvalFileDoc extends StoredDoc {
  filename: string;
  purpose: string;
  bytes: number;
  lines: number;
  chunks: number;
  created_at: number;
}

/** A run of whole lines of a file, in upload order: `<project>/<file>/<seq>`. */
interface FileChunkDoc extends StoredDoc {
  file_id: string;
  seq: number;
  text: string;
}

/** About 256 KB of text per chunk document: far below MongoDB's 16 MB, few documents per file. */
export const FILE_CHUNK_BYTES = 256 * 1024;
/** Chunks fetched per look-up while reading a file back (each an `_id` look-up). */
const CHUNKS_PER_READ = 8;

export const presentFile = (doc: EvalFileDoc): FileObject => ({
  object: 'file',
  id: doc.id,
  bytes: doc.bytes,
  created_at: doc.created_at,
  filename: doc.filename,
  purpose: doc.purpose,
  status: 'processed',
  expires_at: null,
  status_details: null,
});

const chunkId = (fileId: string, seq: number) => `${fileId}/${String(seq).padStart(8, '0')}`;

/**
 * Files of the OpenAI-compatible `/v1/files` API: the upload's lines are stored in
 * chunks first and the file document last, so a failed or cut-short upload leaves
 * nothing visible (its chunks are removed).
 */
export class EvalFileStore {
  readonly docs: ScopedCollection<EvalFileDoc>;
  private readonly chunks: ScopedCollection<FileChunkDoc>;

  constructor(
    private readonly db: Db,
    private readonly projectId: string,
  ) {
    this.docs = new ScopedCollection(db.collection<EvalFileDoc>('eval_files'), projectId);
    this.chunks = new ScopedCollection(db.collection<FileChunkDoc>('eval_file_chunks'), projectId);
  }

  async require(id: string): Promise<EvalFileDoc> {
    const doc = await this.docs.get(id);
    if (!doc) throw new NotFoundError('file', id);
    return doc;
  }

  /** Starts an upload: `writeChunk` each run of whole lines, then `commit` (or `abort`). */
  beginUpload(meta: { filename: string }) {
    const id = newId('file');
    let seq = 0;
    let bytes = 0;
    let lines = 0;
    return {
      id,
      writeChunk: async (text: string, lineCount: number) => {
        await this.chunks.insert({ id: chunkId(id, seq), file_id: id, seq, text });
        seq++;
        bytes += Buffer.byteLength(text);
        lines += lineCount;
      },
      commit: async (purpose: string): Promise<EvalFileDoc> =>
        this.docs.insert({
          id,
          filename: meta.filename,
          purpose,
          bytes,
          lines,
          chunks: seq,
          created_at: nowSeconds(),
        }),
      abort: () => this.deleteChunks(id, seq),
    };
  }

  /** The file's text, a chunk at a time, in upload order. */
  async *content(doc: EvalFileDoc): AsyncGenerator<string> {
    for (let first = 0; first < doc.chunks; first += CHUNKS_PER_READ) {
      const ids = [];
      for (let seq = first; seq < Math.min(doc.chunks, first + CHUNKS_PER_READ); seq++) {
        ids.push(chunkId(doc.id, seq));
      }
      const found = await this.chunks.getMany(ids);
      for (const id of ids) {
        const chunk = found.get(id);
        if (!chunk) throw new Error(`chunk ${id} of file ${doc.id} is missing`);
        yield chunk.text;
      }
    }
  }

  /** The file's non-blank lines, parsed (they were validated at upload). */
  async *records(doc: EvalFileDoc): AsyncGenerator<unknown> {
    for await (const text of this.content(doc)) {
      for (const line of text.split('\n')) if (line.trim() !== '') yield JSON.parse(line);
    }
  }

  async list(query: OpenAiListQuery & { purpose?: string }): Promise<OpenAiList<FileObject>> {
    const page = await this.docs.list(
      query.purpose ? { purpose: query.purpose } : {},
      { limit: query.limit, after: query.after },
      { field: '_id', descending: query.order === 'desc' },
    );
    const data = page.docs.map(presentFile);
    return {
      object: 'list',
      data,
      first_id: data[0]?.id ?? null,
      last_id: data.at(-1)?.id ?? null,
      has_more: page.hasMore,
    };
  }

  /** Chunks first, the file document last: a delete cut short can be repeated. */
  async delete(id: string): Promise<void> {
    const doc = await this.require(id);
    await this.deleteChunks(id, doc.chunks);
    await this.docs.delete(id);
    // Answers to prompts made of its rows may quote them (see projectAnswers.ts).
    await forgetProjectAnswers(this.db, this.projectId);
  }

  private async deleteChunks(fileId: string, count: number): Promise<void> {
    for (let seq = 0; seq < count; seq++) await this.chunks.delete(chunkId(fileId, seq));
  }
}
