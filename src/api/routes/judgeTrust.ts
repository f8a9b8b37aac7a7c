import { z } from 'zod';
import { listOf } from '../../domain/common.js';
import {
  humanLabelListQuerySchema,
  humanLabelSchema,
  humanLabelsPostResultSchema,
  humanLabelsPostSchema,
  runCalibrationSchema,
} from '../../domain/labels.js';
import { runPanelAgreementSchema } from '../../domain/panels.js';
import { labelProblem } from '../labelChecks.js';
import { panelAgreement } from '../runs/panelAgreement.js';
import { runCalibration } from '../runs/runCalibration.js';
import { route } from '../route.js';
import { validationFailed } from '../validation.js';
import { chars } from '../../domain/textLength.js';
import { labelRules } from '../rulesBeyondSchema.js';

const tag = 'Judge trust';
const idOrName = z.object({ id: chars(200, 1) }).strict();

/** Can a run's judges be trusted: human labels and calibration against them, and judge panels' agreement. */
export const judgeTrustRoutes = [
  route({
    method: 'post',
    path: '/v1/evaluators/:id/labels',
    summary:
      "Label items for an evaluator (a score on its scale, a pass/fail verdict, or both); labelling an item again replaces its label. A score off the evaluator's scale, or an item labelled twice in one request, is a 422 naming the label",
    description: labelRules,
    tag,
    scope: 'write',
    params: idOrName,
    body: humanLabelsPostSchema,
    response: humanLabelsPostResultSchema,
    errors: [404, 422],
    handler: async ({ params, body, store }) => {
      const evaluator = await store.evaluators.require(params.id);
      const details = body.labels.flatMap((label, index) => {
        const problem = labelProblem(evaluator, label);
        return problem ? [{ field: `labels.${index}.score`, message: problem }] : [];
      });
      const items = new Set<string>();
      body.labels.forEach((label, index) => {
        if (items.has(label.item_id))
          details.push({ field: `labels.${index}.item_id`, message: `'${label.item_id}' is labelled twice` });
        items.add(label.item_id);
      });
      if (details.length > 0) throw validationFailed('labels', details);
      const written = await store.labels.put(evaluator.id, body.labels);
      return { object: 'evaluator.labels' as const, evaluator_id: evaluator.id, written };
    },
  }),
  route({
    method: 'get',
    path: '/v1/evaluators/:id/labels',
    summary: "An evaluator's human labels, in item id order (`after`: an item id)",
    tag,
    scope: 'read',
    params: idOrName,
    query: humanLabelListQuerySchema,
    response: listOf(humanLabelSchema),
    errors: [404, 422],
    handler: async ({ params, query, store }) => {
      const evaluator = await store.evaluators.require(params.id);
      const all = [...(await store.labels.forEvaluator(evaluator.id)).values()];
      const start = query.after === undefined ? 0 : all.findIndex((label) => label.item_id > query.after!);
      const data = start < 0 ? [] : all.slice(start, start + query.limit);
      return {
        object: 'list' as const,
        data,
        total: all.length,
        has_more: start >= 0 && start + query.limit < all.length,
        first_id: data[0]?.item_id ?? null,
        last_id: data.at(-1)?.item_id ?? null,
      };
    },
  }),
  route({
    method: 'get',
    path: '/v1/evaluations/runs/:id/calibration',
    summary:
      "The run's evaluators against the human labels of its items: Spearman's rho, Cohen's kappa, pass/fail agreement and confusion, the largest disagreements",
    tag,
    scope: 'read',
    params: idOrName,
    response: runCalibrationSchema,
    errors: [404],
    handler: ({ params, store }) => runCalibration(store, params.id),
  }),
  route({
    method: 'get',
    path: '/v1/evaluations/runs/:id/panel_agreement',
    summary:
      "The run's judge panels: each judge's mean and pass rate, and the panel's agreement (Krippendorff's alpha on scores, Fleiss' kappa on verdicts)",
    tag,
    scope: 'read',
    params: idOrName,
    response: runPanelAgreementSchema,
    errors: [404],
    handler: ({ params, store }) => panelAgreement(store, params.id),
  }),
];
