import type { Env } from '../../platform/config.js';
import type { Evaluator } from '../../domain/evaluators.js';
import type { DataSource, ResolvedSource, RunCreate } from '../../domain/runs.js';
import { BadRequestError, ValidationError, type ErrorDetail } from '../../domain/errors.js';
import type { ComparisonRequest } from '../../domain/comparisons.js';
import { resolveComparison } from './resolveComparison.js';
import { templateDetails } from '../../judge/template.js';
import { unsupportedParams } from '../../models/apiBodies.js';
import type { ProviderRegistry } from '../../models/providers.js';
import type { ContainerDoc } from '../../store/containers.js';
import { presentEvaluator } from '../../store/evaluators.js';
import type { ProjectStore } from '../../store/index.js';

export interface RunRequestContext {
  store: ProjectStore;
  env: Pick<Env, 'ASSAY_ENVIRONMENTS'>;
  providers: ProviderRegistry;
}

/** A create request with every name resolved to an id and every evaluator snapshotted. */
export interface ResolvedRunRequest {
  container: ContainerDoc;
  /** As they are now, version included: the run uses this snapshot whatever happens to them later. */
  evaluators: Evaluator[];
  sample: ResolvedSource;
  ground_truth: ResolvedSource;
  /** Every dataset either side reads. */
  datasetIds: string[];
  /** `comparison` with a baseline run's id and model filled in (stored as the run's request). */
  comparison: ComparisonRequest | undefined;
}

/**
 * The checks the schema cannot make, in SPEC's order of statuses: what is
 * invalid (422, every problem at once), what is impossible (400), what does not
 * exist (404, naming it).
 */
export async function resolveRunRequest(
  ctx: RunRequestContext,
  body: RunCreate,
): Promise<ResolvedRunRequest> {
  checkRequest(ctx, body);
  const { store } = ctx;
  const container = await store.containers.require(body.container);
  const evaluators: Evaluator[] = [];
  for (const ref of body.evaluators) {
    const evaluator = presentEvaluator(await store.evaluators.require(ref, container.id));
    if (evaluators.some((e) => e.id === evaluator.id)) continue; // named twice (by id and by name)
    // Evaluators stored before this check existed, or under another api_type rule, must not start a run that fails every call.
    const unsupported = unsupportedParams(evaluator.api_type, evaluator.inference_params ?? undefined);
    if (unsupported.length > 0) {
      throw new ValidationError(`Invalid run: evaluator '${evaluator.name}' cannot be used`, [
        {
          field: `evaluators.${body.evaluators.indexOf(ref)}`,
          message: `evaluator '${evaluator.name}' sends ${unsupported.map((p) => `inference_params.${p}`).join(', ')}, which api_type '${evaluator.api_type}' does not support; PATCH the evaluator first`,
        },
      ]);
    }
    evaluators.push(evaluator);
  }
  const comparison = await resolveComparison(store, body, evaluators);
  const sample = await resolveSide(store, body.sample, container);
  const ground_truth = await resolveSide(store, body.ground_truth, container);
  const datasetIds = [
    ...new Set([sample.dataset_id, ground_truth.dataset_id].filter((id) => id !== undefined)),
  ];
  return { container, evaluators, sample, ground_truth, datasetIds, comparison };
}

function checkRequest(ctx: RunRequestContext, body: RunCreate): void {
  const problems: ErrorDetail[] = [];
  if (!body.sample && !body.ground_truth) {
    problems.push({
      field: 'sample',
      message: 'give sample, ground_truth or both (an omitted side is the container’s task logs)',
    });
  }
  if (!ctx.env.ASSAY_ENVIRONMENTS.includes(body.environment)) {
    problems.push({
      field: 'environment',
      message: `unknown environment '${body.environment}'; known: ${ctx.env.ASSAY_ENVIRONMENTS.join(', ')}`,
    });
  }
  if (body.ground_truth?.type === 'generate' && body.ground_truth.models.length !== 1) {
    problems.push({
      field: 'ground_truth.models',
      message: 'a generated ground truth takes exactly one model',
    });
  }
  for (const side of ['sample', 'ground_truth'] as const) {
    const source = body[side];
    if (source?.type !== 'generate') continue;
    // Rendered by the worker for every item: an unknown variable would fail each one alike.
    if (source.prompt !== undefined)
      problems.push(...templateDetails(`${side}.prompt`, source.prompt, 'generate'));
    source.models.forEach((slug, i) => {
      if (!ctx.providers.resolve(slug)) {
        problems.push({ field: `${side}.models.${i}`, message: ctx.providers.explainUnserved(slug) });
      } else if (source.models.indexOf(slug) !== i) {
        problems.push({ field: `${side}.models.${i}`, message: `'${slug}' is listed twice` });
      }
    });
  }
  if (problems.length > 0) {
    throw new ValidationError(
      `Invalid run: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
      problems,
    );
  }
  if (body.sample?.type === 'generate' && body.ground_truth?.type === 'generate') {
    throw new BadRequestError(
      'no_seed_side',
      'Both sides are type=generate: at least one side must supply the inputs (dataset or container).',
      { param: 'ground_truth' },
    );
  }
}

/** Ids filled in; an omitted side is the run container's task logs. Item counts of task logs come at preparation. */
async function resolveSide(
  store: ProjectStore,
  source: DataSource | undefined,
  container: ContainerDoc,
): Promise<ResolvedSource> {
  if (!source) {
    return {
      type: 'container',
      container_id: container.id,
      item_count: null,
      source: { type: 'container', container: container.id },
    };
  }
  switch (source.type) {
    case 'dataset': {
      const dataset = await store.datasets.present(await store.datasets.require(source.dataset));
      return {
        type: 'dataset',
        dataset_id: dataset.id,
        item_count: Math.min(dataset.item_count, source.limit ?? Infinity),
        source: { ...source, dataset: dataset.id },
      };
    }
    case 'container': {
      const logsOf = source.container ? await store.containers.require(source.container) : container;
      return {
        type: 'container',
        container_id: logsOf.id,
        item_count: null,
        source: { ...source, container: logsOf.id },
      };
    }
    case 'generate':
      return { type: 'generate', models: source.models, item_count: null, source };
  }
}
