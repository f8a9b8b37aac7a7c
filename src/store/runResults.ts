import type { Collection, Db, Filter } from 'mongodb';
import type { ListPage } from '../domain/common.js';
import type { RunResult } from '../domain/runs.js';
import { findByIds, insertNew } from './mongo.js';
import { ResultIndex } from './resultIndex.js';

export const RUN_RESULTS_COLLECTION = 'run_results';

/**
 * One score of one (item, evaluator, model). Its `_id` is derived from exactly
 * that tuple, so a retried or duplicated batch upserts the same document and a
 * result can never be counted twice.
 */
export type RunResultDoc = Omit<RunResult, 'object' | 'id' | 'parse_failures'> & {
  _id: string;
  /** Absent on results written before it was recorded. */
  parse_failures?: number;
  project_id: string;
  /** Index of the batch that produced it (for operators tracing a batch). */
  batch: number;
};

export const resultKey = (runId: string, itemId: string, evaluatorId: string, model: string | null) =>
  `${runId}/${itemId}/${evaluatorId}/${model ?? '-'}`;

export const presentResult = ({ _id, project_id: _p, batch: _b, ...doc }: RunResultDoc): RunResult => ({
  object: 'evaluation.result',
  id: _id,
  ...doc,
  parse_failures: doc.parse_failures ?? 0,
});

export type ResultScore = Pick<
  RunResultDoc,
  'item_id' | 'evaluator_id' | 'model' | 'status' | 'score' | 'passed'
>;

/** Database-level result filters (the route resolves evaluator names to ids first). */
export interface ResultFilter {
  evaluator_id?: string;
  model?: string;
  passed?: boolean;
  status?: RunResult['status'];
  error?: boolean;
  item_id?: string;
}

export async function ensureRunResultIndexes(db: Db): Promise<void> {
  await db.collection(RUN_RESULTS_COLLECTION).createIndex({ run_id: 1, _id: 1 });
  await db.collection(RUN_RESULTS_COLLECTION).createIndex({ run_id: 1, evaluator_id: 1, _id: 1 });
}

export class RunResultStore {
  readonly collection: Collection<RunResultDoc>;
  readonly index: ResultIndex;

  constructor(db: Db, index = new ResultIndex(db)) {
    this.collection = db.collection<RunResultDoc>(RUN_RESULTS_COLLECTION);
    this.index = index;
  }

  /** The results that already exist among `keys`. */
  findByKeys(keys: readonly string[]): Promise<Map<string, RunResultDoc>> {
    return findByIds(this.collection, keys);
  }

  /**
   * Inserts results; one whose `_id` already exists (written by a duplicated or
   * earlier attempt) is kept as it was. Either way there is exactly one per key.
   */
  async insert(docs: RunResultDoc[]): Promise<void> {
    await insertNew(this.collection, docs);
  }

  private where(runId: string, filter: ResultFilter): Filter<RunResultDoc> {
    const conditions: Filter<RunResultDoc>[] = [{ run_id: runId }];
    if (filter.evaluator_id) conditions.push({ evaluator_id: filter.evaluator_id });
    if (filter.model) conditions.push({ model: filter.model });
    if (filter.passed !== undefined) conditions.push({ passed: filter.passed });
    if (filter.status) conditions.push({ status: filter.status });
    if (filter.error !== undefined) conditions.push({ status: filter.error ? 'error' : { $ne: 'error' } });
    // An item's results are one `_id` range (keys start `run/item/`), which the `_id` index serves.
    if (filter.item_id !== undefined) {
      const itemKey = `${runId}/${filter.item_id}`;
      // '0' is the character after '/': the range holds exactly the keys under `run/item/`.
      conditions.push({ _id: { $gt: `${itemKey}/`, $lt: `${itemKey}0` } }, { item_id: filter.item_id });
    }
    return conditions.length === 1 ? conditions[0]! : { $and: conditions };
  }

  /**
   * Ordered by `_id` (item, evaluator, model); `after`/`before` are result ids. From
   * the run's result index (see resultIndex.ts): look-ups only, whatever is stored.
   */
  async page(
    runId: string,
    filter: ResultFilter,
    query: { limit: number; after?: string; before?: string },
  ): Promise<ListPage<RunResult>> {
    // The index groups results by evaluator, model and outcome, not by item; one item's
    // results are a short `_id` range, which the query path serves.
    const indexed = filter.item_id === undefined ? await this.index.page(runId, filter, query) : null;
    if (!indexed) return this.pageByQuery(runId, filter, query);
    const found = await findByIds(this.collection, indexed.ids);
    const data = indexed.ids.flatMap((id) => {
      const doc = found.get(id);
      return doc ? [presentResult(doc)] : [];
    });
    return {
      object: 'list',
      data,
      total: indexed.total,
      has_more: indexed.hasMore,
      first_id: data[0]?.id ?? null,
      last_id: data.at(-1)?.id ?? null,
    };
  }

  /** A run stored before result indexes existed: a query (which scans on FerretDB). */
  private async pageByQuery(
    runId: string,
    filter: ResultFilter,
    query: { limit: number; after?: string; before?: string },
  ): Promise<ListPage<RunResult>> {
    const where = this.where(runId, filter);
    // With both cursors: the first page strictly between them.
    const bounds: Filter<RunResultDoc>[] = [
      ...(query.after ? [{ _id: { $gt: query.after } }] : []),
      ...(query.before ? [{ _id: { $lt: query.before } }] : []),
    ];
    const paged: Filter<RunResultDoc> = bounds.length > 0 ? { $and: [where, ...bounds] } : where;
    const descending = Boolean(query.before) && !query.after;
    const [docs, total] = await Promise.all([
      this.collection
        .find(paged)
        .sort({ _id: descending ? -1 : 1 })
        .limit(query.limit + 1)
        .toArray(),
      this.collection.countDocuments(where),
    ]);
    const hasMore = docs.length > query.limit;
    const pageDocs = docs.slice(0, query.limit);
    if (descending) pageDocs.reverse();
    const data = pageDocs.map(presentResult);
    return {
      object: 'list',
      data,
      total,
      has_more: hasMore,
      first_id: data[0]?.id ?? null,
      last_id: data.at(-1)?.id ?? null,
    };
  }

  /**
   * For exports, in `_id` order: documents arrive a page at a time, never the whole
   * set at once (from the index when the run has one, else through one cursor).
   */
  async *cursor(runId: string, filter: ResultFilter): AsyncGenerator<RunResultDoc> {
    const ids = filter.item_id === undefined ? await this.index.ids(runId, filter) : null;
    if (!ids) {
      yield* this.collection.find(this.where(runId, filter)).sort({ _id: 1 }).batchSize(200);
      return;
    }
    let chunk: string[] = [];
    const flush = async function* (this: RunResultStore) {
      const found = await findByIds(this.collection, chunk);
      for (const id of chunk) {
        const doc = found.get(id);
        if (doc) yield doc;
      }
      chunk = [];
    }.bind(this);
    for await (const id of ids) {
      chunk.push(id);
      if (chunk.length >= EXPORT_CHUNK) yield* flush();
    }
    yield* flush();
  }

  /** Only what a comparison needs of each result, read the way exports read them (`_id` order, in pages). */
  async *scores(runId: string): AsyncGenerator<ResultScore> {
    for await (const r of this.cursor(runId, {})) {
      yield {
        item_id: r.item_id,
        evaluator_id: r.evaluator_id,
        model: r.model,
        status: r.status,
        score: r.score,
        passed: r.passed,
      };
    }
  }
}

/** Results fetched per round of `_id` look-ups while exporting. */
const EXPORT_CHUNK = 200;
