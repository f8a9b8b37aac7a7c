import type { Db } from 'mongodb';
import { RunStore, type RunDoc } from '../store/runs.js';
import { runFatal } from './runFatal.js';

/** The run document every activity starts from; its absence ends the run (it was never fully created). */
export async function loadRun(db: Db, projectId: string, runId: string): Promise<RunDoc> {
  const run = await new RunStore(db, projectId).docs.get(runId);
  if (!run) throw runFatal(`the run document ${runId} does not exist`);
  return run;
}
