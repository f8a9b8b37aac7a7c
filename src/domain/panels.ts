import { z } from 'zod';
import { intervalSchema } from './common.js';

const agreementSchema = z.object({
  method: z.enum(['krippendorff_alpha_interval', 'fleiss_kappa']),
  items: z
    .number()
    .int()
    .describe('Items that counted: two or more scores (alpha), every judge a verdict (kappa)'),
  value: z.number().nullable().describe('null when undefined (no variation, or too few items)'),
  ci95: intervalSchema
    .nullable()
    .describe('95% percentile bootstrap over items (1,000 resamples, fixed seed)'),
});

/** A judge panel's judges side by side, and how much they agree. */
export const panelAgreementGroupSchema = z.object({
  evaluator_id: z.string(),
  evaluator_name: z.string(),
  model: z.string().nullable().describe('The generating model of the items, as in the run metrics'),
  aggregate: z.enum(['mean', 'median', 'majority']),
  judges: z.array(
    z.object({
      model: z.string(),
      scored: z.number().int(),
      errors: z.number().int(),
      mean: z.number().nullable(),
      pass_rate: z.number().nullable(),
    }),
  ),
  score_agreement: agreementSchema.describe("Krippendorff's alpha (interval scale) over the judges' scores"),
  verdict_agreement: agreementSchema
    .nullable()
    .describe(
      "Fleiss' kappa over the judges' verdicts: pass/fail (null without a threshold), or a pairwise panel's win/loss/tie for the first model",
    ),
});

export const runPanelAgreementSchema = z
  .object({
    object: z.literal('evaluation.panel_agreement'),
    run_id: z.string(),
    data: z.array(panelAgreementGroupSchema),
  })
  .meta({ id: 'RunPanelAgreement' });
export type RunPanelAgreement = z.infer<typeof runPanelAgreementSchema>;
