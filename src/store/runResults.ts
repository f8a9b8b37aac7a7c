import type { Collection, Db } from 'mongodb';
import type { ListPage } from '../domain/common.js';
import type { RunResult } from '../domain/runs.js';
import { findByIds, insertNew } from './mongo.js';
import { ResultIndex, type PageFreshness } from './resultIndex.js';
import { resultDocCache } from './resultDocCache.js';
import { SealedResults } from './sealedResults.js';
import { presentResult, type ResultFilter, type ResultScore, type RunResultDoc } from './runResultDocs.js';
import { toListPage } from './scoped.js';

export const RUN_RESULTS_COLLECTION = 'run_results';

export {
  presentResult,
  resultKey,
  type ResultFilter,
  type ResultScore,
  type RunResultDoc,
} from './runResultDocs.js';

export async function ensureRunResultIndexes(db: Db): Promise<void> {
  await db.collection(RUN_RESULTS_COLLECTION).createIndex({ run_id: 1, _id: 1 });
  await db.collection(RUN_RESULTS_COLLECTION).createIndex({ run_id: 1, evaluator_id: 1, _id: 1 });
}

export class RunResultStore {
  readonly collection: Collection<RunResultDoc>;
  readonly index: ResultIndex;
  private readonly sealed: SealedResults;

  constructor(db: Db, index = new ResultIndex(db)) {
    this.collection = db.collection<RunResultDoc>(RUN_RESULTS_COLLECTION);
    this.index = index;
    this.sealed = new SealedResults(index.collection);
  }

  /** The results that already exist among `keys`. */
  findByKeys(keys: readonly string[]): Promise<Map<string, RunResultDoc>> {
    return findByIds(this.collection, keys);
  }

  /**
   * The results of a finished run (`runId`) among `keys`: from its sealed index segments, a
   * look-up per hundred results, or one by one while it is not sealed yet.
   */
  async findFinished(runId: string, keys: readonly string[]): Promise<Map<string, RunResultDoc>> {
    return (await this.sealed.find(runId, keys)) ?? this.findByKeys(keys);
  }

  /**
   * Inserts results; one whose `_id` already exists (written by a duplicated or
   * earlier attempt) is kept as it was. Either way there is exactly one per key.
   */
  async insert(docs: RunResultDoc[]): Promise<void> {
    await insertNew(this.collection, docs);
  }

  /**
   * Ordered by `_id` (item, evaluator, model); `after`/`before` are result ids. From
   * the run's result index (see resultIndex.ts): look-ups only, whatever is stored;
   * a sealed run's page comes whole from its index segments.
   */
  async page(
    runId: string,
    filter: ResultFilter,
    query: { limit: number; after?: string; before?: string },
    freshness: PageFreshness = {},
  ): Promise<ListPage<RunResult>> {
    return toListPage(await this.pageDocs(runId, filter, query, freshness), presentResult);
  }

  /** `page`'s result documents as stored. */
  async pageDocs(
    runId: string,
    filter: ResultFilter,
    query: { limit: number; after?: string; before?: string },
    freshness: PageFreshness = {},
  ): Promise<{ docs: RunResultDoc[]; total: number; hasMore: boolean }> {
    const indexed = await this.index.page(runId, filter, query, freshness);
    // Not carried by a sealed segment: kept from an earlier page of this process, or looked up.
    const kept = new Map<string, RunResultDoc>();
    const missing: string[] = [];
    for (const id of indexed.ids) {
      if (indexed.docs.has(id)) continue;
      const doc = resultDocCache.get(id);
      if (doc) kept.set(id, doc);
      else missing.push(id);
    }
    const found = missing.length > 0 ? await findByIds(this.collection, missing) : new Map();
    for (const doc of found.values()) resultDocCache.keep(doc);
    const docs = indexed.ids.flatMap((id) => {
      const doc = indexed.docs.get(id) ?? kept.get(id) ?? found.get(id);
      return doc ? [doc] : [];
    });
    return { docs, total: indexed.total, hasMore: indexed.hasMore };
  }

  /**
   * For exports, in `_id` order: documents arrive a page at a time, never the whole
   * set at once (from the run's index).
   */
  async *cursor(runId: string, filter: ResultFilter): AsyncGenerator<RunResultDoc> {
    const matches = await this.index.matches(runId, filter);
    // Sealed segments carry their results; the others (a running run's) are looked up a chunk at a time.
    let chunk: { id: string; doc?: RunResultDoc }[] = [];
    const flush = async function* (this: RunResultStore) {
      const missing = chunk.filter((m) => !m.doc).map((m) => m.id);
      const found = missing.length > 0 ? await findByIds(this.collection, missing) : new Map();
      for (const { id, doc } of chunk) {
        const result = doc ?? found.get(id);
        if (result) yield result;
      }
      chunk = [];
    }.bind(this);
    for await (const match of matches) {
      chunk.push(match);
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
