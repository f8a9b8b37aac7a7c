import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';

export interface EvaluationRunInput {
  projectId: string;
  runId: string;
}

const { markRunStarted } = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds' });

/** Placeholder of the run workflow: the run engine replaces it. */
export async function EvaluationRunWorkflow(input: EvaluationRunInput): Promise<string> {
  await markRunStarted(input);
  return 'completed';
}
