import type { DataSourceConfig, DataSourceConfigCreate, EvalCreate } from '../../domain/evals.js';
import { definitionFromCreate } from '../../domain/evaluators.js';
import type { ErrorDetail } from '../../domain/errors.js';
import { validationFailed } from '../validation.js';
import { graderProblems, type GraderCheckDeps } from '../../graders/checkGrader.js';
import { storedDataSourceConfig, type EvalDoc, type EvalStore } from '../../store/evals.js';
import { compileItemSchema } from './itemSchema.js';
import { newId, nowSeconds } from '../../store/ids.js';
import type { ProjectStore } from '../../store/index.js';

/** The JSON schema of the `sample` namespace OpenAI shows with `include_sample_schema`. */
const sampleSchema = {
  type: 'object',
  properties: {
    model: { type: 'string' },
    choices: { type: 'array' },
    output_text: { type: 'string' },
    output_json: { type: 'object' },
    output_tools: { type: 'array' },
  },
  required: ['model', 'output_text'],
};

/** Stored task logs as items: Assay's task-log shape, as OpenAI shows its logs' schema. */
const logItemSchema = {
  type: 'object',
  properties: {
    item: {
      type: 'object',
      properties: { input: {}, output: {}, metadata: { type: 'object' }, model: { type: 'string' } },
    },
    sample: sampleSchema,
  },
};

/** The config as the eval shows it: the item schema wrapped as OpenAI does (`item`, optionally `sample`). */
export function dataSourceConfigOf(config: DataSourceConfigCreate): DataSourceConfig {
  if (config.type !== 'custom') {
    return { type: config.type, schema: logItemSchema, metadata: config.metadata ?? null };
  }
  const properties: Record<string, unknown> = { item: config.item_schema };
  if (config.include_sample_schema) properties.sample = sampleSchema;
  return {
    type: 'custom',
    schema: { type: 'object', properties, required: Object.keys(properties) },
  };
}

/**
 * An eval on the native engine: a container (labelled with the eval's id) that
 * holds one `grader` evaluator per testing criterion; its runs are that
 * container's evaluation runs.
 */
export async function createEval(
  deps: GraderCheckDeps & { store: ProjectStore; evals: EvalStore },
  body: EvalCreate,
): Promise<EvalDoc> {
  const details: ErrorDetail[] = [];
  for (const [i, grader] of body.testing_criteria.entries()) {
    details.push(...(await graderProblems(grader, `testing_criteria.${i}`, deps)));
  }
  if (details.length > 0) throw validationFailed('eval', details);
  if (body.data_source_config.type === 'custom') compileItemSchema(body.data_source_config.item_schema);

  const id = newId('eval');
  const container = await deps.store.containers.create({
    label: id,
    name: body.name ?? id,
    description: 'An eval of the OpenAI-compatible Evals API',
    metadata: { openai_eval_id: id },
  });
  const evaluatorIds: string[] = [];
  for (const [i, grader] of body.testing_criteria.entries()) {
    const evaluator = await deps.store.evaluators.create(
      definitionFromCreate(
        {
          type: 'grader',
          name: `criterion-${i + 1}`,
          description: grader.name,
          grader,
          mode: 'pointwise',
        },
        container.id,
      ),
    );
    evaluatorIds.push(evaluator.id);
  }
  const now = nowSeconds();
  return deps.evals.evals.insert({
    id,
    name: body.name ?? id,
    metadata: body.metadata ?? null,
    data_source_config: storedDataSourceConfig(dataSourceConfigOf(body.data_source_config)),
    testing_criteria: body.testing_criteria,
    container_id: container.id,
    evaluator_ids: evaluatorIds,
    created_at: now,
    updated_at: now,
  });
}
