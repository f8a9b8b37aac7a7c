import type { Request } from 'express';
import { z } from 'zod';
import {
  deletedEvalSchema,
  deletedRunSchema,
  evalCreateSchema,
  evalListQuerySchema,
  evalRunCreateSchema,
  evalRunListQuerySchema,
  evalRunSchema,
  evalSchema,
  evalUpdateSchema,
  openAiListOf,
  outputItemListQuerySchema,
  outputItemSchema,
  type EvalRun,
  type OpenAiList,
} from '../../domain/evals.js';
import { terminalRunStatuses } from '../../domain/runs.js';
import { ConflictError } from '../../domain/errors.js';
import { createEval } from '../evals/createEval.js';
import { createEvalRun } from '../evals/createEvalRun.js';
import { getOutputItem, listOutputItems } from '../evals/outputItems.js';
import { presentEvalRun, runStatusesOf, terminalStatus } from '../evals/presentEvalRun.js';
import { commandRun } from '../runs/runControl.js';
import { EvalFileStore } from '../../store/evalFiles.js';
import { EvalStore, orderOf, presentEval, type EvalDoc, type EvalRunDoc } from '../../store/evals.js';
import { nowSeconds } from '../../store/ids.js';
import { RUN_RESULTS_COLLECTION, type RunResultDoc } from '../../store/runResults.js';
import type { RouteContext } from '../route.js';
import { route } from '../route.js';
import { chars } from '../../domain/textLength.js';
import { evalRunRules, graderRules } from '../rulesBeyondSchema.js';

const tag = 'Evals (OpenAI Evals API)';
const evalParams = z.object({ eval_id: chars(200, 1) }).strict();
const runParams = z.object({ eval_id: chars(200, 1), run_id: chars(200, 1) }).strict();
const outputItemParams = runParams.extend({ output_item_id: chars(300, 1) });

type Ctx = Pick<RouteContext<unknown, unknown, unknown>, 'app' | 'projectId' | 'store' | 'req'>;

const evalsOf = ({ app, projectId }: Ctx) => new EvalStore(app.store.db, projectId);
const resultsOf = ({ app }: Ctx) => app.store.db.collection<RunResultDoc>(RUN_RESULTS_COLLECTION);
const baseUrlOf = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/** The eval and run a `/v1/evals/:eval_id/runs/:run_id` path names (404 for either missing). */
async function requireEvalRun(ctx: Ctx, params: { eval_id: string; run_id: string }) {
  const evals = evalsOf(ctx);
  const evalDoc = await evals.requireEval(params.eval_id);
  return { evals, evalDoc, evalRun: await evals.requireRun(evalDoc.id, params.run_id) };
}

/** How long a delete waits for runs it was told were `canceled` to wind down (items in flight finish). */
const CANCELED_RUN_WAIT_MS = 5_000;

/**
 * Whether these eval runs' native runs have all ended. Runs a cancel answered `canceled` are
 * waited for a little: the SDK was told they were canceled, so a delete right after (a clean-up
 * step) must not fail because their last items were still finishing. Any other live run: false.
 */
