import type { Db } from 'mongodb';
import {
  DATASET_ITEM_CHUNKS_COLLECTION,
  itemChunkKey,
  type DatasetItemChunkDoc,
  type DatasetItemDoc,
  type DatasetUploadDoc,
} from '../datasetUploads.js';
import { insertNew } from '../mongo.js';
import type { Migration } from './migration.js';

/** Items per chunk the migration writes (an upload's `write` makes one per request). */
const CHUNK_ITEMS = 1000;

/**
 * Datasets read only their uploads' chunks (see datasetUploads.ts): chunks written with their
 * items as documents get them as one JSON string, and uploads committed before chunks existed
 * get chunks (their items, in upload order, each item told its chunk), so no read queries
 * `dataset_items` any more.
 */
export const datasetItemChunks: Migration = {
  version: 6,
  name: 'dataset items in chunks, chunks as one JSON string',
  async up(db: Db) {
    return (await chunksAsJson(db)) + (await chunkOldUploads(db));
  },
};

async function chunksAsJson(db: Db): Promise<number> {
  const chunks = db.collection<DatasetItemChunkDoc & { items?: DatasetItemDoc[] }>(
    DATASET_ITEM_CHUNKS_COLLECTION,
  );
  let rewritten = 0;
  for await (const chunk of chunks.find({ items_json: { $exists: false } }).batchSize(50)) {
    const { items = [], ...rest } = chunk;
    await chunks.replaceOne({ _id: chunk._id }, { ...rest, items_json: JSON.stringify(items) });
    rewritten++;
  }
  return rewritten;
}

/**
 * Each committed upload without a chunk count: its items read in upload order (one query per
 * upload, a scan on FerretDB, once), written as chunks of a thousand, then the count set, which
 * marks it done. Cut short before that, the upload is chunked again from chunk 0, the same way.
 */
async function chunkOldUploads(db: Db): Promise<number> {
  const uploads = db.collection<DatasetUploadDoc>('dataset_uploads');
  const items = db.collection<DatasetItemDoc>('dataset_items');
  const chunks = db.collection<DatasetItemChunkDoc>(DATASET_ITEM_CHUNKS_COLLECTION);
  let chunked = 0;
  const old = uploads.find({ status: 'committed', chunks: { $exists: false } }).batchSize(100);
  for await (const upload of old) {
    const { project_id: projectId, dataset_id: datasetId, id: uploadId } = upload;
    let index = 0;
    let chunk: DatasetItemDoc[] = [];
    const flush = async () => {
      const _id = itemChunkKey(projectId, datasetId, uploadId, index);
      const doc = {
        _id,
        project_id: projectId,
        dataset_id: datasetId,
        upload_id: uploadId,
        index,
        items_json: JSON.stringify(chunk.map((item) => ({ ...item, chunk: index }))),
      };
      if (!(await insertNew(chunks, [doc]))[0]) await chunks.replaceOne({ _id }, doc);
      // By `_id`, a few at a time: FerretDB answers `$in` by scanning every dataset's items.
      for (let start = 0; start < chunk.length; start += 16) {
        await Promise.all(
          chunk
            .slice(start, start + 16)
            .map((item) => items.updateOne({ _id: item._id }, { $set: { chunk: index } })),
        );
      }
      index++;
      chunk = [];
    };
    const inOrder = items
      .find({ project_id: projectId, dataset_id: datasetId, upload_id: uploadId })
      .sort({ position: 1, _id: 1 })
      .batchSize(CHUNK_ITEMS);
    for await (const item of inOrder) {
      chunk.push(item);
      if (chunk.length >= CHUNK_ITEMS) await flush();
    }
    if (chunk.length > 0) await flush();
    await uploads.updateOne({ _id: upload._id }, { $set: { chunks: index } });
    chunked++;
  }
  return chunked;
}
