import type { DatasetItemInput } from '../domain/datasets.js';
import type { LlmInput, LlmOutput } from '../domain/common.js';
import { idFromCaller, newId, nowSeconds } from './ids.js';
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
}

export interface DatasetUploadDoc extends StoredDoc {
  dataset_id: string;
  status: 'pending' | 'committed';
  /** Items this upload stored (not the duplicates it found), counted into the dataset's item_count. */
  inserted: number;
  created_at: number;
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
  /** Whether any write was sent: an upload that wrote nothing has nothing to undo. */
  private wrote = false;
  inserted = 0;
  duplicates = 0;

  private constructor(
    private readonly items: ScopedCollection<DatasetItemDoc>,
    private readonly uploads: ScopedCollection<DatasetUploadDoc>,
    readonly datasetId: string,
    readonly id: string,
  ) {}

  static async begin(
    items: ScopedCollection<DatasetItemDoc>,
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
    return new ItemUpload(items, uploads, datasetId, id);
  }

  /**
   * Stores a chunk, idempotent on the items' ids: an id already in the dataset is a
   * duplicate, left as it was (also if an unfinished upload holds it: it stays invisible).
   */
  async write(chunk: DatasetItemInput[]): Promise<void> {
    const now = nowSeconds();
    const docs = chunk.map((item) => ({
      id: idFromCaller('datasetItem', item.id),
      dataset_id: this.datasetId,
      upload_id: this.id,
      position: `${this.id}/${String(this.lines++).padStart(10, '0')}`,
      input: item.input,
      output: item.output ?? null,
      metadata: item.metadata ?? {},
      created_at: now,
    }));
    this.wrote = true;
    const inserted = (await this.items.insertNew(docs)).filter(Boolean).length;
    this.inserted += inserted;
    this.duplicates += docs.length - inserted;
  }

  async commit(): Promise<void> {
    await this.uploads.update(this.id, { $set: { status: 'committed', inserted: this.inserted } });
  }

  /** Deletes what this upload stored; items it found already there are not its own and stay. */
  async abort(): Promise<void> {
    // A scan on FerretDB (`upload_id` is not `_id`), so skipped when nothing was written.
    if (this.wrote) await this.items.deleteMany({ upload_id: this.id });
    await this.uploads.delete(this.id);
  }
}