async function runsEnded(ctx: Ctx, evalRuns: readonly EvalRunDoc[]): Promise<boolean> {
  const deadline = Date.now() + CANCELED_RUN_WAIT_MS;
  for (;;) {
    const runs = await ctx.store.runs.docs.getMany(evalRuns.map((r) => r.id));
    const live = evalRuns.filter((r) => {
      const run = runs.get(r.id);
      return run !== undefined && !terminalRunStatuses.includes(run.status);
    });
    if (live.length === 0) return true;
    if (live.some((r) => r.cancel_requested_at === undefined) || Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function present(ctx: Ctx, evalDoc: EvalDoc, evalRun: EvalRunDoc): Promise<EvalRun> {
  const run = await ctx.store.runs.require(evalRun.id);
  return presentEvalRun(
    {
      evals: evalsOf(ctx),
      results: (runId) => resultsOf(ctx).find({ run_id: runId }).sort({ _id: 1 }).batchSize(500),
      baseUrl: baseUrlOf(ctx.req),
      embeddingModel: ctx.app.env.ASSAY_EMBEDDING_MODEL,
    },
    evalDoc,
    evalRun,
    run,
  );
}

export const evalRoutes = [
  route({
    method: 'post',
    path: '/v1/evals',
    summary:
      'Create an eval: a data source config and testing criteria (graders). Each criterion becomes a `grader` evaluator of a container labelled with the eval id.',
    description: graderRules,
    tag,
    scope: 'write',
    body: evalCreateSchema,
    response: evalSchema,
    errors: [400],
    handler: async (ctx) =>
      presentEval(
        await createEval(
          {
            store: ctx.store,
            evals: evalsOf(ctx),
            providers: ctx.app.providers,
            codeValidator: ctx.app.codeValidator,
          },
          ctx.body,
        ),
      ),
  }),
  route({
    method: 'get',
    path: '/v1/evals',
    summary: 'List evals (`order` asc/desc by creation, cursor `after`)',
    tag,
    scope: 'read',
    query: evalListQuerySchema,
    response: openAiListOf(evalSchema),
    handler: (ctx) => evalsOf(ctx).listEvals(ctx.query),
  }),
  route({
    method: 'get',
    path: '/v1/evals/:eval_id',
    summary: 'Get an eval',
    tag,
    scope: 'read',
    params: evalParams,
    response: evalSchema,
    errors: [404],
    handler: async (ctx) => presentEval(await evalsOf(ctx).requireEval(ctx.params.eval_id)),
  }),
  route({
    method: 'post',
    path: '/v1/evals/:eval_id',
    summary: "Update an eval's name or metadata",
    tag,
    scope: 'write',
    params: evalParams,
    body: evalUpdateSchema,
    response: evalSchema,
    errors: [400, 404],
    handler: async (ctx) => {
      const evals = evalsOf(ctx);
      await evals.requireEval(ctx.params.eval_id);
      const set: Record<string, unknown> = { updated_at: nowSeconds() };
      if (ctx.body.name !== undefined) set.name = ctx.body.name;
      if (ctx.body.metadata !== undefined) set.metadata = ctx.body.metadata;
      return presentEval((await evals.evals.update(ctx.params.eval_id, { $set: set }))!);
    },
  }),
  route({
    method: 'delete',
    path: '/v1/evals/:eval_id',
    summary:
      'Delete an eval and its runs from the Evals API (409 while one of its runs is live; native runs stay, ' +
      'with the graders and container they name; an eval that never ran leaves nothing)',
    tag,
    scope: 'write',
    params: evalParams,
    response: deletedEvalSchema,
    errors: [404, 409],
    handler: async (ctx) => {
      const evals = evalsOf(ctx);
      const evalDoc = await evals.requireEval(ctx.params.eval_id);
      const runs = await evals.runs.findMany({ eval_id: evalDoc.id });
      if (!(await runsEnded(ctx, runs))) {
        throw new ConflictError(
          'eval_in_use',
          'A run of this eval is still queued or running; cancel it first.',
        );
      }
      await evals.runs.deleteMany({ eval_id: evalDoc.id });
      await evals.evals.delete(evalDoc.id);
      // An eval that never ran leaves nothing: its graders and its container (labelled with its
      // id) go too. Once it ran, they stay with the native runs that name them.
      if (runs.length === 0) {
        for (const evaluatorId of evalDoc.evaluator_ids) await ctx.store.evaluators.delete(evaluatorId);
        await ctx.store.containers.delete(evalDoc.container_id, ctx.store);
      }
      return { object: 'eval.deleted' as const, eval_id: evalDoc.id, deleted: true };
    },
  }),
  route({
    method: 'post',
    path: '/v1/evals/:eval_id/runs',
    summary:
      'Start an eval run (answers at once, status queued): an EvaluationRunWorkflow over jsonl items, or completions/responses generated by `model` through the provider registry',
    description: evalRunRules,
    tag,
    scope: 'write',
    params: evalParams,
    body: evalRunCreateSchema,
    response: evalRunSchema,
    errors: [400, 404],
    handler: async (ctx) => {
      const evals = evalsOf(ctx);
      const evalDoc = await evals.requireEval(ctx.params.eval_id);
      const { evalRun } = await createEvalRun(
        {
          store: ctx.store,
          env: ctx.app.env,
          providers: ctx.app.providers,
          temporal: ctx.app.temporal,
          evals,
          files: new EvalFileStore(ctx.app.store.db, ctx.projectId),
        },
        evalDoc,
        ctx.body,
      );
      return present(ctx, evalDoc, evalRun);
    },
  }),
  route({
    method: 'get',
    path: '/v1/evals/:eval_id/runs',
    summary: "List an eval's runs (filter by `status`)",
    tag,
    scope: 'read',
    params: evalParams,
    query: evalRunListQuerySchema,
    response: openAiListOf(evalRunSchema),
    errors: [404],
    handler: async (ctx) => {
      const evals = evalsOf(ctx);
      const evalDoc = await evals.requireEval(ctx.params.eval_id);
      const { limit, after, status } = ctx.query;
      const wanted = status ? runStatusesOf(status) : null;
      const data: EvalRun[] = [];
      let cursor = after;
      let hasMore = false;
      // The status lives on the native run: read eval runs a page at a time until the page is full.
      for (;;) {
        const page = await evals.runs.list(
          { eval_id: evalDoc.id },
          { limit, after: cursor },
          orderOf(ctx.query),
        );
        const runs = await ctx.store.runs.docs.getMany(page.docs.map((d) => d.id));
        for (const doc of page.docs) {
          const run = runs.get(doc.id);
          if (!run || (wanted && !wanted.includes(run.status))) continue;
          if (data.length === limit) {
            hasMore = true;
            break;
          }
          data.push(await present(ctx, evalDoc, doc));
        }
        if (hasMore || !page.hasMore) break;
        cursor = page.docs.at(-1)!.id;
      }
      const list: OpenAiList<EvalRun> = {
        object: 'list',
        data,
        first_id: data[0]?.id ?? null,
        last_id: data.at(-1)?.id ?? null,
        has_more: hasMore,
      };
      return list;
    },
  }),
  route({
    method: 'get',
    path: '/v1/evals/:eval_id/runs/:run_id',
    summary: 'Get an eval run: status, result counts, usage per model, results per criterion',
    tag,
    scope: 'read',
    params: runParams,
    response: evalRunSchema,
    errors: [404],
    handler: async (ctx) => {
      const { evalDoc, evalRun } = await requireEvalRun(ctx, ctx.params);
      return present(ctx, evalDoc, evalRun);
    },
  }),
  // The SDKs before openai-node 7 / openai-python 3 post to the run; the current ones to `/cancel`.
  ...['/v1/evals/:eval_id/runs/:run_id', '/v1/evals/:eval_id/runs/:run_id/cancel'].map((path) =>
    route({
      method: 'post',
      path,
      summary:
        'Cancel an eval run: the answer says `canceled` at once (no item starts after it; items in flight finish and are kept), or the final status of a run that had already ended',
      tag,
      scope: 'write',
      params: runParams,
      response: evalRunSchema,
      errors: [404],
      handler: async (ctx) => {
        const { evalDoc, evalRun } = await requireEvalRun(ctx, ctx.params);
        const run = await ctx.store.runs.require(evalRun.id);
        if (terminalRunStatuses.includes(run.status)) return present(ctx, evalDoc, evalRun);
        try {
          await commandRun(ctx.app.temporal, run, { kind: 'cancel' });
          await evalsOf(ctx).runs.update(evalRun.id, { $set: { cancel_requested_at: nowSeconds() } });
        } catch (error) {
          // The run ended between the read and the cancel: answer its final status.
          if (error instanceof ConflictError) return present(ctx, evalDoc, evalRun);
          throw error;
        }
        const presented = await present(ctx, evalDoc, evalRun);
        return terminalStatus(presented.status) ? presented : { ...presented, status: 'canceled' as const };
      },
    }),
  ),
  route({
    method: 'delete',
    path: '/v1/evals/:eval_id/runs/:run_id',
    summary: 'Delete a finished eval run from the Evals API (409 while it is live; the native run stays)',
    tag,
    scope: 'write',
    params: runParams,
    response: deletedRunSchema,
    errors: [404, 409],
    handler: async (ctx) => {
      const { evals, evalRun } = await requireEvalRun(ctx, ctx.params);
      if (!(await runsEnded(ctx, [evalRun]))) {
        throw new ConflictError('run_in_progress', 'This run is still queued or running; cancel it first.');
      }
      await evals.runs.delete(evalRun.id);
      return { object: 'eval.run.deleted' as const, run_id: evalRun.id, deleted: true };
    },
  }),
  route({
    method: 'get',
    path: '/v1/evals/:eval_id/runs/:run_id/output_items',
    summary: "List a run's output items in data source order (filter by `status`: pass or fail)",
    tag,
    scope: 'read',
    params: runParams,
    query: outputItemListQuerySchema,
    response: openAiListOf(outputItemSchema),
    errors: [404],
    handler: async (ctx) => {
      const { evalDoc, evalRun } = await requireEvalRun(ctx, ctx.params);
      return listOutputItems(
        (page) => ctx.store.runResults.pageDocs(evalRun.id, {}, page),
        evalDoc,
        evalRun.id,
        ctx.query,
      );
    },
  }),
  route({
    method: 'get',
    path: '/v1/evals/:eval_id/runs/:run_id/output_items/:output_item_id',
    summary: 'Get one output item: the data source item, the sample and every grader result',
    tag,
    scope: 'read',
    params: outputItemParams,
    response: outputItemSchema,
    errors: [404],
    handler: async (ctx) => {
      const { evalDoc, evalRun } = await requireEvalRun(ctx, ctx.params);
      return getOutputItem(resultsOf(ctx), evalDoc, evalRun.id, ctx.params.output_item_id);
    },
  }),
];
