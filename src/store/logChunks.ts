import type { Collection, Db } from 'mongodb';
import { deleteByIds, deleteMatching } from './chunkedDelete.js';
import { insertNew, isDuplicateKeyError } from './mongo.js';
import type { TaskLogDoc } from './taskLogDocs.js';

export const TASK_LOG_CHUNKS_COLLECTION = 'task_log_chunks';
export const TASK_LOG_WINDOWS_COLLECTION = 'task_log_windows';

const HOUR = 3600;
const DAY = 86_400;

/**
 * Task logs bucketed by container and hour of the call, in `_id`-addressed
 * documents only, so listing a time range or reading a run's container source
 * costs look-ups proportional to the range, not to every log ever stored (a
 * filter on `created_at` scanned all task logs on FerretDB: ~27 µs each, 27 s at a
 * million). Insert-only, so concurrent ingestion needs no locking:
 * - `<project>/<container>/<hour>/<seq>` (chunks): the logs one ingestion stored
 *   for that hour; `seq` is claimed by the insert itself (a duplicate `_id` means
 *   taken: try the next), so chunks of an hour are 0, 1, 2... without gaps.
 * - `<project>/<container>/d<day>` (windows): the day has logs (one probe skips an
 *   empty day's 24 hours). (`<project>/<container>/layout` windows were written while
 *   some containers' logs were not chunked yet; the store's migrations chunked them.)
 * The log documents themselves stay: they make log ids unique and answer by id.
 */
interface LogChunkDoc {
  _id: string;
  project_id: string;
  container_id: string;
  hour: number;
  logs: TaskLogDoc[];
}

interface WindowDoc {
  _id: string;
  project_id: string;
  container_id: string;
  day?: number;
}

/** Ranges wider than this read the whole range's chunks; beyond it the query path answers. */
export const MAX_CHUNK_RANGE_SECONDS = 31 * DAY;

const CONCURRENCY = 16;
/** Hours read at once by `range` (each a few look-ups of at most `CONCURRENCY`). */
const HOURS_AHEAD = 4;

/**
 * Next free `seq` per container hour as last seen by this process (stores are made
 * per request, so this lives at module level): a hint that spares re-probing an
 * hour's taken chunks on every ingestion; the insert still decides.
 */
const nextSeq = new Map<string, number>();

export class TaskLogChunks {
  private readonly chunks: Collection<LogChunkDoc>;
  private readonly windows: Collection<WindowDoc>;

  constructor(
    db: Db,
    private readonly projectId: string,
  ) {
    this.chunks = db.collection<LogChunkDoc>(TASK_LOG_CHUNKS_COLLECTION);
    this.windows = db.collection<WindowDoc>(TASK_LOG_WINDOWS_COLLECTION);
  }

  private prefix(containerId: string) {
    return `${this.projectId}/${containerId}`;
  }

  /** Stores copies of newly ingested logs, one chunk per hour they fall in. */
  async add(containerId: string, logs: TaskLogDoc[]): Promise<void> {
    const byHour = new Map<number, TaskLogDoc[]>();
    for (const log of logs) {
      const hour = Math.floor(log.created_at / HOUR);
      byHour.set(hour, [...(byHour.get(hour) ?? []), log]);
    }
    const days = new Set([...byHour.keys()].map((hour) => Math.floor((hour * HOUR) / DAY)));
    await insertNew(
      this.windows,
      [...days].map((day) => ({
        _id: `${this.prefix(containerId)}/d${day}`,
        project_id: this.projectId,
        container_id: containerId,
        day,
      })),
    );
    for (const [hour, hourLogs] of byHour) await this.insertChunk(containerId, hour, hourLogs);
  }

  private async insertChunk(containerId: string, hour: number, logs: TaskLogDoc[]): Promise<void> {
    const key = `${this.prefix(containerId)}/${hour}`;
    let seq = nextSeq.get(key) ?? 0;
    // The hint is only good while the chunk before it exists (retention may have emptied the hour):
    // a gap would hide every chunk after it from readers.
    if (seq > 0 && !(await this.chunks.findOne({ _id: `${key}/${seq - 1}` }, { projection: { _id: 1 } })))
      seq = 0;
    for (;;) {
      try {
        await this.chunks.insertOne({
          _id: `${key}/${seq}`,
          project_id: this.projectId,
          container_id: containerId,
          hour,
          logs,
        });
        if (nextSeq.size > 10_000) nextSeq.clear();
        nextSeq.set(key, seq + 1);
        return;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        seq++;
      }
    }
  }

