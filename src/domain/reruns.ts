import { z } from 'zod';
import { metadataSchema } from './common.js';
import { chars } from './textLength.js';

/**
 * Which of the parent's results a rerun evaluates again: by status (`errors`,
 * `unscored`), by verdict (`failed`: scored and not passed), every one (`all`), or
 * the results of listed items. Everything else is carried over from the parent.
 */
export const rerunSelectionSchema = z.union([
  z.enum(['errors', 'unscored', 'failed', 'all']),
  z.array(chars(200, 1)).min(1).max(10_000),
]);
export type RerunSelection = z.infer<typeof rerunSelectionSchema>;

export const runRerunSchema = z
  .object({
    only: rerunSelectionSchema.default('errors'),
    /**
     * Evaluators by id, name, or `name@version` / `id@version`; the parent's snapshot when
     * absent. An evaluator (or version) the parent did not use scores every item.
     */
    evaluators: z.array(chars(200, 1)).min(1).max(20).optional(),
    metadata: metadataSchema.optional(),
    budget_usd: z.number().positive().optional(),
  })
  .strict()
  .meta({ id: 'RunRerun' });
export type RunRerun = z.infer<typeof runRerunSchema>;

/** What a rerun's engine needs of its lineage (stored on the run document). */
export interface RerunSpec {
  parent_run_id: string;
  /** The parent's evaluator snapshot, whose results hold the generated texts a rerun reuses. */
  parent_evaluator_ids: string[];
  only: RerunSelection;
  /** The parent's item cut-off: task logs are read as the parent read them. */
  items_as_of: number;
  /** Share of the full item set's calls the rerun makes, so preparation's estimate covers only those. */
  share: number;
}

/** Whether the parent's result is evaluated again (true) or carried over (false). */
export function isSelected(
  only: RerunSelection,
  result: { item_id: string; status: string; passed: boolean | null },
  items?: ReadonlySet<string>,
): boolean {
  if (Array.isArray(only)) return (items ?? new Set(only)).has(result.item_id);
  switch (only) {
    case 'all':
      return true;
    case 'errors':
      return result.status === 'error';
    case 'unscored':
      return result.status === 'unscored';
    case 'failed':
      return result.status === 'scored' && result.passed === false;
  }
}

/** `POST /v1/evaluations/runs/{id}/rerun/estimate`: what the same rerun request would do, without starting it. */
export const rerunEstimateSchema = z
  .object({
    object: z.literal('evaluation.rerun_estimate'),
    parent_run_id: z.string(),
    results: z.number().int().describe('Results the rerun would evaluate anew; the rest is carried over'),
    parent_results: z.number().int().describe("The parent's results of the evaluators it keeps"),
    estimated_usd: z
      .number()
      .describe('The calls it would make, priced (generation only where a text is missing)'),
  })
  .meta({ id: 'RerunEstimate' });
export type RerunEstimate = z.infer<typeof rerunEstimateSchema>;
