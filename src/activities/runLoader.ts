import type { RunDoc } from '../store/runs.js';
import type { RunStores } from './deps.js';
import { runFatal } from './runFatal.js';

/** The run document every activity starts from; its absence ends the run (it was never fully created). */
export async function loadRun(stores: RunStores, projectId: string, runId: string): Promise<RunDoc> {
  const run = await stores.runs(projectId).docs.get(runId);
  if (!run) throw runFatal(`the run document ${runId} does not exist`);
  return run;
}
