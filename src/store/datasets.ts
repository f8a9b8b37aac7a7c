import { forgetProjectAnswers } from './projectAnswers.js';
import type { Collection, Db } from 'mongodb';
import type { Dataset, DatasetCreate, DatasetItem } from '../domain/datasets.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import {
  DATASET_ITEM_CHUNKS_COLLECTION,
  chunkItems,
  deleteUploadItems,
  itemChunkKey,
  ItemUpload,
  type CommittedUploadDoc,
  type DatasetItemChunkDoc,
  type DatasetItemDoc,
  type DatasetUploadDoc,
} from './datasetUploads.js';
import { DELETE_ANSWER_BUDGET_MS, type StoreJobQueue } from './storeJobQueue.js';
import { isIdOf, newId, nowSeconds } from './ids.js';
import { isDuplicateKeyError } from './mongo.js';
import { refuseWhileLiveRunUses } from './runUsage.js';
import { ScopedCollection, toListPage, type ListQuery, type StoredDoc } from './scoped.js';

export type { DatasetItemDoc } from './datasetUploads.js';

export interface DatasetDoc extends StoredDoc {
  name: string;
  container_id: string | null;
  description: string | null;
  metadata: Record<string, string>;
  created_at: number;
  updated_at: number;
}

export const presentDataset = (doc: DatasetDoc, itemCount: number): Dataset => ({
  object: 'dataset',
  id: doc.id,
  name: doc.name,
  container_id: doc.container_id,
  description: doc.description,
  metadata: doc.metadata,
  item_count: itemCount,
  created_at: doc.created_at,
  updated_at: doc.updated_at,
});

export const presentDatasetItem = (doc: DatasetItemDoc): DatasetItem => ({
  object: 'dataset.item',
  id: doc.id,
  dataset_id: doc.dataset_id,
  input: doc.input,
  output: doc.output,
  metadata: doc.metadata,
  created_at: doc.created_at,
});

export async function ensureDatasetIndexes(db: Db): Promise<void> {
  await db.collection('datasets').createIndex({ project_id: 1, name: 1 }, { unique: true });
  // `_id` too: it breaks ties in the upload order, so the index serves the whole sort (no in-memory sort).
  await db.collection('dataset_items').createIndex({ project_id: 1, dataset_id: 1, position: 1, _id: 1 });
  await db.collection('dataset_items').createIndex({ project_id: 1, upload_id: 1 });
  await db.collection('dataset_uploads').createIndex({ project_id: 1, dataset_id: 1, status: 1 });
}

export class DatasetStore {
  readonly docs: ScopedCollection<DatasetDoc>;
  private readonly uploads: ScopedCollection<DatasetUploadDoc>;
  private readonly chunks: Collection<DatasetItemChunkDoc>;

  constructor(
    private readonly db: Db,
    readonly projectId: string,
    private readonly jobs: StoreJobQueue,
  ) {
    this.docs = new ScopedCollection(db.collection<DatasetDoc>('datasets'), projectId);
    this.uploads = new ScopedCollection(db.collection<DatasetUploadDoc>('dataset_uploads'), projectId);
    this.chunks = db.collection<DatasetItemChunkDoc>(DATASET_ITEM_CHUNKS_COLLECTION);
  }

  /** A dataset's items, keyed under it (`<project>/<dataset>/<item>`) so datasets may share item ids. */
  private itemsOf(datasetId: string): ScopedCollection<DatasetItemDoc> {
    return new ScopedCollection(
      this.db.collection<DatasetItemDoc>('dataset_items'),
      this.projectId,
      `${datasetId}/`,
    );
  }

  async find(idOrName: string): Promise<DatasetDoc | null> {
    return isIdOf('dataset', idOrName) ? this.docs.get(idOrName) : this.docs.findOne({ name: idOrName });
  }

  async require(idOrName: string): Promise<DatasetDoc> {
    const doc = await this.find(idOrName);
    if (!doc) throw new NotFoundError('dataset', idOrName);
    return doc;
  }

