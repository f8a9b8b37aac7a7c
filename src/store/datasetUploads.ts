import type { DatasetItemInput } from '../domain/datasets.js';
import type { LlmInput, LlmOutput } from '../domain/common.js';
import type { Collection } from 'mongodb';
import { deleteByIds } from './chunkedDelete.js';
import { idFromCaller, newId, nowSeconds } from './ids.js';
import { insertNew } from './mongo.js';
import type { ScopedCollection, StoredDoc } from './scoped.js';

export interface DatasetItemDoc extends StoredDoc {
  dataset_id: string;
  /** The upload that stored the item: the item is visible once that upload is committed. */
  upload_id: string;
  /** Upload id, then line number: items list in the order they were uploaded. */
  position: string;
  input: LlmInput;
  output: LlmOutput | null;
  metadata: Record<string, string>;
  created_at: number;
  /** The chunk of its upload holding a copy of it (absent on items stored before chunks). */
  chunk?: number;
}

/**
 * The items one `write` of an upload stored, in upload order, under
 * `<project>/<dataset>/<upload>/<n>`: a dataset is read by `_id` look-ups of its
 * uploads' chunks, never by a query over every dataset's items (which FerretDB
 * answers by scanning them all: a run's preparation cost grew with every dataset
 * ever stored). The item documents stay as they were: they make item ids unique
 * and answer look-ups by id.
 */
export interface DatasetItemChunkDoc {
  _id: string;
  project_id: string;
  dataset_id: string;
  upload_id: string;
  index: number;
  items: DatasetItemDoc[];
}

export const DATASET_ITEM_CHUNKS_COLLECTION = 'dataset_item_chunks';

export const itemChunkKey = (projectId: string, datasetId: string, uploadId: string, index: number) =>
  `${projectId}/${datasetId}/${uploadId}/${index}`;

export interface DatasetUploadDoc extends StoredDoc {
  dataset_id: string;
  status: 'pending' | 'committed';
  /** Items this upload stored (not the duplicates it found), counted into the dataset's item_count. */
  inserted: number;
  created_at: number;
  /** Chunks the upload wrote (set at commit; absent on uploads committed before chunks). */
  chunks?: number;
}

/**
 * Appending items all-or-nothing without transactions. Items are written as they
 * arrive, tagged with the upload; readers only see items of committed uploads, so
 * `commit` — one single-document write — makes them all visible at once, and
 * `abort` deletes what the upload wrote. A crash before commit leaves only items
 * nobody sees. (Visibility stays with the upload record rather than being copied
 * onto each item afterwards: FerretDB updates documents one at a time, ~10 ms each.)
 */
export class ItemUpload {
  private lines = 0;
  private chunks = 0;
  /** Whether any write was sent: an upload that wrote nothing has nothing to undo. */
  private wrote = false;
  inserted = 0;
  duplicates = 0;

  private constructor(
    private readonly items: ScopedCollection<DatasetItemDoc>,
    private readonly chunkDocs: Collection<DatasetItemChunkDoc>,
    private readonly uploads: ScopedCollection<DatasetUploadDoc>,
    readonly datasetId: string,
    readonly id: string,
  ) {}

  static async begin(
    items: ScopedCollection<DatasetItemDoc>,
    chunkDocs: Collection<DatasetItemChunkDoc>,
    uploads: ScopedCollection<DatasetUploadDoc>,
    datasetId: string,
  ): Promise<ItemUpload> {
    const id = newId('datasetUpload');
    await uploads.insert({
      id,
      dataset_id: datasetId,
      status: 'pending',
      inserted: 0,
      created_at: nowSeconds(),
    });
    return new ItemUpload(items, chunkDocs, uploads, datasetId, id);
  }

  /**
   * Stores a chunk, idempotent on the items' ids: an id already in the dataset is a
   * duplicate, left as it was (also if an unfinished upload holds it: it stays invisible).
   */
  async write(chunk: DatasetItemInput[]): Promise<void> {
    const now = nowSeconds();
    const chunkIndex = this.chunks++;
    const docs = chunk.map((item) => ({
      id: idFromCaller('datasetItem', item.id),
      dataset_id: this.datasetId,
      upload_id: this.id,
      position: `${this.id}/${String(this.lines++).padStart(10, '0')}`,
      input: item.input,
      output: item.output ?? null,
      metadata: item.metadata ?? {},
      created_at: now,
      chunk: chunkIndex,
    }));
    this.wrote = true;
    const stored = await this.items.insertNew(docs);
    const own = docs
      .filter((_, i) => stored[i])
      .map((doc) => ({ ...doc, _id: this.items.key(doc.id), project_id: this.items.projectId }));
    try {
      await insertNew(this.chunkDocs, [
        {
          _id: itemChunkKey(this.items.projectId, this.datasetId, this.id, chunkIndex),
          project_id: this.items.projectId,
          dataset_id: this.datasetId,
          upload_id: this.id,
          index: chunkIndex,
          items: own,
        },
      ]);
    } catch (error) {
      // Items without their chunk could only be found again by a scan: take them back now.
      await deleteByIds(
        this.items.collection,
        own.map((doc) => doc._id),
      ).catch(() => undefined);
      throw error;
    }
    this.inserted += own.length;
    this.duplicates += docs.length - own.length;
  }

  async commit(): Promise<void> {
    await this.uploads.update(this.id, {
      $set: { status: 'committed', inserted: this.inserted, chunks: this.chunks },
    });
  }

  /** Deletes what this upload stored; items it found already there are not its own and stay. */
  async abort(): Promise<void> {
    if (this.wrote) {
      await deleteUploadItems(this.items.collection, this.chunkDocs, {
        projectId: this.items.projectId,
        datasetId: this.datasetId,
        uploadId: this.id,
        chunks: this.chunks,
      });
    }
    await this.uploads.delete(this.id);
  }
}

/** An upload's items and chunks, by `_id` (items listed by the chunks), a chunk at a time. */
export async function deleteUploadItems(
  items: Collection<DatasetItemDoc>,
  chunkDocs: Collection<DatasetItemChunkDoc>,
  upload: { projectId: string; datasetId: string; uploadId: string; chunks: number },
): Promise<void> {
  for (let index = 0; index < upload.chunks; index++) {
    const _id = itemChunkKey(upload.projectId, upload.datasetId, upload.uploadId, index);
    const chunk = await chunkDocs.findOne({ _id });
    if (chunk)
      await deleteByIds(
        items,
        chunk.items.map((item) => item._id),
      );
    await chunkDocs.deleteOne({ _id });
  }
}
