import { rowOf, storableRow } from '../domain/storableRow.js';
import type { Db } from 'mongodb';
import type { DataSourceConfig, Eval, EvalRun, OpenAiList, OpenAiListQuery } from '../domain/evals.js';
import type { RunDataSource } from '../domain/evalRunDataSources.js';
import type { Grader } from '../domain/graders.js';
import { NotFoundError } from '../domain/errors.js';
import { ScopedCollection, type StoredDoc } from './scoped.js';

/**
 * An eval of the OpenAI-compatible API. It lives on the native engine as a
 * container (its runs' home) holding one `grader` evaluator per testing criterion.
 */
export interface EvalDoc extends StoredDoc {
  name: string;
  metadata: Record<string, string> | null;
  data_source_config: DataSourceConfig;
  testing_criteria: Grader[];
  container_id: string;
  /** The native evaluator of each testing criterion, in the same order. */
  evaluator_ids: string[];
  created_at: number;
  updated_at: number;
}

/**
 * The OpenAI face of a native evaluation run (same id): what the Evals API shows
 * that the native run does not hold. `item_count` comes from the items written.
 */
export interface EvalRunDoc extends StoredDoc {
  eval_id: string;
  name: string;
  metadata: Record<string, string> | null;
  data_source: RunDataSource;
  /** The dataset holding the run's items (jsonl and completions over file content or a file). */
  dataset_id: string | null;
  created_at: number;
  /** When the Evals API answered a cancel `canceled` (the native run still finishes its items in flight). */
  cancel_requested_at?: number;
  /** Counts of a finished run, kept so they are computed from its results once. */
  summary?: Pick<EvalRun, 'result_counts' | 'per_model_usage' | 'per_testing_criteria_results'> & {
    /** The model the given samples name (jsonl runs); absent on summaries kept before it was. */
    model?: string | null;
  };
}

/**
 * A custom config's `schema` holds the caller's `item_schema`, any JSON: kept as text when the
 * store cannot hold it as a document (an array inside an array, a `$` key), as rows are.
 */
export function storedDataSourceConfig(config: DataSourceConfig): DataSourceConfig {
  return config.type === 'custom'
    ? { ...config, schema: storableRow(config.schema) as typeof config.schema }
    : config;
}

/** The config `storedDataSourceConfig` was given. */
export function evalDataSourceConfig(doc: Pick<EvalDoc, 'data_source_config'>): DataSourceConfig {
  const config = doc.data_source_config;
  return config.type === 'custom'
    ? { ...config, schema: rowOf(config.schema) as typeof config.schema }
    : config;
}

export const presentEval = (doc: EvalDoc): Eval => ({
  object: 'eval',
  id: doc.id,
  name: doc.name,
  metadata: doc.metadata,
  data_source_config: evalDataSourceConfig(doc),
  testing_criteria: doc.testing_criteria,
  created_at: doc.created_at,
});

export function openAiPage<D extends { id: string }, T extends { id: string }>(
  page: { docs: D[]; hasMore: boolean },
  present: (doc: D) => T,
): OpenAiList<T> {
  const data = page.docs.map(present);
  return {
    object: 'list',
    data,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
    has_more: page.hasMore,
  };
}

export const orderOf = (query: { order: 'asc' | 'desc' }) => ({
  field: '_id',
  descending: query.order === 'desc',
});

export async function ensureEvalIndexes(db: Db): Promise<void> {
  await db.collection('evals').createIndex({ project_id: 1, _id: 1 });
  await db.collection('evals').createIndex({ project_id: 1, updated_at: 1, _id: 1 });
  await db.collection('eval_runs').createIndex({ project_id: 1, eval_id: 1, _id: 1 });
  await db.collection('eval_files').createIndex({ project_id: 1, purpose: 1, _id: 1 });
}

export class EvalStore {
  readonly evals: ScopedCollection<EvalDoc>;
  readonly runs: ScopedCollection<EvalRunDoc>;

  constructor(db: Db, projectId: string) {
    this.evals = new ScopedCollection(db.collection<EvalDoc>('evals'), projectId);
    this.runs = new ScopedCollection(db.collection<EvalRunDoc>('eval_runs'), projectId);
  }

  async requireEval(id: string): Promise<EvalDoc> {
    const doc = await this.evals.get(id);
    if (!doc) throw new NotFoundError('eval', id);
    return doc;
  }

  /** An eval run of this eval (a run of another eval is not found under this one). */
  async requireRun(evalId: string, runId: string): Promise<EvalRunDoc> {
    const doc = await this.runs.get(runId);
    if (!doc || doc.eval_id !== evalId) throw new NotFoundError('eval_run', runId);
    return doc;
  }

  async listEvals(
    query: OpenAiListQuery & { order_by: 'created_at' | 'updated_at' },
  ): Promise<OpenAiList<Eval>> {
    // Ids are time-ordered, so creation order is id order; an update moves an eval in `updated_at` order.
    const order =
      query.order_by === 'updated_at'
        ? { field: 'updated_at', descending: query.order === 'desc' }
        : orderOf(query);
    const page = await this.evals.list({}, { limit: query.limit, after: query.after }, order);
    return openAiPage(page, presentEval);
  }
}