  /**
   * Initial items are written (invisibly) before the dataset exists and committed
   * after, so a taken name or a crash leaves no half-made dataset behind.
   */
  async create(input: DatasetCreate, containerId: string | null): Promise<Dataset> {
    const id = newId('dataset');
    const upload = input.items?.length ? await this.beginUpload(id) : undefined;
    const now = nowSeconds();
    let doc: DatasetDoc;
    try {
      await upload?.write(input.items!);
      doc = await this.docs.insert({
        id,
        name: input.name,
        container_id: containerId,
        description: input.description ?? null,
        metadata: input.metadata ?? {},
        created_at: now,
        updated_at: now,
      });
    } catch (error) {
      await upload?.abort();
      if (isDuplicateKeyError(error)) {
        throw new ConflictError(
          'name_taken',
          `A dataset named '${input.name}' already exists in this project.`,
          {
            param: 'name',
          },
        );
      }
      throw error;
    }
    await upload?.commit();
    return presentDataset(doc, upload?.inserted ?? 0);
  }

  beginUpload(datasetId: string): Promise<ItemUpload> {
    return ItemUpload.begin(this.itemsOf(datasetId), this.chunks, this.uploads, datasetId);
  }

  async present(doc: DatasetDoc): Promise<Dataset> {
    const counts = await this.itemCounts([doc.id]);
    return presentDataset(doc, counts.get(doc.id) ?? 0);
  }

  async list(query: ListQuery) {
    const page = await this.docs.list({}, query);
    const counts = await this.itemCounts(page.docs.map((doc) => doc.id));
    return toListPage(page, (doc) => presentDataset(doc, counts.get(doc.id) ?? 0));
  }

  /**
   * Item counts from the committed uploads' own counts: one small aggregation per
   * page of datasets instead of counting items (a scan per dataset on FerretDB).
   */
  private async itemCounts(datasetIds: string[]): Promise<Map<string, number>> {
    if (datasetIds.length === 0) return new Map();
    const rows = await this.uploads.collection
      .aggregate<{ _id: string; n: number }>([
        {
          $match: {
            project_id: this.projectId,
            dataset_id: { $in: datasetIds },
            status: 'committed',
          },
        },
        { $group: { _id: '$dataset_id', n: { $sum: '$inserted' } } },
      ])
      .toArray();
    return new Map(rows.map((row) => [row._id, row.n]));
  }

