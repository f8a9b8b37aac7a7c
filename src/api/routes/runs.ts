import { z } from 'zod';
import { listOf } from '../../domain/common.js';
import {
  runCreateSchema,
  runListQuerySchema,
  runPatchSchema,
  runResultExportQuerySchema,
  runResultListQuerySchema,
  runResultSchema,
  runSchema,
  terminalRunStatuses,
  type RunResultFilters,
} from '../../domain/runs.js';
import { runComparisonQuerySchema, runComparisonSchema } from '../../domain/runComparison.js';
import { invalidField } from '../../domain/errors.js';
import { compareRuns } from '../runs/compareRuns.js';
import { runComparisons } from '../runs/runComparisons.js';
import { runComparisonsSchema } from '../../domain/comparisons.js';
import { createRun } from '../runs/createRun.js';
import { estimateRerunRun, rerunRun } from '../runs/rerunRun.js';
import { rerunEstimateSchema, runRerunSchema } from '../../domain/reruns.js';
import { exportContentType, writeResults } from '../runs/exportResults.js';
import { commandRun, type RunCommand } from '../runs/runControl.js';
import type { ResultFilter } from '../../store/runResults.js';
import { presentRun, type RunDoc } from '../../store/runs.js';
import { route } from '../route.js';
import { chars } from '../../domain/textLength.js';
import { evaluationRunRules } from '../rulesBeyondSchema.js';

const tag = 'Evaluation runs';
const runId = z.object({ id: chars(200, 1) }).strict();
/** Printable ASCII: the key becomes part of a document `_id`. */
const idempotencyKeySchema = z
  .string()
  .regex(/^[\x21-\x7e]{1,255}$/, 'must be 1-255 printable ASCII characters');

/** Result filters as stored: an evaluator given by name is looked up in the run's own snapshot. */
function resultFilter(run: RunDoc, query: RunResultFilters): ResultFilter {
  const evaluator = query.evaluator;
  return {
    evaluator_id: evaluator && (run.config.evaluators.find((e) => e.name === evaluator)?.id ?? evaluator),
    model: query.model,
    passed: query.passed,
    status: query.status,
    error: query.error,
    item_id: query.item,
  };
}

/** Sends a command to the run's workflow; the answer is the run as it is now (202: applied shortly). */
const commandRoute = (name: 'cancel' | 'pause' | 'resume', summary: string) =>
  route({
    method: 'post',
    path: `/v1/evaluations/runs/:id/${name}`,
    summary,
    tag,
    scope: 'write',
    params: runId,
    response: runSchema,
    status: 202,
    errors: [404, 409],
    handler: async ({ params, store, app }) => {
      const run = await store.runs.require(params.id);
      await commandRun(app.temporal, run, { kind: name } as RunCommand);
      return presentRun(run);
    },
  });

