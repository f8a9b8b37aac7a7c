import type { RunResult } from '../domain/runs.js';

/** A stored result, its key and how the API presents it: shared by the results store and its index. */
/**
 * One score of one (item, evaluator, model). Its `_id` is derived from exactly
 * that tuple, so a retried or duplicated batch upserts the same document and a
 * result can never be counted twice.
 */
export type RunResultDoc = Omit<
  RunResult,
  | 'object'
  | 'id'
  | 'parse_failures'
  | 'escalations'
  | 'unreadable_replies'
  | 'panel'
  | 'comparison'
  | 'cache_hits'
  | 'saved_usd'
> & {
  /** A comparing evaluator's verdicts (absent on pointwise results). */
  comparison?: RunResult['comparison'];
  _id: string;
  /** Absent on results written before they were recorded (and on results with nothing to say). */
  parse_failures?: number;
  escalations?: number;
  unreadable_replies?: string[];
  panel?: RunResult['panel'];
  /** Only where the project answer cache answered a judge call. */
  cache_hits?: number;
  saved_usd?: number;
  project_id: string;
  /** Index of the batch that produced it (for operators tracing a batch). */
  batch: number;
  /** Copied from the parent run by a rerun, not evaluated again (absent otherwise). */
  carried_over?: boolean;
};

export const resultKey = (runId: string, itemId: string, evaluatorId: string, model: string | null) =>
  `${runId}/${itemId}/${evaluatorId}/${model ?? '-'}`;

export const presentResult = ({
  _id,
  project_id: _p,
  batch: _b,
  carried_over: _c,
  ...doc
}: RunResultDoc): RunResult => ({
  object: 'evaluation.result',
  id: _id,
  ...doc,
  parse_failures: doc.parse_failures ?? 0,
  escalations: doc.escalations ?? 0,
  unreadable_replies: doc.unreadable_replies ?? [],
  panel: doc.panel ?? null,
  comparison: doc.comparison ?? null,
  cache_hits: doc.cache_hits ?? 0,
  saved_usd: doc.saved_usd ?? 0,
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
