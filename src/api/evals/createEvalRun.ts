import type { DatasetItemInput } from '../../domain/datasets.js';
import type { EvalFileLine, EvalRunCreate } from '../../domain/evals.js';
import type { RunDataSource } from '../../domain/evalRunDataSources.js';
import type { DataSource, RunCreate } from '../../domain/runs.js';
import { BadRequestError, invalidField, type ErrorDetail } from '../../domain/errors.js';
import { validationFailed } from '../validation.js';
import { modelSlugOf } from '../../graders/modelSlug.js';
import { createRun, type CreateRunContext } from '../runs/createRun.js';
import { itemValidator } from './itemSchema.js';
import type { EvalFileStore } from '../../store/evalFiles.js';
import type { EvalDoc, EvalRunDoc, EvalStore } from '../../store/evals.js';
import { newId, nowSeconds } from '../../store/ids.js';
import { storableRow, withInlineRows } from '../../domain/storableRow.js';
import type { RunDoc } from '../../store/runs.js';

/** Items written per insert while a file's lines are copied into the run's dataset. */
const COPY_CHUNK = 500;
/** Problems listed in one 422 (enough to fix a file by). */
const MAX_DETAILS = 100;

export interface EvalRunContext extends CreateRunContext {
  evals: EvalStore;
  files: EvalFileStore;
}

/** A run item's id: its position, zero-padded so result keys sort in data source order. */
export const evalItemId = (index: number) => String(index).padStart(9, '0');

/** `item`, the OpenAI row, rides in the dataset item's `input`; a given `sample` in its `output` (as text if need be). */
function datasetItemOf(line: EvalFileLine, index: number): DatasetItemInput {
  return {
    id: evalItemId(index),
    input: storableRow(line.item) as unknown as DatasetItemInput['input'],
    output: (line.sample ? storableRow(line.sample) : undefined) as unknown as DatasetItemInput['output'],
  };
}

/** The `responses` source's filters on what a task log does not record: refused, not ignored. */
const unrecordedFilters = {
  users: 'the end user',
  instructions_search: 'the instructions',
  tools: 'the tools offered',
  reasoning_effort: 'the reasoning effort',
  temperature: 'the temperature',
  top_p: 'top_p',
} as const;

/** The eval's metadata filters and the run's together (both must hold); the same key twice must agree. */
function metadataFilter(fromEval: Record<string, unknown>, fromRun: Record<string, string>) {
  const filter: Record<string, string> = {};
  for (const [key, value] of Object.entries(fromEval)) if (typeof value === 'string') filter[key] = value;
  for (const [key, value] of Object.entries(fromRun)) {
    if (filter[key] !== undefined && filter[key] !== value) {
      throw new BadRequestError(
        'conflicting_filter',
        `data_source.source.metadata.${key}: the eval's data_source_config filters ${key} = '${filter[key]}', so no log has '${value}'.`,
        { param: `data_source.source.metadata.${key}` },
      );
    }
    filter[key] = value;
  }
  return filter;
}

/** Where Assay keeps stored completions: a container's task logs, named by `metadata.container`. */
function logsSource(evalDoc: EvalDoc, dataSource: RunDataSource): DataSource | null {
  const source = dataSource.source;
  if (source.type !== 'stored_completions' && source.type !== 'responses') return null;
  if (source.type === 'responses') {
    for (const [field, what] of Object.entries(unrecordedFilters)) {
      if (source[field as keyof typeof unrecordedFilters] == null) continue;
      throw new BadRequestError(
        'unsupported_filter',
        `data_source.source.${field}: Assay's task logs do not record ${what}, so they cannot be filtered by it; record it in the logs' metadata and filter with data_source.source.metadata.`,
        { param: `data_source.source.${field}` },
      );
    }
  }
  const { container: fromRun, ...runFilter } = source.metadata ?? {};
  const { container: fromEval, ...evalFilter } = evalDoc.data_source_config.metadata ?? {};
  const container = fromRun ?? (typeof fromEval === 'string' ? fromEval : undefined);
  if (!container) {
    throw invalidField(
      'data_source.source.metadata.container',
      "name the container whose task logs are the stored completions (metadata.container here or in the eval's data_source_config)",
    );
  }
  const filter = metadataFilter(evalFilter, runFilter);
  // Absent rather than undefined: the run document stores its sources, and MongoDB would keep nulls.
  return {
    type: 'container',
    container,
    ...(source.created_after != null ? { since: source.created_after } : {}),
    ...(source.created_before != null ? { until: source.created_before } : {}),
    ...(source.limit != null ? { limit: source.limit } : {}),
    filter: {
      ...(source.model ? { model: source.model } : {}),
      ...(Object.keys(filter).length > 0 ? { metadata: filter } : {}),
    },
  };
}

