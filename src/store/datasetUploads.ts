import type { DatasetItemInput } from '../domain/datasets.js';
import type { LlmInput, LlmOutput } from '../domain/common.js';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Collection } from 'mongodb';
import { ConflictError } from '../domain/errors.js';
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
  /** The chunk of its upload holding a copy of it. */
  chunk: number;
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
  /**
   * The items as one JSON string: FerretDB converts every stored value to BSON on each
   * read, one by one, and a chunk of a thousand items read as documents cost it most of a
   * hundred milliseconds (see the results index's `json`).
   */
  items_json: string;
}

/** A chunk's items (none for a chunk that is not there). */
export const chunkItems = (chunk: DatasetItemChunkDoc | null): DatasetItemDoc[] =>
  chunk ? (JSON.parse(chunk.items_json) as DatasetItemDoc[]) : [];

export const DATASET_ITEM_CHUNKS_COLLECTION = 'dataset_item_chunks';

export const itemChunkKey = (projectId: string, datasetId: string, uploadId: string, index: number) =>
  `${projectId}/${datasetId}/${uploadId}/${index}`;

export interface DatasetUploadDoc extends StoredDoc {
  dataset_id: string;
  status: 'pending' | 'committed';
  /** Items this upload stored (not the duplicates it found), counted into the dataset's item_count. */
  inserted: number;
  /**
   * Until when (ms since epoch) the process writing a pending upload is presumed alive;
   * renewed by a heartbeat. Past it, the upload died with its process (a crash cut it
   * off): its items are nobody's and are reclaimed or swept.
   */
  lease_until?: number;
  created_at: number;
  /** Chunks the upload wrote: set at commit (a pending upload's are probed, see `deleteItemsOf`). */
  chunks?: number;
}

/** A committed upload: readers see its items, in its `chunks` chunks. */
export type CommittedUploadDoc = DatasetUploadDoc & { status: 'committed'; chunks: number };

/** A crashed upload holds its item ids this long at most; the heartbeat renews it well before. */
const UPLOAD_LEASE_MS = 10_000;
const UPLOAD_HEARTBEAT_MS = 2_000;
/** How long a write waits for another live upload holding some of its ids before answering 409. */
const HELD_ITEMS_WAIT_MS = UPLOAD_LEASE_MS + 5_000;

type NewItem = Omit<DatasetItemDoc, '_id' | 'project_id'>;

const isLive = (upload: DatasetUploadDoc | undefined, now: number) =>
  upload?.status === 'pending' && (upload.lease_until ?? 0) >= now;
/** Gone (aborted or swept) or pending past its lease: its items are nobody's. */
const isDead = (upload: DatasetUploadDoc | undefined, now: number) =>
  !upload || (upload.status === 'pending' && (upload.lease_until ?? 0) < now);

/**
 * Deletes a dead upload's items and chunks, then its record. Scans on FerretDB (a
 * pending upload never recorded how many chunks it wrote): only for the rare dead upload.
 */
async function sweep(
  items: ScopedCollection<DatasetItemDoc>,
  chunkDocs: Collection<DatasetItemChunkDoc>,
  uploads: ScopedCollection<DatasetUploadDoc>,
  uploadId: string,
): Promise<void> {
  await items.deleteMany({ upload_id: uploadId });
  await chunkDocs.deleteMany({ project_id: items.projectId, upload_id: uploadId });
  await uploads.delete(uploadId);
}

const heldByAnotherUpload = (docs: NewItem[]) =>
  new ConflictError(
    'items_upload_in_progress',
    `Another upload to this dataset is still writing items with these ids: ${docs
      .slice(0, 5)
      .map((doc) => doc.id)
      .join(', ')}${docs.length > 5 ? ', ...' : ''}. Retry when it is done.`,
  );

/**
 * Appending items all-or-nothing without transactions. Items are written as they
 * arrive, tagged with the upload; readers only see items of committed uploads, so
 * `commit` — one single-document write — makes them all visible at once, and
 * `abort` deletes what the upload wrote. A crash before commit leaves only items
 * nobody sees, under an upload whose lease then runs out: a later upload of the
 * same ids takes them over, and the next upload to the dataset sweeps the rest.
 * (Visibility stays with the upload record rather than being copied onto each item
 * afterwards: FerretDB updates documents one at a time, ~10 ms each.)
 */
export class ItemUpload {
  private lines = 0;
  private chunks = 0;
  /** Whether any write was sent: an upload that wrote nothing has nothing to undo. */
  private wrote = false;
  private readonly heartbeat: NodeJS.Timeout;
  /**
   * The renewal on its way, if any: a beat while one is still out is skipped, and commit and abort
   * wait for it. FerretDB updates a document by reading it and writing it back whole, so a
   * renewal racing the commit could write the upload back as pending: measured, 242 of 300 such
   * pairs lost one update, and 1 upload in 100 of a 1,000,000-item dataset came back pending and
   * was swept with its items. One writer at a time per document (the store's rule) keeps every commit.
   */
  private renewal: Promise<void> | null = null;
  inserted = 0;
  duplicates = 0;

