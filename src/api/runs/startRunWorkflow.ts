import type { Client } from '@temporalio/client';
import { taskQueueFor, type Env } from '../../platform/config.js';
import type { DataSource } from '../../domain/runs.js';
import {
  AssayContainer,
  AssayEnvironment,
  AssayParentRun,
  AssayProject,
  AssayStatus,
} from '../../domain/searchAttributes.js';
import type { RunDoc } from '../../store/runs.js';
import type { EvaluationRunWorkflow } from '../../workflows/evaluationRun.js';

/**
 * Starts the run's workflow: id = run id (so the Temporal UI and the API name it
 * alike), on its environment's task queue, findable by search attributes.
 * REJECT_DUPLICATE: a retried create can never start a finished run again.
 */
export async function startRunWorkflow(
  client: Client,
  env: Pick<Env, 'ASSAY_TASK_QUEUE_PREFIX'>,
  run: RunDoc,
): Promise<void> {
  const sides = `${run.sample.type} × ${run.ground_truth.type}`;
  await client.workflow.start<typeof EvaluationRunWorkflow>('EvaluationRunWorkflow', {
    workflowId: run.id,
    taskQueue: taskQueueFor(env, run.environment),
    args: [{ projectId: run.project_id, runId: run.id, budgetUsd: run.estimated_spend.budget_usd }],
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
    typedSearchAttributes: [
      { key: AssayProject, value: run.project_id },
      { key: AssayContainer, value: run.container_id },
      { key: AssayStatus, value: run.status },
      { key: AssayEnvironment, value: run.environment },
      ...(run.rerun ? [{ key: AssayParentRun, value: run.rerun.parent_run_id }] : []),
    ],
    memo: { project_id: run.project_id, container_id: run.container_id, evaluator_ids: run.evaluator_ids },
    staticSummary: `Evaluation run of ${run.container_id}: ${run.evaluator_ids.length} evaluator(s), ${sides}`,
    staticDetails: [
      `**Run** ${run.id} (project ${run.project_id}, environment ${run.environment})` +
        (run.rerun ? `, rerun of ${run.rerun.parent_run_id}` : ''),
      `**Evaluators** ${run.config.evaluators.map((e) => `${e.name} v${e.version}`).join(', ')}`,
      `**Sample** ${describeSource(run.sample.source)}`,
      `**Ground truth** ${describeSource(run.ground_truth.source)}`,
    ].join('\n\n'),
  });
}

/**
 * A data source for the Temporal UI, without the tenant's prompts and messages: operators need
 * not read them, and 100 KB of them would push the start request past Temporal's size limits.
 */
export function describeSource(source: DataSource): string {
  if (source.type !== 'generate') return JSON.stringify(source);
  const parts = [`generate by ${source.models.join(', ')}`];
  if (source.prompt !== undefined) parts.push(`a prompt template of ${source.prompt.length} characters`);
  if (source.messages) parts.push(`${source.messages.length} fixed message(s)`);
  return parts.join('; ');
}
