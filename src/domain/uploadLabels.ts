import { z } from 'zod';
import type { HumanLabelInput } from './labels.js';
import { chars } from './textLength.js';

/** An item uploaded with labels for more evaluators than this is surely a mistake (a whole row as labels). */
export const MAX_LABELS_PER_ITEM = 50;

/**
 * One evaluator's label of one row given with the row itself: a score on the evaluator's scale,
 * a pass/fail verdict (a boolean, or `'pass'`/`'fail'` as spreadsheets write it), or both as
 * `{ score, passed }` — what `POST /v1/evaluators/{id}/labels` takes for an item, without its id.
 */
export const uploadLabelValueSchema = z.union([
  z.number().finite(),
  z.boolean(),
  z.enum(['pass', 'fail']),
  z
    .object({ score: z.number().finite().optional(), passed: z.boolean().optional() })
    .strict()
    .refine((label) => label.score !== undefined || label.passed !== undefined, {
      message: 'a label needs a score, a passed verdict, or both',
    })
    // The same rule in the OpenAPI document: `{}` is no label.
    .meta({ minProperties: 1 }),
]);
export type UploadLabelValue = z.infer<typeof uploadLabelValueSchema>;

/**
 * `labels` of a dataset item or a task log: evaluator id or name to its label. Stored exactly as
 * if given through `POST /v1/evaluators/{id}/labels` for the row's id, after the row is stored.
 */
export const uploadLabelsSchema = z
  .record(chars(200, 1), uploadLabelValueSchema)
  .refine((labels) => Object.keys(labels).length <= MAX_LABELS_PER_ITEM, {
    message: `at most ${MAX_LABELS_PER_ITEM} evaluators per row`,
  })
  .describe(
    "Human labels of this row, by evaluator id or name: a score on the evaluator's scale, a verdict (true/false, 'pass'/'fail'), or { score, passed }",
  )
  // One component of the OpenAPI document, referred to by dataset items and task logs alike,
  // with the count the refinement checks.
  .meta({ id: 'UploadLabels', maxProperties: MAX_LABELS_PER_ITEM });
export type UploadLabels = z.infer<typeof uploadLabelsSchema>;

/** The label as the labels endpoint would have received it for `itemId`. */
export function labelInputOf(itemId: string, value: UploadLabelValue): HumanLabelInput {
  if (typeof value === 'number') return { item_id: itemId, score: value };
  if (typeof value === 'boolean') return { item_id: itemId, passed: value };
  if (value === 'pass' || value === 'fail') return { item_id: itemId, passed: value === 'pass' };
  return { item_id: itemId, ...value };
}