  private constructor(
    private readonly items: ScopedCollection<DatasetItemDoc>,
    private readonly chunkDocs: Collection<DatasetItemChunkDoc>,
    private readonly uploads: ScopedCollection<DatasetUploadDoc>,
    readonly datasetId: string,
    readonly id: string,
  ) {
    this.heartbeat = setInterval(() => {
      this.renewal ??= this.uploads
        .update(this.id, { $set: { lease_until: Date.now() + UPLOAD_LEASE_MS } })
        .then(
          () => {},
          () => {
            // A missed beat is harmless while the next one lands within the lease.
          },
        )
        .finally(() => (this.renewal = null));
    }, UPLOAD_HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  static async begin(
    items: ScopedCollection<DatasetItemDoc>,
    chunkDocs: Collection<DatasetItemChunkDoc>,
    uploads: ScopedCollection<DatasetUploadDoc>,
    datasetId: string,
  ): Promise<ItemUpload> {
    await ItemUpload.sweepDead(items, chunkDocs, uploads, datasetId);
    const id = newId('datasetUpload');
    await uploads.insert({
      id,
      dataset_id: datasetId,
      status: 'pending',
      inserted: 0,
      lease_until: Date.now() + UPLOAD_LEASE_MS,
      created_at: nowSeconds(),
    });
    return new ItemUpload(items, chunkDocs, uploads, datasetId, id);
  }

  /** Deletes what uploads that died before committing left of this dataset (rare: a scan each on FerretDB). */
  private static async sweepDead(
    items: ScopedCollection<DatasetItemDoc>,
    chunkDocs: Collection<DatasetItemChunkDoc>,
    uploads: ScopedCollection<DatasetUploadDoc>,
    datasetId: string,
  ): Promise<void> {
    const now = Date.now();
    const pending = await uploads.findMany({ dataset_id: datasetId, status: 'pending' });
    for (const upload of pending) if (isDead(upload, now)) await sweep(items, chunkDocs, uploads, upload.id);
  }

  /**
   * Stores a chunk, idempotent on the items' ids: an id already in the dataset is a
   * duplicate, left as it was. An id held by an upload that never committed is not:
   * a dead upload's item is taken over, and a live one's waited for (409 if it takes
   * too long), so a crash never leaves ids that count as duplicates but cannot be seen.
   */
  async write(chunk: DatasetItemInput[]): Promise<void> {
    const now = nowSeconds();
    const chunkIndex = this.chunks++;
    const docs: NewItem[] = chunk.map((item) => ({
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
    // Ids only an unfinished upload held are this upload's too (see insertHeld).
    const reclaimed = await this.insertHeld(docs.filter((_, i) => !stored[i]));
    const own = [...docs.filter((_, i) => stored[i]), ...reclaimed]
      .sort((x, y) => String(x.position).localeCompare(String(y.position)))
      .map(
        (doc) =>
          ({ ...doc, _id: this.items.key(doc.id), project_id: this.items.projectId }) as DatasetItemDoc,
      );
    try {
      await insertNew(this.chunkDocs, [
        {
          _id: itemChunkKey(this.items.projectId, this.datasetId, this.id, chunkIndex),
          project_id: this.items.projectId,
          dataset_id: this.datasetId,
          upload_id: this.id,
          index: chunkIndex,
          items_json: JSON.stringify(own),
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

  /** Inserts those of `docs` whose ids only an unfinished upload held; returns those it inserted. */
  private async insertHeld(docs: NewItem[]): Promise<NewItem[]> {
    const inserted: NewItem[] = [];
    let open = docs;
    const deadline = Date.now() + HELD_ITEMS_WAIT_MS;
    while (open.length > 0) {
      const existing = await this.items.getMany(open.map((doc) => doc.id));
      const holderIds = [...new Set([...existing.values()].map((item) => item.upload_id))].filter(
        (id) => id !== this.id,
      );
      let holders = await this.uploads.getMany(holderIds);
      // A live upload holding some ids commits or aborts soon: wait for it, within reason.
      while (holderIds.some((id) => isLive(holders.get(id), Date.now()))) {
        if (Date.now() > deadline) throw heldByAnotherUpload(open);
        await sleep(250);
        holders = await this.uploads.getMany(holderIds);
      }
      const now = Date.now();
      for (const id of holderIds) {
        if (isDead(holders.get(id), now)) await sweep(this.items, this.chunkDocs, this.uploads, id);
      }
      const retry = open.filter((doc) => {
        const holder = existing.get(doc.id)?.upload_id;
        return holder === undefined || (holder !== this.id && holders.get(holder)?.status !== 'committed');
      });
      const stored = await this.items.insertNew(retry);
      inserted.push(...retry.filter((_, i) => stored[i]));
      // An id lost to a racing upload: look at who holds it now.
      open = retry.filter((_, i) => !stored[i]);
      if (open.length > 0 && Date.now() > deadline) throw heldByAnotherUpload(open);
    }
    return inserted;
  }

  /** No renewal starts after this, and none is still on its way when it resolves. */
  private async stopRenewing(): Promise<void> {
    clearInterval(this.heartbeat);
    await this.renewal;
  }

  async commit(): Promise<void> {
    await this.stopRenewing();
    const committed = await this.uploads.update(this.id, {
      $set: { status: 'committed', inserted: this.inserted, chunks: this.chunks },
    });
    // Swept as dead (its heartbeat stalled past the lease): its items may be gone.
    if (!committed) {
      throw new ConflictError('upload_interrupted', 'The upload stalled and was discarded; send it again.');
    }
  }

  /** Deletes what this upload stored; items it found already there are not its own and stay. */
  async abort(): Promise<void> {
    await this.stopRenewing();
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
        chunkItems(chunk).map((item) => item._id),
      );
    await chunkDocs.deleteOne({ _id });
  }
}
