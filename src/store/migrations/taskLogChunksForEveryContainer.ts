import type { Db } from 'mongodb';
import { TASK_LOG_WINDOWS_COLLECTION, TaskLogChunks } from '../logChunks.js';
import type { TaskLogDoc } from '../taskLogDocs.js';
import type { Migration } from './migration.js';

/** Logs of one hour gathered before they are written as a chunk. */
const CHUNK_LOGS = 1000;
/** Logs held in memory at most: past it, every hour's are written out. */
const BUFFERED_LOGS = 20_000;

/**
 * Containers created before task logs were chunked by hour: their logs (those ingested since
 * were chunked too, the older ones not) are chunked whole, so a time range is read from chunks
 * in every container. The releases that chunked logs gave each container they created a `layout`
 * window saying its logs are all chunked (this one reads no such window: all are); this migration
 * writes that window once a container is done, so a pass cut short starts that container over
 * (its chunks and windows deleted first: no log is chunked twice).
 * Stop the previous release's processes first: a log one of them ingests into such a container
 * meanwhile may be chunked twice.
 */
export const taskLogChunksForEveryContainer: Migration = {
  version: 7,
  name: 'task logs of every container in hour chunks',
  async up(db: Db) {
    const windows = db.collection<{ _id: string; project_id: string; container_id: string }>(
      TASK_LOG_WINDOWS_COLLECTION,
    );
    const containers = db
      .collection<{ id: string; project_id: string }>('containers')
      .find({}, { projection: { id: 1, project_id: 1 } })
      .batchSize(500);
    let chunked = 0;
    for await (const { id: containerId, project_id: projectId } of containers) {
      const layout = `${projectId}/${containerId}/layout`;
      if (await windows.findOne({ _id: layout })) continue;
      const chunks = new TaskLogChunks(db, projectId);
      await chunks.deleteContainer(containerId);
      await chunkLogs(db, chunks, projectId, containerId);
      await windows.insertOne({ _id: layout, project_id: projectId, container_id: containerId });
      chunked++;
    }
    return chunked;
  },
};

/**
 * The container's logs in stored order (one query, a scan on FerretDB, once per container),
 * gathered by hour: logs mostly arrive in time order, so an hour's logs land in few chunks.
 */
async function chunkLogs(db: Db, chunks: TaskLogChunks, projectId: string, containerId: string) {
  const byHour = new Map<number, TaskLogDoc[]>();
  let held = 0;
  const flush = async (hour: number) => {
    const logs = byHour.get(hour) ?? [];
    byHour.delete(hour);
    held -= logs.length;
    if (logs.length > 0) await chunks.add(containerId, logs);
  };
  const logs = db
    .collection<TaskLogDoc>('task_logs')
    .find({ project_id: projectId, container_id: containerId })
    .batchSize(CHUNK_LOGS);
  for await (const log of logs) {
    const hour = Math.floor(log.created_at / 3600);
    const hourLogs = byHour.get(hour) ?? [];
    hourLogs.push(log);
    byHour.set(hour, hourLogs);
    held++;
    if (hourLogs.length >= CHUNK_LOGS) await flush(hour);
    if (held >= BUFFERED_LOGS) for (const hour of [...byHour.keys()]) await flush(hour);
  }
  for (const hour of [...byHour.keys()]) await flush(hour);
}
