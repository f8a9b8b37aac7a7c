import { z } from 'zod';
import { intervalSchema } from './common.js';
import { chars } from './textLength.js';

/**
 * Comparisons: which outputs a pairwise evaluator compares on each item, how a comparison result
 * is stored, and what the comparison metrics report. One contract for the API, the engine and the store.
 */

const slugSchema = chars(200, 1);

/** Most pairs a run may name: every pair of the 10 models a generate side may have. */
export const MAX_NAMED_PAIRS = 45;

/** `comparison` on a run: which model pairs its pairwise evaluators judge (every pair by default). */
export const comparisonRequestSchema = z
  .object({
    baseline_model: slugSchema
      .optional()
      .describe('Judge each other model against this one (it is shown second in the pair name)'),
    pairs: z
      .array(z.array(slugSchema).length(2))
      .min(1)
      .max(MAX_NAMED_PAIRS)
      .optional()
      .describe('The model pairs to judge, instead of every pair'),
    baseline_run: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe(
        "Judge each model against this finished run's stored outputs of the same items (nothing is generated again for it)",
      ),
    baseline_run_model: slugSchema
      .optional()
      .describe("Which model's outputs of the baseline run, when it generated with several"),
  })
  .strict()
  .superRefine((c, ctx) => {
    const given = (['baseline_model', 'pairs', 'baseline_run'] as const).filter((k) => c[k] !== undefined);
    if (given.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: [given[1]!],
        message: `give one of ${given.join(', ')}, not several`,
      });
    }
    if (c.baseline_run_model !== undefined && c.baseline_run === undefined) {
      ctx.addIssue({ code: 'custom', path: ['baseline_run_model'], message: 'needs baseline_run' });
    }
  })
  .meta({ id: 'ComparisonCreate' });
export type ComparisonRequest = z.infer<typeof comparisonRequestSchema>;

const verdictSchema = z.enum(['A', 'B', 'tie']);

/** A comparison result's own part: what was compared, and what the judge said in each order. */
export const resultComparisonSchema = z
  .object({
    mode: z.enum(['pairwise', 'listwise']),
    models: z.array(z.string()).describe('The models compared, in the order the result names them'),
    outputs: z.array(z.unknown()).describe("Each model's output, parallel to models"),
    generations: z
      .array(
        z
          .object({
            tokens: z.object({ input: z.number().int(), output: z.number().int() }),
            spend_usd: z.number(),
          })
          .nullable(),
      )
      .describe(
        "What generating each output cost, parallel to models (counted once per item and model in the run's spend)",
      ),
    verdicts: z
      .array(
        z.object({
          order: z.enum(['ab', 'ba']).describe('ab: models[0] was shown as A; ba: it was shown as B'),
          winner: verdictSchema.nullable(),
          reasoning: z.string().nullable(),
          judge: z.string().optional().describe("A judge panel's: the judge model that gave this verdict"),
        }),
      )
      .optional()
      .describe('Pairwise: the verdict of each order judged'),
    outcome: z
      .enum(['win', 'loss', 'tie', 'inconsistent'])
      .nullable()
      .optional()
      .describe("Pairwise: models[0]'s result; inconsistent when the two orders disagree"),
    display_order: z
      .array(z.number().int())
      .optional()
      .describe('Listwise: display_order[p] is the index in models of the output shown at position p + 1'),
    ranking: z.array(z.string()).optional().describe('Listwise: the models, best first'),
    reasoning: z.string().nullable().optional(),
  })
  .meta({ id: 'ResultComparison' });
export type ResultComparison = z.infer<typeof resultComparisonSchema>;

const pairMetricsSchema = z.object({
  model_a: z.string(),
  model_b: z.string(),
  comparisons: z.number().int(),
  wins: z.number().int().describe('Items model_a won in both orders (or in the one order judged)'),
  losses: z.number().int(),
  ties: z.number().int(),
  inconsistent: z
    .number()
    .int()
    .describe('Items whose two orders disagreed: reported, not counted as any outcome'),
  win_rate: z.number().nullable().describe("model_a's (wins + ties/2) / (wins + losses + ties)"),
  win_rate_ci: intervalSchema
    .nullable()
    .describe('95% percentile bootstrap over items (2,000 resamples, seeded by the pair: recomputable)'),
  position_consistency: z
    .number()
    .nullable()
    .describe("Share of the pair's items whose two orders agreed; null when the evaluator does not swap"),
  position_swap: z.boolean(),
});

const ratingSchema = z.object({
  model: z.string(),
  beta: z.number().describe('Bradley–Terry log-odds rating, centred at 0'),
  beta_ci: intervalSchema,
  elo: z.number().describe('The same on an Elo-like scale: 1000 + 400·log10(odds)'),
  elo_ci: intervalSchema,
  rank: z
    .number()
    .int()
    .describe("1 + the models whose interval lies wholly above this one's (ties share a rank)"),
});

/** One comparing evaluator's metrics over a run. */
export const comparisonMetricsSchema = z.object({
  evaluator_id: z.string(),
  evaluator_name: z.string(),
  mode: z.enum(['pairwise', 'listwise']),
  results: z.number().int(),
  errors: z.number().int().describe('Comparisons that could not be made (a generation or the judge failed)'),
  inconsistent_rate: z
    .number()
    .nullable()
    .describe(
      "Pairwise with swapping: the share of judged pairs whose two orders disagreed (the judge's position bias)",
    ),
  pairs: z.array(pairMetricsSchema).describe('Listwise: the pairs each ranking implies'),
  ratings: z
    .array(ratingSchema)
    .nullable()
    .describe(
      'Bradley–Terry ratings with 95% item-bootstrap intervals (2,000 resamples, fixed seed), best first; null with fewer than 3 models',
    ),
  mean_ranks: z
    .array(
      z.object({
        model: z.string(),
        items: z.number().int(),
        mean_rank: z.number().nullable(),
        mean_rank_ci: intervalSchema.nullable().describe("Student's t over items"),
      }),
    )
    .nullable()
    .describe('Listwise: each model’s mean rank (1 = best); null for pairwise'),
});

export const runComparisonsSchema = z
  .object({
    object: z.literal('evaluation.comparisons'),
    run_id: z.string(),
    data: z.array(comparisonMetricsSchema),
  })
  .meta({ id: 'RunComparisons' });
export type RunComparisons = z.infer<typeof runComparisonsSchema>;
