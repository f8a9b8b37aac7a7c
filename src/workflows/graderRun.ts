import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import type { RunGraderInput, RunGraderOutput } from '../activities/runGrader.js';

/**
 * A caller waits for this one (graders.run answers with its result), so failures are not
 * retried for long: one more attempt for a worker that died, then the caller hears why (a
 * provider that cannot be reached fails at once: providerFailure is non-retryable).
 * Five minutes covers a python grader's first use of the sandbox environment.
 */
const { runGrader } = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  retry: { maximumAttempts: 2 },
});

/** Grades one sample on a worker: the model layer and the sandbox live there, not in the API. */
export async function GraderRunWorkflow(input: RunGraderInput): Promise<RunGraderOutput> {
  return runGrader(input);
}