  /** The dataset's committed uploads in upload order (one per append, so a short list). */
  private async committedUploads(datasetId: string): Promise<CommittedUploadDoc[]> {
    const committed = await this.uploads.findMany({ dataset_id: datasetId, status: 'committed' });
    return (committed as CommittedUploadDoc[]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The chunks of committed uploads in order, each read by `_id` when reached (one read ahead). */
  private async *chunkSequence(
    uploads: CommittedUploadDoc[],
    from?: { uploadId: string; chunk: number },
  ): AsyncGenerator<DatasetItemDoc[]> {
    const keys: string[] = [];
    for (const upload of uploads) {
      if (from && upload.id < from.uploadId) continue;
      const first = from && upload.id === from.uploadId ? from.chunk : 0;
      for (let index = first; index < upload.chunks; index++) {
        keys.push(itemChunkKey(this.projectId, upload.dataset_id, upload.id, index));
      }
    }
    let next = keys.length > 0 ? this.chunks.findOne({ _id: keys[0]! }) : null;
    for (let i = 0; i < keys.length; i++) {
      const chunk = await next;
      next = i + 1 < keys.length ? this.chunks.findOne({ _id: keys[i + 1]! }) : null;
      yield chunkItems(chunk);
    }
  }

  /** Backwards from a chunk (inclusive), for `before` pages. */
  private async *chunksBackwards(
    uploads: CommittedUploadDoc[],
    from: { uploadId: string; chunk: number },
  ): AsyncGenerator<DatasetItemDoc[]> {
    for (const upload of [...uploads].reverse()) {
      if (upload.id > from.uploadId) continue;
      const last = upload.id === from.uploadId ? from.chunk : upload.chunks - 1;
      for (let index = last; index >= 0; index--) {
        const chunk = await this.chunks.findOne({
          _id: itemChunkKey(this.projectId, upload.dataset_id, upload.id, index),
        });
        yield chunkItems(chunk).reverse();
      }
    }
  }

  /**
   * A page of items in upload order, from the uploads' chunks: a few `_id` look-ups
   * whatever else is stored. `total` is the committed uploads' own counts.
   */
  async listItems(datasetId: string, query: ListQuery) {
    const uploads = await this.committedUploads(datasetId);
    const items = this.itemsOf(datasetId);
    const total = uploads.reduce((sum, upload) => sum + upload.inserted, 0);
    const cursorOf = async (field: 'after' | 'before', id: string) => {
      const found = await items.get(id);
      const visible = found && uploads.some((upload) => upload.id === found.upload_id);
      if (!found || !visible) throw new NotFoundError(`${field}_cursor`, id);
      return found;
    };
    const after = query.after ? await cursorOf('after', query.after) : null;
    // With both cursors: forwards from `after`, up to `before`.
    const upTo = query.before ? await cursorOf('before', query.before) : null;
    const backwards = upTo !== null && after === null;
    const cursor = backwards ? upTo : after;
    const from = cursor ? { uploadId: cursor.upload_id, chunk: cursor.chunk } : undefined;
    const pages = backwards && from ? this.chunksBackwards(uploads, from) : this.chunkSequence(uploads, from);
    const docs: DatasetItemDoc[] = [];
    outer: for await (const chunk of pages) {
      for (const item of chunk) {
        if (cursor && (backwards ? item.position >= cursor.position : item.position <= cursor.position))
          continue;
        if (!backwards && upTo && item.position >= upTo.position) break outer;
        docs.push(item);
        if (docs.length > query.limit) break outer;
      }
    }
    const hasMore = docs.length > query.limit;
    const pageDocs = docs.slice(0, query.limit);
    if (backwards) pageDocs.reverse();
    return toListPage({ docs: pageDocs, total, hasMore }, presentDatasetItem);
  }

  /** A dataset's committed items in upload order, streamed a chunk at a time (for the run engine). */
  async *iterateItems(datasetId: string, options: { limit?: number } = {}): AsyncGenerator<DatasetItemDoc> {
    if (options.limit === 0) return;
    let count = 0;
    for await (const chunk of this.chunkSequence(await this.committedUploads(datasetId))) {
      for (const item of chunk) {
        yield item;
        if (options.limit !== undefined && ++count >= options.limit) return;
      }
    }
  }

  /**
   * The dataset goes first — from then on nothing of it is visible (every read of
   * items goes through the dataset) and its name is free — then its items, chunk
   * by chunk, as a store job: the answer does not wait for 100,000 deletes, and a
   * job cut short is resumed (see store/storeJobs.ts).
   */
  async delete(idOrName: string): Promise<DatasetDoc> {
    const doc = await this.require(idOrName);
    await refuseWhileLiveRunUses(this.db, this.projectId, { datasetId: doc.id }, 'dataset');
    await this.jobs.enqueue({ kind: 'delete_dataset_items', project_id: this.projectId, target_id: doc.id });
    await this.docs.delete(doc.id);
    // Answers to prompts made of its items may quote them (see projectAnswers.ts).
    await forgetProjectAnswers(this.db, this.projectId);
    await this.jobs.runFor(DELETE_ANSWER_BUDGET_MS);
    return doc;
  }

  /** Deletes a deleted dataset's uploads, chunks and items (a store job; idempotent). */
  async deleteItemsOf(datasetId: string): Promise<void> {
    const items = this.itemsOf(datasetId).collection;
    const uploads = await this.uploads.findMany({ dataset_id: datasetId });
    for (const upload of uploads) {
      await deleteUploadItems(items, this.chunks, {
        projectId: this.projectId,
        datasetId,
        uploadId: upload.id,
        // A pending upload has not recorded its chunk count: its chunks are probed, 0, 1, 2...
        chunks: upload.chunks ?? (await this.countChunks(datasetId, upload.id)),
      });
    }
    for (const upload of uploads) await this.uploads.delete(upload.id);
  }

  /** Chunks 0, 1, 2... that exist (an unfinished upload wrote them in order). */
  private async countChunks(datasetId: string, uploadId: string): Promise<number> {
    let n = 0;
    while (await this.chunks.findOne({ _id: itemChunkKey(this.projectId, datasetId, uploadId, n) })) n++;
    return n;
  }

  /** A deleted container no longer scopes its datasets; they stay, project-wide. */
  async detachContainer(containerId: string): Promise<void> {
    await this.docs.updateMany(
      { container_id: containerId },
      { $set: { container_id: null, updated_at: nowSeconds() } },
    );
  }
}
