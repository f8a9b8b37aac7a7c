import { continueAsNew, proxyActivities, setCurrentDetails, sleep } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';

const { scoreMonitorLogs } = proxyActivities<Activities>({
  // A pass scores at most MONITOR_BATCH_LOGS logs; model calls inside retry on their own.
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '30 seconds',
  // MongoDB away, a worker killed: try again without limit (a pass redoes only what is missing).
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

export interface MonitorWorkflowInput {
  projectId: string;
  monitorId: string;
  /** How long to wait when the backlog is empty: the bound on a log's wait before it is read. */
  pollMs: number;
}

/** Passes per workflow run before continuing as new: keeps the history far below its limits. */
const PASSES_PER_RUN = 500;

/**
 * A monitor's scoring loop: one long-lived workflow per monitor (id `monitor-<id>`), continuing
 * as new every few hundred passes. Each pass is one activity; its cursor lives in the store, so
 * the workflow holds no state and a restart or continue-as-new resumes exactly where the last
 * pass left off. It ends when the monitor is paused or deleted (resume starts it again).
 */
export async function MonitorWorkflow(input: MonitorWorkflowInput): Promise<string> {
  for (let pass = 0; pass < PASSES_PER_RUN; pass++) {
    const outcome = await scoreMonitorLogs({ projectId: input.projectId, monitorId: input.monitorId });
    if (outcome.state === 'gone' || outcome.state === 'paused') return outcome.state;
    setCurrentDetails(
      `**${outcome.state}**: ${outcome.results} result(s), backlog ${outcome.backlog} log(s), last pass read ${outcome.read}`,
    );
    if (outcome.state === 'budget') await sleep(Math.max(input.pollMs, 60_000));
    else if (outcome.backlog === 0) await sleep(input.pollMs);
  }
  return continueAsNew<typeof MonitorWorkflow>(input);
}
