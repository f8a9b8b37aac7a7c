import type { Db, Document, Filter } from 'mongodb';
import type {
  TaskLog,
  TaskLogFilter,
  TaskLogIngestion,
  TaskLogInput,
  TaskLogListQuery,
} from '../domain/logs.js';
import { ConflictError, invalidField, NotFoundError } from '../domain/errors.js';
import { deleteByIds, deleteMatching } from './chunkedDelete.js';
import { MAX_CHUNK_RANGE_SECONDS, TaskLogChunks } from './logChunks.js';
import { idFromCaller, nowSeconds } from './ids.js';
import { ScopedCollection, toListPage, type ListOrder } from './scoped.js';
import type { TaskLogDoc } from './taskLogDocs.js';

export type { TaskLogDoc } from './taskLogDocs.js';

export const presentTaskLog = (doc: TaskLogDoc): TaskLog => ({
  object: 'task_log',
  id: doc.id,
  container_id: doc.container_id,
  input: doc.input,
  output: doc.output,
  model: doc.model,
  metadata: doc.metadata,
  created_at: doc.created_at,
  ingested_at: doc.ingested_at,
});

/** For MongoDB; FerretDB answers these filters by scanning (see notes/ferretdb.md). */
export async function ensureTaskLogIndexes(db: Db): Promise<void> {
  const logs = db.collection('task_logs');
  // `_id` breaks ties in `created_at` order, so these serve the lists' and the run engine's sorts whole.
  await logs.createIndex({ project_id: 1, container_id: 1, created_at: -1, _id: -1 });
  await logs.createIndex({ project_id: 1, container_id: 1, model: 1, created_at: -1, _id: -1 });
  // Monitors read a container's logs in arrival order.
  await logs.createIndex({ project_id: 1, container_id: 1, ingested_at: 1, _id: 1 });
}

/** A position in a container's arrival order: strictly after (ingested_at, id). */
export interface ArrivalCursor {
  ingested_at: number;
  id: string;
}

/** Logs are listed by the time of the call they record, not by when they arrived. */
const newestCallFirst: ListOrder = { field: 'created_at', descending: true };
const oldestCallFirst: ListOrder = { field: 'created_at', descending: false };

export interface TaskLogIterateOptions extends TaskLogFilter {
  limit?: number;
  /** Resume after this log id (the last one a previous pass handled). */
  after?: string;
}

/**
 * The Mongo filter of a logs query. Every value is checked to be the plain string the
 * schemas promise, so nothing a caller sends can become a query operator or a path.
 */
function logFilter(containerId: string, filter: TaskLogFilter): Filter<TaskLogDoc> {
  const query: Document = { container_id: containerId };
  if (filter.since !== undefined || filter.until !== undefined) {
    query.created_at = {
      ...(filter.since !== undefined ? { $gte: filter.since } : {}),
      ...(filter.until !== undefined ? { $lt: filter.until } : {}),
    };
  }
  if (filter.model !== undefined) query.model = plainString('model', filter.model);
  for (const [key, value] of Object.entries(filter.metadata ?? {})) {
    if (!/^[^.$][^.]*$/.test(key))
      throw invalidField(`metadata.${key}`, 'metadata keys must not contain . or start with $');
    query[`metadata.${key}`] = plainString(`metadata.${key}`, value);
  }
  return query as Filter<TaskLogDoc>;
}

function plainString(field: string, value: unknown): string {
  if (typeof value !== 'string') throw invalidField(field, 'must be a string');
  return value;
}

/** The filter as a predicate over stored logs (for logs read from chunks). */
function logPredicate(filter: TaskLogFilter): (log: TaskLogDoc) => boolean {
  const metadata = Object.entries(filter.metadata ?? {});
  return (log) =>
    (filter.model === undefined || log.model === filter.model) &&
    metadata.every(([key, value]) => log.metadata?.[key] === value);
}

/** Newest call first, ties by id (the order of the query path's index). */
const newestFirstCompare = (a: TaskLogDoc, b: TaskLogDoc) =>
  b.created_at - a.created_at || (a._id < b._id ? 1 : a._id > b._id ? -1 : 0);