export const runRoutes = [
  route({
    method: 'post',
    path: '/v1/evaluations/runs',
    summary: 'Start an evaluation run (answers at once with status queued)',
    description: evaluationRunRules,
    tag,
    scope: 'write',
    body: runCreateSchema,
    response: runSchema,
    status: 201,
    errors: [404, 409, 422],
    handler: async ({ body, store, app, req, res }) => {
      const header = req.get('idempotency-key');
      const key = header === undefined ? undefined : idempotencyKeySchema.safeParse(header);
      if (key && !key.success) throw invalidField('headers.idempotency-key', key.error.issues[0]!.message);
      const created = await createRun(
        { store, env: app.env, providers: app.providers, temporal: app.temporal },
        body,
        key?.data,
      );
      if (created.replayed) res.setHeader('Idempotent-Replayed', 'true');
      return presentRun(created.run);
    },
  }),
  route({
    method: 'post',
    path: '/v1/evaluations/runs/:id/rerun',
    summary:
      "Rerun a finished run's errors (or unscored, failed, listed items, all), or rescore with other evaluator versions; the rest is carried over",
    tag,
    scope: 'write',
    params: runId,
    body: runRerunSchema,
    response: runSchema,
    status: 201,
    errors: [403, 404, 409, 422],
    handler: async ({ params, body, store, app }) =>
      presentRun(
        await rerunRun(
          { store, env: app.env, providers: app.providers, temporal: app.temporal },
          params.id,
          body,
        ),
      ),
  }),
  route({
    method: 'get',
    path: '/v1/evaluations/runs',
    summary: 'List evaluation runs (filter by container and status)',
    tag,
    scope: 'read',
    query: runListQuerySchema,
    response: listOf(runSchema),
    handler: async ({ query, store }) => {
      const { container, status, ...page } = query;
      const containerDoc = container ? await store.containers.find(container) : null;
      if (container && !containerDoc) {
        return {
          object: 'list' as const,
          data: [],
          total: 0,
          has_more: false,
          first_id: null,
          last_id: null,
        };
      }
      return store.runs.list({ container_id: containerDoc?.id, status }, page);
    },
  }),
  route({
    method: 'get',
    path: '/v1/evaluations/runs/:id',
    summary: 'Get an evaluation run: status, progress, metrics, spend',
    tag,
    scope: 'read',
    params: runId,
    response: runSchema,
    errors: [404],
    handler: async ({ params, store }) => presentRun(await store.runs.require(params.id)),
  }),
  route({
    method: 'patch',
    path: '/v1/evaluations/runs/:id',
    summary: 'Change the budget of a running run (raising it resumes a run paused by its budget)',
    tag,
    scope: 'write',
    params: runId,
    body: runPatchSchema,
    response: runSchema,
    status: 202,
    errors: [404, 409, 422],
    handler: async ({ params, body, store, app }) => {
      const run = await store.runs.require(params.id);
      await commandRun(app.temporal, run, { kind: 'set_budget', budgetUsd: body.budget_usd });
      const shown = presentRun(run);
      return { ...shown, estimated_spend: { ...shown.estimated_spend, budget_usd: body.budget_usd } };
    },
  }),
  commandRoute('cancel', 'Cancel a run: in-flight batches stop, the run ends cancelled with partial metrics'),
  commandRoute('pause', 'Pause a run: in-flight batches finish, no new ones start'),
  commandRoute('resume', 'Resume a paused run'),
  route({
    method: 'post',
    path: '/v1/evaluations/runs/:id/rerun/estimate',
    summary:
      'What the same rerun request would evaluate anew and cost, without starting it (the same checks as the rerun)',
    tag,
    scope: 'write',
    params: runId,
    body: runRerunSchema,
    response: rerunEstimateSchema,
    errors: [403, 404, 409, 422],
    handler: ({ params, body, store, app }) =>
      estimateRerunRun(
        { store, env: app.env, providers: app.providers, temporal: app.temporal },
        params.id,
        body,
      ),
  }),
  route({
    method: 'get',
    path: '/v1/evaluations/runs/:id/compare',
    summary:
      'Compare a run with a baseline run, paired per item: per evaluator and model, both metrics, the mean ' +
      'paired difference with a 95% interval and a verdict (regressions first). 400 runs_not_comparable when ' +
      'the runs share no evaluator; no shared scored item gives an empty list with a reason.',
    tag,
    scope: 'read',
    params: runId,
    query: runComparisonQuerySchema,
    response: runComparisonSchema,
    errors: [400, 404],
    handler: async ({ params, query, store }) => compareRuns(store, params.id, query.baseline),
  }),
  route({
    method: 'get',
    path: '/v1/evaluations/runs/:id/comparisons',
    summary:
      "The run's pairwise and listwise evaluators, recomputed from their results: per model pair wins, losses, " +
      'ties, inconsistent (orders that disagreed) and the win rate with a 95% bootstrap interval; with three or ' +
      'more models, Bradley–Terry ratings with 95% intervals and the ranking they support; listwise mean ranks.',
    tag,
    scope: 'read',
    params: runId,
    response: runComparisonsSchema,
    errors: [404],
    handler: ({ params, store }) => runComparisons(store, params.id),
  }),
  route({
    method: 'get',
    path: '/v1/evaluations/runs/:id/results',
    summary: 'List per-item results (filter by evaluator, model, passed, status/error)',
    description:
      'While the run runs, its pages may trail its finished batches by up to a second (a batch not found is ' +
      'looked for again a second later); once its status is final, they list every result.',
    tag,
    scope: 'read',
    params: runId,
    query: runResultListQuerySchema,
    response: listOf(runResultSchema),
    errors: [404],
    handler: async ({ params, query, store }) => {
      const run = await store.runs.require(params.id);
      // A run still being prepared has no index yet: an empty page.
      return store.runResults.page(run.id, resultFilter(run, query), query, {
        running: !terminalRunStatuses.includes(run.status),
      });
    },
  }),
  route({
    method: 'get',
    path: '/v1/evaluations/runs/:id/results/export',
    summary: 'Export every result as JSON lines or CSV, streamed',
    tag,
    scope: 'read',
    params: runId,
    query: runResultExportQuerySchema,
    response: z.string(),
    responseKind: 'stream',
    errors: [404],
    handler: async ({ params, query, store, res }) => {
      const run = await store.runs.require(params.id);
      await writeResults(res, store.runResults.cursor(run.id, resultFilter(run, query)), query.format, () => {
        res.status(200);
        res.setHeader('content-type', exportContentType[query.format]);
        res.setHeader('content-disposition', `attachment; filename="${run.id}-results.${query.format}"`);
      });
      return undefined;
    },
  }),
];