  /** The hours of `[since, until)` that hold logs, newest first (day markers skip empty days). */
  private async hours(containerId: string, since: number, until: number): Promise<number[]> {
    const firstDay = Math.floor(since / DAY);
    const lastDay = Math.floor((until - 1) / DAY);
    const days = Array.from({ length: lastDay - firstDay + 1 }, (_, i) => lastDay - i);
    const present = await inParallel(days, (day) =>
      this.windows.findOne({ _id: `${this.prefix(containerId)}/d${day}` }),
    );
    const hours: number[] = [];
    days.forEach((day, i) => {
      if (!present[i]) return;
      for (let h = 23; h >= 0; h--) {
        const hour = (day * DAY) / HOUR + h;
        if ((hour + 1) * HOUR > since && hour * HOUR < until) hours.push(hour);
      }
    });
    return hours;
  }

  /**
   * Every chunk of one hour: 0, 1, 2... up to the first that is not there. Most hours
   * hold a chunk or two, so the probes start two wide and double (16 at most): a
   * one-chunk hour costs two look-ups, not 16.
   */
  private async hourLogs(containerId: string, hour: number): Promise<TaskLogDoc[]> {
    const logs: TaskLogDoc[] = [];
    for (let seq = 0, width = 2; ; seq += width, width = Math.min(width * 2, CONCURRENCY)) {
      const chunks = await Promise.all(
        Array.from({ length: width }, (_, i) =>
          this.chunks.findOne({ _id: `${this.prefix(containerId)}/${hour}/${seq + i}` }),
        ),
      );
      for (const chunk of chunks) if (chunk) logs.push(...chunk.logs);
      if (chunks.some((chunk) => !chunk)) return logs;
    }
  }

  /**
   * The container's logs with `since <= created_at < until` that pass `keep`, an
   * hour at a time, newest hour first (within an hour in no particular order).
   */
  async *range(
    containerId: string,
    since: number,
    until: number,
    keep: (log: TaskLogDoc) => boolean,
    order: 'newest' | 'oldest' = 'newest',
  ): AsyncGenerator<TaskLogDoc[]> {
    const hours = await this.hours(containerId, since, until);
    if (order === 'oldest') hours.reverse();
    // A few hours read ahead, in parallel: a range's hours cost a round trip or two, not one per hour.
    const reads: Promise<TaskLogDoc[]>[] = [];
    const readAhead = (upTo: number) => {
      while (reads.length < Math.min(upTo, hours.length)) {
        const read = this.hourLogs(containerId, hours[reads.length]!);
        read.catch(() => undefined); // awaited below in order; a failure surfaces there
        reads.push(read);
      }
    };
    for (let i = 0; i < hours.length; i++) {
      readAhead(i + HOURS_AHEAD);
      const logs = (await reads[i]!).filter(
        (log) => log.created_at >= since && log.created_at < until && keep(log),
      );
      if (logs.length > 0) yield logs;
    }
  }

  /** A deleted container's chunks and windows (a store job; one query each, FerretDB scans them). */
  async deleteContainer(containerId: string): Promise<void> {
    await deleteMatching(this.chunks, { project_id: this.projectId, container_id: containerId });
    await deleteMatching(this.windows, { project_id: this.projectId, container_id: containerId });
  }

  /** Chunks of hours wholly before `cutoff` in every container (retention). */
  static async expireBefore(db: Db, cutoff: number): Promise<number> {
    const chunks = db.collection<LogChunkDoc>(TASK_LOG_CHUNKS_COLLECTION);
    const ids = await chunks
      .find({ hour: { $lt: Math.floor(cutoff / HOUR) } }, { projection: { _id: 1 } })
      .map((doc) => doc._id)
      .toArray();
    return deleteByIds(chunks, ids);
  }
}

async function inParallel<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CONCURRENCY) {
    out.push(...(await Promise.all(items.slice(i, i + CONCURRENCY).map(fn))));
  }
  return out;
}