export class TaskLogStore {
  readonly docs: ScopedCollection<TaskLogDoc>;
  readonly chunks: TaskLogChunks;

  constructor(db: Db, projectId: string) {
    this.docs = new ScopedCollection(db.collection<TaskLogDoc>('task_logs'), projectId);
    this.chunks = new TaskLogChunks(db, projectId);
  }

  /**
   * The time range a read can take from the container's chunks, or null when the
   * query path must answer: no `since`, or a range wider than a month (the chunks
   * of the whole range are read).
   */
  private chunkRange(filter: TaskLogFilter): [number, number] | null {
    if (filter.since === undefined) return null;
    const until = filter.until ?? nowSeconds() + 3600;
    if (until - filter.since > MAX_CHUNK_RANGE_SECONDS) return null;
    return [filter.since, until];
  }

  /**
   * Stores a batch, idempotent on the callers' ids: a log whose id is already stored
   * is a duplicate and stays as it was. Log ids are unique in the project (they key
   * the document), so an id already used in another container is a 409 — reported
   * after the batch's other logs were stored, which makes re-sending the fixed batch safe.
   */
  async ingest(containerId: string, logs: TaskLogInput[]): Promise<TaskLogIngestion> {
    const now = nowSeconds();
    const docs = logs.map((log) => ({
      id: idFromCaller('log', log.id),
      container_id: containerId,
      input: log.input,
      output: log.output,
      model: log.model ?? null,
      metadata: log.metadata ?? {},
      created_at: log.created_at ?? now,
      ingested_at: now,
    }));
    const inserted = await this.docs.insertNew(docs);
    const insertedCount = inserted.filter(Boolean).length;
    const fresh = docs
      .filter((_, i) => inserted[i])
      .map((doc) => ({ ...doc, _id: this.docs.key(doc.id), project_id: this.docs.projectId }));
    try {
      await this.chunks.add(containerId, fresh);
    } catch (error) {
      // A log without its chunk would be missing from time-range reads for good (a re-send
      // finds it a duplicate): take the batch's new logs back, so re-sending stores them whole.
      await deleteByIds(
        this.docs.collection,
        fresh.map((doc) => doc._id),
      ).catch(() => undefined);
      throw error;
    }
    await this.refuseForeignIds(
      containerId,
      docs.map((doc) => doc.id),
      inserted,
    );
    return {
      object: 'task_log.ingestion',
      container_id: containerId,
      inserted: insertedCount,
      duplicates: docs.length - insertedCount,
      ids: docs.map((doc) => doc.id),
    };
  }

  /**
   * Duplicates are rare (re-sends), so this extra read only happens for them: an
   * `_id` look-up per duplicate, which costs the same however many logs are stored.
   */
  private async refuseForeignIds(containerId: string, ids: string[], inserted: boolean[]): Promise<void> {
    const duplicates = ids.filter((_, i) => !inserted[i]);
    if (duplicates.length === 0) return;
    const stored = await this.docs.getMany(duplicates);
    const owner = new Map(
      [...stored.values()]
        .filter((doc) => doc.container_id !== containerId)
        .map((doc) => [doc.id, doc.container_id]),
    );
    if (owner.size === 0) return;
    const details = ids.flatMap((id, index) =>
      !inserted[index] && owner.has(id)
        ? [{ field: `logs.${index}.id`, message: `'${id}' is already a log of container ${owner.get(id)}` }]
        : [],
    );
    throw new ConflictError(
      'log_id_taken',
      `${owner.size} log id(s) of this batch already belong to another container of this project; the batch's other logs were stored, so re-sending it with new ids is safe.`,
      { param: details[0]!.field, details },
    );
  }

