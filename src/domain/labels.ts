import { z } from 'zod';
import { externalIdSchema, intervalSchema, listQuerySchema, unixSeconds } from './common.js';

/**
 * Human labels: what people said an item deserves from one evaluator, a score on the evaluator's
 * scale or a pass/fail verdict (or both). A run over labelled items is checked against them
 * (`GET /v1/evaluations/runs/{id}/calibration`) before its judge is trusted.
 */
export const MAX_LABELS_PER_REQUEST = 1000;

export const humanLabelInputSchema = z
  .object({
    /** The dataset item's or task log's id as the API shows it (`dsi_q1` for an item uploaded as `q1`), as a run's results name it (`item_id`). */
    item_id: externalIdSchema,
    score: z.number().finite().optional(),
    passed: z.boolean().optional(),
  })
  .strict()
  .refine((label) => label.score !== undefined || label.passed !== undefined, {
    message: 'a label needs a score, a passed verdict, or both',
    path: ['score'],
  })
  // The refinement, stated in the OpenAPI document too.
  .meta({ anyOf: [{ required: ['score'] }, { required: ['passed'] }] });
export type HumanLabelInput = z.infer<typeof humanLabelInputSchema>;

export const humanLabelsPostSchema = z
  .object({ labels: z.array(humanLabelInputSchema).min(1).max(MAX_LABELS_PER_REQUEST) })
  .strict()
  .meta({ id: 'HumanLabelsCreate' });

export const humanLabelSchema = z
  .object({
    object: z.literal('evaluator.label'),
    evaluator_id: z.string(),
    item_id: z.string(),
    score: z.number().nullable(),
    passed: z.boolean().nullable(),
    updated_at: unixSeconds,
  })
  .meta({ id: 'HumanLabel' });
export type HumanLabel = z.infer<typeof humanLabelSchema>;

export const humanLabelsPostResultSchema = z
  .object({
    object: z.literal('evaluator.labels'),
    evaluator_id: z.string(),
    /** Labels written by this request (a label given again with the same values counts too: idempotent). */
    written: z.number().int(),
  })
  .meta({ id: 'HumanLabelsCreated' });

const coefficientSchema = z.object({
  value: z.number().nullable().describe('null when undefined (no variation on one side, or too few items)'),
  ci95: intervalSchema
    .nullable()
    .describe(
      '95% percentile bootstrap over items (1,000 resamples, fixed seed): the same data gives the same interval',
    ),
});

export const calibrationGroupSchema = z.object({
  evaluator_id: z.string(),
  evaluator_name: z.string(),
  model: z.string().nullable(),
  /** One judge of a panel held against the labels on its own; null for the evaluator's verdict. */
  judge_model: z.string().nullable(),
  /** Labelled items of the run with a result of this evaluator (scored, so comparable). */
  items: z.number().int(),
  spearman: coefficientSchema.describe("Spearman's rank correlation of judge and human scores"),
  cohen_kappa: coefficientSchema.extend({
    weights: z.enum(['none', 'linear', 'quadratic']),
    over: z
      .enum(['scores', 'verdicts'])
      .describe(
        'scores: an ordinal scale (11 or fewer distinct values), quadratic weights; verdicts: pass/fail',
      ),
  }),
  verdict_agreement: z
    .object({
      items: z.number().int(),
      rate: z.number().nullable(),
      ci95: intervalSchema.nullable().describe('Wilson score interval'),
    })
    .describe('Share of items where the judge and the human gave the same pass/fail verdict'),
  confusion: z
    .object({
      pass_pass: z.number().int(),
      pass_fail: z.number().int(),
      fail_pass: z.number().int(),
      fail_fail: z.number().int(),
    })
    .nullable()
    .describe("Human's verdict first, the judge's second; null when no pass/fail exists on both sides"),
  disagreements: z
    .array(
      z.object({
        item_id: z.string(),
        judge: z.number().nullable(),
        human: z.number().nullable(),
        judge_passed: z.boolean().nullable(),
        human_passed: z.boolean().nullable(),
      }),
    )
    .describe(
      'The items where judge and human disagree most (largest score difference, then verdicts that differ)',
    ),
  score_pairs: z
    .array(z.object({ judge: z.number(), human: z.number(), items: z.number().int() }))
    .describe(
      "The items with a human score by (judge score, human score): each distinct pair once with its count, in score order (a scatter's points)",
    ),
});

export const runCalibrationSchema = z
  .object({
    object: z.literal('evaluation.calibration'),
    run_id: z.string(),
    data: z.array(calibrationGroupSchema),
  })
  .meta({ id: 'RunCalibration' });
export type RunCalibration = z.infer<typeof runCalibrationSchema>;

/** `GET /v1/evaluators/{id}/labels`: in item id order, `after` an item id. */
export const humanLabelListQuerySchema = listQuerySchema.pick({ limit: true, after: true });
