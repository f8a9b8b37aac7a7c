import type { Collection, Document, Filter, UpdateFilter } from 'mongodb';
import type { ListPage } from '../domain/common.js';

/**
 * Every stored resource is keyed `<project_id>/<id>`: a look-up by id is an `_id`
 * equality (the only filter FerretDB answers from an index), and a resource of
 * another project simply does not exist for this key — no query can forget the
 * tenant because the store composes the key itself.
 */
export interface StoredDoc extends Document {
  _id: string;
  id: string;
  project_id: string;
}

export interface ListQuery {
  limit: number;
  after?: string;
  before?: string;
}

export class ScopedCollection<T extends StoredDoc> {
  constructor(
    readonly collection: Collection<T>,
    readonly projectId: string,
  ) {}

  key(id: string): string {
    return `${this.projectId}/${id}`;
  }

  private scope(filter: Filter<T> = {}): Filter<T> {
    return { ...filter, project_id: this.projectId } as Filter<T>;
  }

  async get(id: string): Promise<T | null> {
    return (await this.collection.findOne({ _id: this.key(id) } as Filter<T>)) as T | null;
  }

  async findOne(filter: Filter<T>): Promise<T | null> {
    return (await this.collection.findOne(this.scope(filter))) as T | null;
  }

  async insert(doc: Omit<T, '_id' | 'project_id'>): Promise<T> {
    const stored = { ...doc, _id: this.key(doc.id as string), project_id: this.projectId } as unknown as T;
    await this.collection.insertOne(stored as never);
    return stored;
  }

  /** Applies `update` and returns the document after it, or null when absent. */
  async update(id: string, update: UpdateFilter<T>): Promise<T | null> {
    const result = await this.collection.updateOne({ _id: this.key(id) } as Filter<T>, update);
    if (result.matchedCount === 0) return null;
    return this.get(id);
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.collection.deleteOne({ _id: this.key(id) } as Filter<T>);
    return result.deletedCount === 1;
  }

  count(filter: Filter<T> = {}): Promise<number> {
    return this.collection.countDocuments(this.scope(filter));
  }

  /** Newest first; `after`/`before` are ids of the previous page's last/first element. */
  async list(filter: Filter<T>, query: ListQuery): Promise<{ docs: T[]; total: number; hasMore: boolean }> {
    const scoped = this.scope(filter) as Document;
    const page: Document = { ...scoped };
    if (query.after) page._id = { $lt: this.key(query.after) };
    if (query.before) page._id = { $gt: this.key(query.before) };
    const ascending = Boolean(query.before);
    const [docs, total] = await Promise.all([
      this.collection
        .find(page as Filter<T>)
        .sort({ _id: ascending ? 1 : -1 })
        .limit(query.limit + 1)
        .toArray(),
      this.collection.countDocuments(scoped as Filter<T>),
    ]);
    const hasMore = docs.length > query.limit;
    const pageDocs = docs.slice(0, query.limit) as T[];
    if (ascending) pageDocs.reverse();
    return { docs: pageDocs, total, hasMore };
  }
}

export function toListPage<D, T extends { id: string }>(
  result: { docs: D[]; total: number; hasMore: boolean },
  present: (doc: D) => T,
): ListPage<T> {
  const data = result.docs.map(present);
  return {
    object: 'list',
    data,
    total: result.total,
    has_more: result.hasMore,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
  };
}
