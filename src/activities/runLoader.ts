import type { RunDoc } from '../store/runs.js';
import type { RunStores } from './deps.js';
import { runFatal } from './runFatal.js';

/** The run document every activity starts from; its absence ends the run (it was never fully created). */
export async function loadRun(stores: RunStores, projectId: string, runId: string): Promise<RunDoc> {
  const run = await stores.runs(projectId).docs.get(runId);
  if (!run) throw runFatal(`the run document ${runId} does not exist`);
  return run;
}

/** What a batch reads of its run: fixed when the run is created (and its items counted), never after. */
export type RunSetup = Pick<RunDoc, 'id' | 'project_id' | 'config' | 'rerun' | 'sample' | 'ground_truth'>;

/** Runs whose setup a worker keeps: more than the runs a worker's batches take turns among at once. */
const KEPT_RUNS = 64;

/**
 * The setups of the runs a worker's batches belong to, read once per run instead of once per
 * batch: on FerretDB a run document read costs the server the whole document, its progress and
 * metrics included, whatever the projection. The least recently used goes first past KEPT_RUNS.
 */
export class RunSetups {
  private readonly kept = new Map<string, RunSetup>();

  constructor(private readonly stores: RunStores) {}

  async get(projectId: string, runId: string): Promise<RunSetup> {
    const key = `${projectId}\u0000${runId}`;
    const known = this.kept.get(key);
    if (known) {
      this.kept.delete(key);
      this.kept.set(key, known);
      return known;
    }
    const { id, project_id, config, rerun, sample, ground_truth } = await loadRun(
      this.stores,
      projectId,
      runId,
    );
    const setup: RunSetup = { id, project_id, config, rerun, sample, ground_truth };
    this.kept.set(key, setup);
    if (this.kept.size > KEPT_RUNS) this.kept.delete(this.kept.keys().next().value!);
    return setup;
  }
}