/** What Assay cannot do, as a 400 naming the feature; what is missing, as a 422. */
function checkDataSource(dataSource: RunDataSource, ctx: EvalRunContext): void {
  if (dataSource.type === 'jsonl') return;
  const generates =
    dataSource.source.type === 'file_content' || dataSource.source.type === 'file_id' || dataSource.model;
  if (!generates) return;
  const details: ErrorDetail[] = [];
  if (!dataSource.model)
    details.push({ field: 'data_source.model', message: 'required to generate completions' });
  else if (!ctx.providers.resolve(modelSlugOf(dataSource.model))) {
    details.push({
      field: 'data_source.model',
      message: ctx.providers.explainUnserved(modelSlugOf(dataSource.model)),
    });
  }
  if (
    !dataSource.input_messages &&
    dataSource.source.type !== 'stored_completions' &&
    dataSource.source.type !== 'responses'
  ) {
    details.push({
      field: 'data_source.input_messages',
      message: 'required to generate completions from file items',
    });
  }
  if (details.length > 0) throw validationFailed('eval run', details);
}

/** The file's lines (or the inline content), each validated against the eval's item schema. */
async function* runLines(ctx: EvalRunContext, dataSource: RunDataSource): AsyncGenerator<EvalFileLine> {
  const source = dataSource.source;
  if (source.type === 'file_content') {
    yield* source.content;
  } else if (source.type === 'file_id') {
    const file = await ctx.files.docs.get(source.id);
    if (!file) throw invalidField('data_source.source.id', `no file '${source.id}' in this project`);
    for await (const record of ctx.files.records(file)) yield record as EvalFileLine;
  }
}

/** Copies the run's items into a dataset of its own (`<run id>-items`), all or nothing. */
async function writeItems(ctx: EvalRunContext, evalDoc: EvalDoc, runId: string, dataSource: RunDataSource) {
  const validate = itemValidator(evalDoc);
  const dataset = await ctx.store.datasets.create(
    { name: `${runId}-items`, container: evalDoc.container_id, description: `Items of eval run ${runId}` },
    evalDoc.container_id,
  );
  const upload = await ctx.store.datasets.beginUpload(dataset.id);
  const details: ErrorDetail[] = [];
  let chunk: DatasetItemInput[] = [];
  let index = 0;
  try {
    for await (const line of runLines(ctx, dataSource)) {
      if (validate && !validate(line.item)) {
        if (details.length < MAX_DETAILS) {
          const first = validate.errors?.[0];
          details.push({
            field: `data_source.source item ${index}${first?.instancePath ? `: item${first.instancePath.replaceAll('/', '.')}` : ''}`,
            message: `does not match the eval's item_schema: ${first?.message ?? 'invalid'}`,
          });
        }
      } else if (details.length === 0) {
        chunk.push(datasetItemOf(line, index));
        if (chunk.length >= COPY_CHUNK) {
          await upload.write(chunk);
          chunk = [];
        }
      }
      index++;
    }
    if (details.length > 0) throw validationFailed('eval run items', details);
    if (chunk.length > 0) await upload.write(chunk);
    await upload.commit();
  } catch (error) {
    await upload.abort();
    await ctx.store.datasets.delete(dataset.id);
    throw error;
  }
  return dataset.id;
}

/**
 * An eval run is a native evaluation run of the eval's container with its grader
 * evaluators, over either a dataset holding the run's items (file content or a
 * file) or the container task logs that stand for stored completions. The eval-run
 * document is written first, under the run's id, so the engine finds it from the
 * first batch on.
 */
export async function createEvalRun(
  ctx: EvalRunContext,
  evalDoc: EvalDoc,
  body: EvalRunCreate,
): Promise<{ evalRun: EvalRunDoc; run: RunDoc }> {
  const dataSource = body.data_source;
  checkDataSource(dataSource, ctx);
  const runId = newId('run');
  const fromLogs = logsSource(evalDoc, dataSource);
  const datasetId = fromLogs ? null : await writeItems(ctx, evalDoc, runId, dataSource);
  const side: DataSource = fromLogs ?? { type: 'dataset', dataset: datasetId! };
  const evalRun = await ctx.evals.runs.insert({
    id: runId,
    eval_id: evalDoc.id,
    name: body.name ?? `${evalDoc.name} run`,
    metadata: body.metadata ?? null,
    // Inline rows in their storable form; the Evals API reads them back as posted.
    data_source: withInlineRows(dataSource, storableRow),
    dataset_id: datasetId,
    created_at: nowSeconds(),
  });
  const request: RunCreate = {
    container: evalDoc.container_id,
    evaluators: evalDoc.evaluator_ids,
    sample: side,
    ground_truth: side,
    metadata: { openai_eval_id: evalDoc.id },
    environment: 'main',
  };
  try {
    const { run } = await createRun(ctx, request, undefined, runId);
    return { evalRun, run };
  } catch (error) {
    await ctx.evals.runs.delete(runId);
    if (datasetId) await ctx.store.datasets.delete(datasetId);
    throw error;
  }
}
