import type { Db, Document, Filter } from 'mongodb';
import type { Run, RunStall, RunStatus } from '../domain/runs.js';
import type { RerunSpec } from '../domain/reruns.js';
import { NotFoundError } from '../domain/errors.js';
import { isDuplicateKeyError } from './mongo.js';
import { ScopedCollection, toListPage, type ListQuery, type StoredDoc } from './scoped.js';

export const RUNS_COLLECTION = 'runs';

/**
 * The run projection the API serves. Written once by the API at creation, then
 * only by the run's workflow (through its projection activities) by `_id`: one
 * writer per document, which FerretDB's unversioned updates need and which keeps
 * a busy run from becoming a hot document on MongoDB.
 */
export type RunDoc = StoredDoc &
  Omit<Run, 'object' | 'id' | 'stall' | 'parent_run_id'> & {
    id: string;
    /** Written by the workflow once a provider fails; absent before. */
    stall?: RunStall | null;
    /** Every dataset either side reads, so deleting one a live run uses can be refused. */
    dataset_ids: string[];
    /** Set on a rerun: its parent and what it evaluates again. */
    rerun?: RerunSpec;
  };

/** The fields a projection may set: everything the workflow learns as the run goes. */
export type RunProjection = Partial<
  Pick<
    RunDoc,
    | 'status'
    | 'status_reason'
    | 'stall'
    | 'progress'
    | 'metrics'
    | 'results'
    | 'error'
    | 'started_at'
    | 'completed_at'
  >
> & {
  estimated_usd?: number;
  actual_usd?: number;
  budget_usd?: number | null;
  cache?: { hits: number; saved_usd: number };
  sample_item_count?: number;
  ground_truth_item_count?: number;
};

export const presentRun = (doc: RunDoc): Run => ({
  object: 'evaluation.run',
  id: doc.id,
  process_id: doc.process_id,
  status: doc.status,
  status_reason: doc.status_reason,
  stall: doc.stall ?? null,
  evaluator_ids: doc.evaluator_ids,
  container_id: doc.container_id,
  dataset_id: doc.dataset_id,
  sample: doc.sample,
  ground_truth: doc.ground_truth,
  results: doc.results,
  metrics: doc.metrics,
  config: doc.config,
  estimated_spend: doc.estimated_spend,
  metadata: doc.metadata,
  environment: doc.environment,
  parent_run_id: doc.rerun?.parent_run_id ?? null,
  progress: doc.progress,
  error: doc.error,
  created_at: doc.created_at,
  started_at: doc.started_at,
  completed_at: doc.completed_at,
});

export async function ensureRunIndexes(db: Db): Promise<void> {
  const runs = db.collection(RUNS_COLLECTION);
  await runs.createIndex({ project_id: 1, container_id: 1, _id: -1 });
  await runs.createIndex({ project_id: 1, status: 1, _id: -1 });
}

export class RunStore {
  readonly docs: ScopedCollection<RunDoc>;

  constructor(
    db: Db,
    private readonly projectId: string,
  ) {
    this.docs = new ScopedCollection(db.collection<RunDoc>(RUNS_COLLECTION), projectId);
  }

  /**
   * The spend of the project's runs: actual spend, or with `reserveLiveEstimates` the larger of
   * actual and estimated for runs still queued, running or paused. Summed by `$group` in the
   * database over the project's runs (few documents, next to results).
   */
  async spendUsd(options: { excludeRunId?: string; reserveLiveEstimates?: boolean } = {}): Promise<number> {
    const match: Document = { project_id: this.projectId };
    if (options.excludeRunId) match.id = { $ne: options.excludeRunId };
    const sum = async (filter: Document, field: string) => {
      const [row] = await this.docs.collection
        .aggregate([
          { $match: filter },
          { $group: { _id: null, total: { $sum: `$estimated_spend.${field}` } } },
        ])
        .toArray();
      return typeof row?.total === 'number' ? row.total : 0;
    };
    const actual = await sum(match, 'actual_usd');
    if (!options.reserveLiveEstimates) return actual;
    // Live runs' estimates beyond their spend so far (FerretDB's $group sums, but has no $max).
    const live = { ...match, status: { $in: ['queued', 'running', 'paused'] } };
    return actual + Math.max(0, (await sum(live, 'estimated_usd')) - (await sum(live, 'actual_usd')));
  }

  async require(id: string): Promise<RunDoc> {
    const doc = await this.docs.get(id);
    if (!doc) throw new NotFoundError('evaluation_run', id);
    return doc;
  }

  /** false when a run with this id already exists (a retried create): it is never overwritten. */
  async insert(doc: Omit<RunDoc, '_id' | 'project_id'>): Promise<boolean> {
    try {
      await this.docs.insert(doc);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async delete(id: string): Promise<void> {
    await this.docs.delete(id);
  }

  async list(filter: { container_id?: string; status?: RunStatus }, query: ListQuery) {
    const where: Filter<RunDoc> = {};
    if (filter.container_id) where.container_id = filter.container_id;
    if (filter.status) where.status = filter.status;
    return toListPage(await this.docs.list(where, query), presentRun);
  }

  /** The workflow's write; false when the document is gone (the run was never fully created). */
  async project(id: string, projection: RunProjection): Promise<boolean> {
    const {
      estimated_usd,
      actual_usd,
      budget_usd,
      cache,
      sample_item_count,
      ground_truth_item_count,
      ...fields
    } = projection;
    const set: Record<string, unknown> = { ...fields };
    if (estimated_usd !== undefined) set['estimated_spend.estimated_usd'] = estimated_usd;
    if (actual_usd !== undefined) set['estimated_spend.actual_usd'] = actual_usd;
    if (budget_usd !== undefined) set['estimated_spend.budget_usd'] = budget_usd;
    if (cache !== undefined) {
      set['estimated_spend.cache_hits'] = cache.hits;
      set['estimated_spend.saved_usd'] = cache.saved_usd;
    }
    if (sample_item_count !== undefined) set['sample.item_count'] = sample_item_count;
    if (ground_truth_item_count !== undefined) set['ground_truth.item_count'] = ground_truth_item_count;
    const result = await this.docs.collection.updateOne({ _id: this.docs.key(id) }, { $set: set });
    return result.matchedCount === 1;
  }
}
