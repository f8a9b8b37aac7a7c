import { z } from 'zod';
import { idSchema, intervalSchema } from './common.js';
import { meanIntervalMethods } from './runs.js';

/** `GET /v1/evaluations/runs/{id}/compare?baseline=`: the run compared with is named by id. */
export const runComparisonQuerySchema = z.object({ baseline: idSchema('run') }).strict();

const interval = intervalSchema.nullable();

/**
 * One run's metric over the paired items only, so that the difference of the two
 * means equals the mean of the per-item differences.
 */
const pairedSideSchema = z.object({
  mean: z.number().nullable(),
  mean_ci95: interval,
  /** Null when the evaluator gave no pass/fail verdict (no threshold) on the paired items. */
  pass_rate: z.number().nullable(),
  pass_rate_ci95: interval,
});

export const comparisonVerdicts = ['regression', 'improvement', 'unchanged', 'insufficient_data'] as const;
export type ComparisonVerdict = (typeof comparisonVerdicts)[number];

export const metricComparisonSchema = z
  .object({
    evaluator_id: z.string(),
    evaluator_name: z.string(),
    model: z.string().nullable(),
    /** Items both runs scored with this evaluator and model. */
    n: z.number().int(),
    /** Results scored in only one of the two runs (not compared). */
    unpaired: z.object({ run: z.number().int(), baseline: z.number().int() }),
    /** The evaluator's scale every interval here stays within (null: undeclared). */
    score_range: intervalSchema.nullable(),
    /**
     * How the means' intervals were made (the run's side; see metrics). The pass rates' are Wilson's;
     * the differences' Student's t, clipped to ±(high − low) (scores) and ±1 (verdicts).
     */
    ci95_method: z.enum(meanIntervalMethods),
    run: pairedSideSchema,
    baseline: pairedSideSchema,
    /** Mean over paired items of (run score − baseline score), with its 95% interval. */
    mean_difference: z.number().nullable(),
    mean_difference_ci95: interval,
    /** The same for pass (1) / fail (0), over paired items where both runs gave a verdict. */
    pass_rate_difference: z.number().nullable(),
    pass_rate_difference_ci95: interval,
    /**
     * From the score difference: `regression` only when its whole 95% interval is below
     * zero, `improvement` when above, `unchanged` when it contains zero,
     * `insufficient_data` below two paired items (no interval).
     */
    verdict: z.enum(comparisonVerdicts),
  })
  .meta({ id: 'MetricComparison' });
export type MetricComparison = z.infer<typeof metricComparisonSchema>;

export const runComparisonSchema = z
  .object({
    object: z.literal('evaluation.run_comparison'),
    run_id: z.string(),
    baseline_run_id: z.string(),
    run_status: z.string(),
    baseline_status: z.string(),
    /** Distinct items with at least one score in both runs. */
    paired_items: z.number().int(),
    /** Why `comparisons` is empty or all `insufficient_data`; null otherwise. */
    reason: z.string().nullable(),
    /** Regressions first (largest drop first), then improvements, then the rest. */
    comparisons: z.array(metricComparisonSchema),
  })
  .meta({ id: 'RunComparison' });
export type RunComparison = z.infer<typeof runComparisonSchema>;