  async list(containerId: string, query: TaskLogListQuery) {
    const where = logFilter(containerId, query);
    const range = this.chunkRange(query);
    if (!range) return toListPage(await this.docs.list(where, query, newestCallFirst), presentTaskLog);
    // Every match of the range is read (the list reports their total), then paged in memory.
    const matches: TaskLogDoc[] = [];
    for await (const logs of this.chunks.range(containerId, range[0], range[1], logPredicate(query))) {
      matches.push(...logs);
    }
    matches.sort(newestFirstCompare);
    let start = 0;
    let end = matches.length;
    const cursorOf = async (field: 'after' | 'before', id: string) => {
      const found = matches.find((log) => log.id === id) ?? (await this.docs.get(id));
      if (!found) throw new NotFoundError(`${field}_cursor`, id);
      return found;
    };
    // Both cursors: the page strictly between them.
    if (query.after) {
      const cursor = await cursorOf('after', query.after);
      const beyond = matches.findIndex((log) => newestFirstCompare(log, cursor) > 0);
      start = beyond < 0 ? matches.length : beyond;
    }
    if (query.before) {
      const cursor = await cursorOf('before', query.before);
      end = matches.findIndex((log) => newestFirstCompare(log, cursor) >= 0);
      if (end < 0) end = matches.length;
    }
    const backwards = query.before !== undefined && query.after === undefined;
    const window = backwards
      ? matches.slice(Math.max(start, end - query.limit), end)
      : matches.slice(start, Math.min(end, start + query.limit));
    const hasMore = backwards ? end - query.limit > start : start + query.limit < end;
    return toListPage({ docs: window, total: matches.length, hasMore }, presentTaskLog);
  }

  async require(containerId: string, logId: string): Promise<TaskLogDoc> {
    const doc = await this.docs.get(logId);
    if (!doc || doc.container_id !== containerId) throw new NotFoundError('task_log', logId);
    return doc;
  }

  /**
   * A container's logs, oldest call first, streamed an hour (chunks) or a page
   * (query path) at a time, for the run engine: with `since`, only the range's chunks are read.
   */
  async *iterate(containerId: string, options: TaskLogIterateOptions = {}): AsyncGenerator<TaskLogDoc> {
    const { limit, after, ...filter } = options;
    const where = logFilter(containerId, filter);
    const range = this.chunkRange(filter);
    if (!range || after !== undefined) {
      yield* this.docs.iterate(where, oldestCallFirst, { limit, after });
      return;
    }
    if (limit === 0) return;
    let count = 0;
    const hours = this.chunks.range(containerId, range[0], range[1], logPredicate(filter), 'oldest');
    for await (const logs of hours) {
      for (const log of logs.sort((a, b) => newestFirstCompare(b, a))) {
        yield log;
        if (limit !== undefined && ++count >= limit) return;
      }
    }
  }

  /** The arrival-order filter of logs after `cursor` and ingested at or before `until`. */
  private arrivedAfter(containerId: string, cursor: ArrivalCursor, until: number): Filter<TaskLogDoc> {
    return {
      project_id: this.docs.projectId,
      container_id: containerId,
      ingested_at: { $gte: cursor.ingested_at, $lte: until },
      $or: [{ ingested_at: { $gt: cursor.ingested_at } }, { _id: { $gt: this.docs.key(cursor.id) } }],
    } as Filter<TaskLogDoc>;
  }

  /** For monitors: up to `limit` logs after `cursor` in arrival order (ingested_at, then id). */
  arrivedLogs(
    containerId: string,
    cursor: ArrivalCursor,
    until: number,
    limit: number,
  ): Promise<TaskLogDoc[]> {
    return this.docs.collection
      .find(this.arrivedAfter(containerId, cursor, until))
      .sort({ ingested_at: 1, _id: 1 })
      .limit(limit)
      .toArray() as Promise<TaskLogDoc[]>;
  }

  countArrived(containerId: string, cursor: ArrivalCursor, until: number): Promise<number> {
    return this.docs.collection.countDocuments(this.arrivedAfter(containerId, cursor, until));
  }

  /**
   * A deleted container's logs, and their copies in its chunks and windows (a store job), in
   * bounded rounds of `_id` deletes (one `deleteMany` failed on FerretDB beyond ~32,000 logs).
   */
  async deleteForContainer(containerId: string): Promise<number> {
    const deleted = await deleteMatching(this.docs.collection, {
      project_id: this.docs.projectId,
      container_id: containerId,
    });
    await this.chunks.deleteContainer(containerId);
    return deleted;
  }
}
