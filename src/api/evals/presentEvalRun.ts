import type { EvalRun, EvalRunStatus } from '../../domain/evals.js';
import { rowOf, withInlineRows } from '../../domain/storableRow.js';
import { subGraders, type Grader } from '../../domain/graders.js';
import type { RunStatus } from '../../domain/runs.js';
import { terminalRunStatuses } from '../../domain/runs.js';
import type { RunResultDoc } from '../../store/runResults.js';
import type { RunDoc } from '../../store/runs.js';
import { ModelUsageTally } from './modelUsage.js';
import type { EvalDoc, EvalRunDoc, EvalStore } from '../../store/evals.js';

export const evalRunStatusOf: Record<RunStatus, EvalRunStatus> = {
  queued: 'queued',
  running: 'in_progress',
  paused: 'in_progress',
  completed: 'completed',
  error: 'failed',
  cancelled: 'canceled',
};

/** Native statuses of an eval run status, for filtering. */
export const runStatusesOf = (status: EvalRunStatus): RunStatus[] =>
  (Object.keys(evalRunStatusOf) as RunStatus[]).filter((s) => evalRunStatusOf[s] === status);

/** Whether an eval run status is final. */
export const terminalStatus = (status: EvalRunStatus) =>
  status === 'completed' || status === 'failed' || status === 'canceled';

export type EvalRunSummary = NonNullable<EvalRunDoc['summary']>;

/** The models a grader calls (a multi grader's sub-graders' too); `cosine` calls the embeddings model. */
function graderModels(grader: Grader, embeddingModel: string): string[] {
  if (grader.type === 'multi')
    return Object.values(subGraders(grader)).flatMap((g) => graderModels(g, embeddingModel));
  if (grader.type === 'text_similarity') return grader.evaluation_metric === 'cosine' ? [embeddingModel] : [];
  return grader.type === 'score_model' || grader.type === 'label_model' ? [grader.model] : [];
}

/** The cached input tokens a generated sample's usage records (0 when the provider did not say). */
const cachedTokensOf = (output: unknown) => {
  const cached = (output as { usage?: { cached_tokens?: unknown } } | null)?.usage?.cached_tokens;
  return typeof cached === 'number' ? cached : 0;
};

/** The model a stored sample names (the engine keeps an eval run's sample as OpenAI's shape). */
const sampleModelOf = (output: unknown) =>
  output && typeof output === 'object' && typeof (output as { model?: unknown }).model === 'string'
    ? (output as { model: string }).model
    : null;

/**
 * Counts per item (passed: every criterion passed; errored: any criterion could not
 * grade), per criterion, and tokens per model, from the run's results in one pass:
 * results of one item are adjacent in key order.
 */
export async function summarize(
  results: AsyncIterable<RunResultDoc>,
  evalDoc: EvalDoc,
  evalRun: EvalRunDoc,
  embeddingModel: string,
): Promise<EvalRunSummary> {
  const counts = { total: 0, passed: 0, failed: 0, errored: 0 };
  const byCriterion = evalDoc.evaluator_ids.map(() => ({ passed: 0, failed: 0 }));
  const usage = new ModelUsageTally();
  const sampleModel = evalRun.data_source.type === 'jsonl' ? undefined : evalRun.data_source.model;
  // A jsonl run evaluates the samples it was given: its model is the one they name.
  let givenModel: string | null = null;
  type ItemTally = { id: string; error: boolean; passed: boolean };
  const closeItem = (item: ItemTally | null) => {
    if (!item) return;
    counts.total++;
    if (item.error) counts.errored++;
    else if (item.passed) counts.passed++;
    else counts.failed++;
  };
  let item: ItemTally | null = null;
  for await (const result of results) {
    if (item === null || item.id !== result.item_id) {
      closeItem(item);
      item = { id: result.item_id, error: false, passed: true };
      if (result.generation && sampleModel)
        usage.add(sampleModel, result.generation.tokens, cachedTokensOf(result.output));
      givenModel ??= sampleModelOf(result.output);
    }
    const criterion = evalDoc.evaluator_ids.indexOf(result.evaluator_id);
    if (result.status !== 'scored') item.error = true;
    else if (result.passed !== true) item.passed = false;
    if (criterion >= 0 && result.status === 'scored') {
      if (result.passed) byCriterion[criterion]!.passed++;
      else byCriterion[criterion]!.failed++;
    }
    const models = criterion >= 0 ? graderModels(evalDoc.testing_criteria[criterion]!, embeddingModel) : [];
    if (models[0] && result.tokens.input + result.tokens.output > 0)
      usage.add(models[0], result.tokens, result.tokens.cached ?? 0);
  }
  closeItem(item);
  return {
    model: sampleModel ?? givenModel,
    result_counts: counts,
    per_model_usage: [...usage.byModel].map(([model_name, u]) => ({ model_name, ...u })),
    per_testing_criteria_results: evalDoc.testing_criteria.map((grader, i) => ({
      testing_criteria: grader.name,
      ...byCriterion[i]!,
    })),
  };
}

/**
 * The eval run as OpenAI shapes it. Counts are read from the results; once the run
 * has finished they cannot change, so they are kept on the eval run and read once.
 */
export async function presentEvalRun(
  deps: {
    evals: EvalStore;
    results: (runId: string) => AsyncIterable<RunResultDoc>;
    baseUrl: string;
    embeddingModel: string;
  },
  evalDoc: EvalDoc,
  evalRun: EvalRunDoc,
  run: RunDoc,
): Promise<EvalRun> {
  let summary = evalRun.summary;
  if (!summary) {
    summary = await summarize(deps.results(run.id), evalDoc, evalRun, deps.embeddingModel);
    if (terminalRunStatuses.includes(run.status)) await deps.evals.runs.update(run.id, { $set: { summary } });
  }
  return {
    object: 'eval.run',
    id: run.id,
    eval_id: evalRun.eval_id,
    name: evalRun.name,
    status: evalRunStatusOf[run.status],
    model: (evalRun.data_source.type === 'jsonl' ? null : evalRun.data_source.model) ?? summary.model ?? null,
    data_source: withInlineRows(evalRun.data_source, rowOf),
    metadata: evalRun.metadata,
    result_counts: summary.result_counts,
    per_model_usage: summary.per_model_usage,
    per_testing_criteria_results: summary.per_testing_criteria_results,
    // The run's page in the console (it asks for a key and reads the same run through the API).
    report_url: `${deps.baseUrl}/console/runs/${run.id}`,
    error: run.error ? { code: run.error.code, message: run.error.message } : null,
    created_at: evalRun.created_at,
  };
}
