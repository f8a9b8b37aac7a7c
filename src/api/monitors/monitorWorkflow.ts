import type { Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/client';
import { webhookTaskQueue, type Env } from '../../platform/config.js';
import { AssayContainer, AssayProject } from '../../domain/searchAttributes.js';
import type { MonitorDoc } from '../../store/monitors.js';
import type { MonitorWorkflow } from '../../workflows/monitor.js';

export const monitorWorkflowId = (projectId: string, monitorId: string) =>
  `monitor-${projectId}-${monitorId}`;

/**
 * Starts (or keeps) the monitor's workflow. Every worker serves the webhook queue, so monitors
 * run wherever any worker runs, whatever environments it serves. Starting one that runs
 * already is a no-op (USE_EXISTING): a retried create or a double resume starts nothing twice.
 */
export async function startMonitorWorkflow(
  client: Client,
  env: Pick<Env, 'ASSAY_TASK_QUEUE_PREFIX' | 'ASSAY_MONITOR_POLL_MS'>,
  monitor: MonitorDoc,
): Promise<void> {
  await client.workflow.start<typeof MonitorWorkflow>('MonitorWorkflow', {
    workflowId: monitorWorkflowId(monitor.project_id, monitor.id),
    taskQueue: webhookTaskQueue(env),
    args: [{ projectId: monitor.project_id, monitorId: monitor.id, pollMs: env.ASSAY_MONITOR_POLL_MS }],
    workflowIdConflictPolicy: 'USE_EXISTING',
    typedSearchAttributes: [
      { key: AssayProject, value: monitor.project_id },
      { key: AssayContainer, value: monitor.container_id },
    ],
    staticSummary: `Monitor ${monitor.name} of ${monitor.container_id}`,
    staticDetails: `**Monitor** ${monitor.id}: ${monitor.evaluators.map((e) => e.name).join(', ')} at ${monitor.sampling_rate * 100}%`,
  });
}

/** Stops the workflow (delete): a pass in flight notices the monitor is gone and takes its writes back. */
export async function stopMonitorWorkflow(
  client: Client,
  projectId: string,
  monitorId: string,
): Promise<void> {
  try {
    await client.workflow.getHandle(monitorWorkflowId(projectId, monitorId)).terminate('monitor deleted');
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return;
    throw error;
  }
}
