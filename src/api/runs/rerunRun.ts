import type { Evaluator } from '../../domain/evaluators.js';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.js';
import type { RerunSpec, RunRerun, RerunEstimate } from '../../domain/reruns.js';
import { terminalRunStatuses, type RunCreate } from '../../domain/runs.js';
import { presentEvaluator } from '../../store/evaluators.js';
import { newId } from '../../store/ids.js';
import type { ProjectStore } from '../../store/index.js';
import type { ResultFilter } from '../../store/runResults.js';
import type { RunDoc } from '../../store/runs.js';
import { runDocument, type CreateRunContext } from './createRun.js';
import { estimateAtCreation } from './preflightEstimate.js';
import { checkProjectBudgetAtCreation } from './projectBudget.js';
import type { ResolvedRunRequest } from './resolveRunRequest.js';
import { startRunWorkflow } from './startRunWorkflow.js';

/** `name@3` or `evl_...@3`: a past version of an evaluator. */
const VERSIONED_REF = /^(.+)@(\d+)$/;

/**
 * Creates a run that evaluates again only what `only` selects of a finished run (and
 * everything for evaluators or versions the parent did not use), carrying the rest of
 * its results over and reusing its generated texts; then starts it as any run.
 */
export async function rerunRun(ctx: CreateRunContext, parentId: string, body: RunRerun): Promise<RunDoc> {
  const { store } = ctx;
  const { parent, evaluators, resolved, estimatedUsd } = await planRerun(ctx, parentId, body);
  await checkProjectBudgetAtCreation(store.runs, ctx.env, estimatedUsd.usd);

  const runId = newId('run');
  const { budget_usd: _parentBudget, ...parentRequest } = parent.config.request;
  const request: RunCreate = {
    ...parentRequest,
    evaluators: evaluators.map((e) => e.id),
    metadata: body.metadata ?? parent.config.request.metadata,
    ...(body.budget_usd === undefined ? {} : { budget_usd: body.budget_usd }),
  };
  const rerun: RerunSpec = {
    parent_run_id: parent.id,
    parent_evaluator_ids: parent.config.evaluators.map((e) => e.id),
    only: body.only,
    items_as_of: parent.rerun?.items_as_of ?? parent.created_at,
    share: estimatedUsd.share,
  };
  const run: RunDoc = { ...runDocument(store.projectId, runId, request, resolved, estimatedUsd.usd), rerun };
  await store.runs.insert(run);
  try {
    await startRunWorkflow(ctx.temporal, ctx.env, run);
  } catch (error) {
    // Nothing runs: nothing half-written stays.
    await store.runs.delete(runId);
    throw error;
  }
  return run;
}

/** What a rerun would evaluate and cost, without starting it: the console shows it before confirming. */
export async function estimateRerunRun(
  ctx: CreateRunContext,
  parentId: string,
  body: RunRerun,
): Promise<RerunEstimate> {
  const { parent, selection, estimatedUsd } = await planRerun(ctx, parentId, body);
  return {
    object: 'evaluation.rerun_estimate',
    parent_run_id: parent.id,
    results: selection.selected,
    parent_results: selection.counts.total,
    estimated_usd: estimatedUsd.usd,
  };
}

/** The checks and the estimate a rerun and its estimate share. */
async function planRerun(ctx: CreateRunContext, parentId: string, body: RunRerun) {
  const { store } = ctx;
  const parent = await store.runs.require(parentId);
  if (!terminalRunStatuses.includes(parent.status)) {
    throw new ConflictError(
      'parent_run_active',
      `Run '${parent.id}' is ${parent.status}: a run can be rerun once it has ended (wait for it, or cancel it).`,
    );
  }
  const evaluators = body.evaluators
    ? await resolveEvaluators(store, body.evaluators, parent.container_id)
    : parent.config.evaluators;
  const resolved: ResolvedRunRequest = {
    container: await store.containers.require(parent.container_id),
    evaluators,
    sample: parent.sample,
    ground_truth: parent.ground_truth,
    datasetIds: parent.dataset_ids,
    // Resolved when the parent was created: the same baseline run and model.
    comparison: parent.config.request.comparison,
  };
  const selection = await countSelection(store, parent, evaluators, body.only);
  if (selection.selected === 0) {
    const c = selection.counts;
    throw new ValidationError(`Invalid rerun: 'only' selects none of run '${parent.id}''s results`, [
      {
        field: 'only',
        message: `selects nothing: of the parent's ${c.total} result(s), ${c.errors} are errors, ${c.unscored} unscored, ${c.failed} failed`,
      },
    ]);
  }
  return {
    parent,
    evaluators,
    resolved,
    selection,
    estimatedUsd: await estimateRerun(ctx, resolved, selection),
  };
}

