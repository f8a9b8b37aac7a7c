import type { Db } from 'mongodb';
import type { Dataset, DatasetCreate, DatasetItem } from '../domain/datasets.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { ItemUpload, type DatasetItemDoc, type DatasetUploadDoc } from './datasetUploads.js';
import { isIdOf, newId, nowSeconds } from './ids.js';
import { isDuplicateKeyError } from './mongo.js';
import { refuseWhileLiveRunUses } from './runUsage.js';
import { ScopedCollection, toListPage, type ListOrder, type ListQuery, type StoredDoc } from './scoped.js';

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

const uploadOrder: ListOrder = { field: 'position', descending: false };

export class DatasetStore {
  readonly docs: ScopedCollection<DatasetDoc>;
  private readonly uploads: ScopedCollection<DatasetUploadDoc>;

  constructor(
    private readonly db: Db,
    readonly projectId: string,
  ) {
    this.docs = new ScopedCollection(db.collection<DatasetDoc>('datasets'), projectId);
    this.uploads = new ScopedCollection(db.collection<DatasetUploadDoc>('dataset_uploads'), projectId);
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
    return ItemUpload.begin(this.itemsOf(datasetId), this.uploads, datasetId);
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

  /** Items readers may see: those of committed uploads (one per append, so a short list). */
  private async visibleItems(datasetId: string) {
    const committed = await this.uploads.findMany({ dataset_id: datasetId, status: 'committed' });
    return { dataset_id: datasetId, upload_id: { $in: committed.map((upload) => upload.id) } };
  }

  async listItems(datasetId: string, query: ListQuery) {
    const items = this.itemsOf(datasetId);
    return toListPage(
      await items.list(await this.visibleItems(datasetId), query, uploadOrder),
      presentDatasetItem,
    );
  }

  /** A dataset's committed items in upload order, streamed a page at a time (for the run engine). */
  async *iterateItems(
    datasetId: string,
    options: { limit?: number; after?: string } = {},
  ): AsyncGenerator<DatasetItemDoc> {
    yield* this.itemsOf(datasetId).iterate(await this.visibleItems(datasetId), uploadOrder, options);
  }

  /** Items first and the dataset last, so a delete cut short can simply be repeated. */
  async delete(idOrName: string): Promise<DatasetDoc> {
    const doc = await this.require(idOrName);
    await refuseWhileLiveRunUses(this.db, this.projectId, { datasetId: doc.id }, 'dataset');
    await this.itemsOf(doc.id).deleteMany({ dataset_id: doc.id });
    await this.uploads.deleteMany({ dataset_id: doc.id });
    await this.docs.delete(doc.id);
    return doc;
  }

  /** A deleted container no longer scopes its datasets; they stay, project-wide. */
  async detachContainer(containerId: string): Promise<void> {
    await this.docs.updateMany(
      { container_id: containerId },
      { $set: { container_id: null, updated_at: nowSeconds() } },
    );
  }
}