/** Ids and names take the evaluator as it is now; `@version` a past snapshot (404 naming it if there is none). */
async function resolveEvaluators(
  store: ProjectStore,
  refs: readonly string[],
  containerId: string,
): Promise<Evaluator[]> {
  const evaluators: Evaluator[] = [];
  for (const ref of refs) {
    const versioned = VERSIONED_REF.exec(ref);
    const doc = await store.evaluators.require(versioned ? versioned[1]! : ref, containerId);
    const evaluator = versioned
      ? await store.evaluators.getVersion(doc.id, Number(versioned[2]))
      : presentEvaluator(doc);
    if (!evaluator) throw new NotFoundError('evaluator_version', ref);
    if (!evaluators.some((e) => e.id === evaluator.id)) evaluators.push(evaluator);
  }
  return evaluators;
}

interface Selection {
  /** Results the rerun produces anew (the parent's selected ones, and every one of a new evaluator or version). */
  selected: number;
  /** Of those, the parent's errors: the only units whose generated text may be missing. */
  erroredSelected: number;
  /** Results of one evaluator in the full item set (items × sample models). */
  perEvaluator: number;
  counts: { total: number; errors: number; unscored: number; failed: number };
}

async function countSelection(
  store: ProjectStore,
  parent: RunDoc,
  evaluators: readonly Evaluator[],
  only: RunRerun['only'],
): Promise<Selection> {
  const kept = evaluators.filter((e) =>
    parent.config.evaluators.some((p) => p.id === e.id && p.version === e.version),
  );
  const count = async (filter: ResultFilter) => {
    let total = 0;
    for (const evaluator of kept) {
      const page = await store.runResults.page(
        parent.id,
        { ...filter, evaluator_id: evaluator.id },
        { limit: 1 },
      );
      total += page.total;
    }
    return total;
  };
  const counts = {
    total: await count({}),
    errors: await count({ status: 'error' }),
    unscored: await count({ status: 'unscored' }),
    failed: await count({ status: 'scored', passed: false }),
  };
  const perEvaluator = (parent.progress.total ?? parent.progress.done) / parent.config.evaluators.length;
  let keptSelected: number;
  let erroredSelected: number;
  if (Array.isArray(only)) {
    keptSelected = 0;
    erroredSelected = 0;
    for (const item of new Set(only)) {
      keptSelected += await count({ item_id: item });
      erroredSelected += await count({ item_id: item, status: 'error' });
    }
  } else {
    keptSelected = only === 'all' ? counts.total : only === 'errors' ? counts.errors : counts[only];
    erroredSelected = only === 'all' || only === 'errors' ? counts.errors : 0;
  }
  const fresh = (evaluators.length - kept.length) * perEvaluator;
  return { selected: keptSelected + fresh, erroredSelected, perEvaluator, counts };
}

/**
 * The calls the rerun makes, priced: judging for the selected results only, generation
 * only where a selected result errored (every other unit's text is reused).
 */
async function estimateRerun(
  ctx: CreateRunContext,
  resolved: ResolvedRunRequest,
  selection: Selection,
): Promise<{ usd: number; share: number }> {
  const full = await estimateAtCreation(ctx, resolved);
  const generation = await estimateAtCreation(ctx, { ...resolved, evaluators: [] });
  const all = selection.perEvaluator * resolved.evaluators.length;
  const judgeShare = all > 0 ? Math.min(1, selection.selected / all) : 1;
  const generationShare =
    selection.perEvaluator > 0 ? Math.min(1, selection.erroredSelected / selection.perEvaluator) : 1;
  const usd = (full - generation) * judgeShare + generation * generationShare;
  return { usd, share: full > 0 ? usd / full : judgeShare };
}
