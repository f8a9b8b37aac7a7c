import type { Db, Document } from 'mongodb';
import type { RunStatus } from '../domain/runs.js';
import { ConflictError } from '../domain/errors.js';

/** Runs that may still read their evaluators, container or datasets. */
export const liveRunStatuses: readonly RunStatus[] = ['queued', 'running', 'paused'];

export interface RunUsageRef {
  evaluatorId?: string;
  containerId?: string;
  datasetId?: string;
}

/** Whether a live run of the project uses any of the given resources. */
export async function hasLiveRunUsing(db: Db, projectId: string, ref: RunUsageRef): Promise<boolean> {
  const uses: Document[] = [];
  if (ref.evaluatorId) uses.push({ evaluator_ids: ref.evaluatorId });
  if (ref.containerId) uses.push({ container_id: ref.containerId });
  if (ref.datasetId) uses.push({ dataset_ids: ref.datasetId });
  if (uses.length === 0) throw new Error('hasLiveRunUsing needs at least one resource');
  const run = await db
    .collection('runs')
    .findOne(
      { project_id: projectId, status: { $in: [...liveRunStatuses] }, $or: uses },
      { projection: { _id: 1 } },
    );
  return run !== null;
}

/**
 * The 409 of deleting something a live run uses. A check, not a lock (there are no
 * transactions): a run created in the instant between this check and the delete
 * still starts, and then fails visibly on the missing resource.
 */
export async function refuseWhileLiveRunUses(
  db: Db,
  projectId: string,
  ref: RunUsageRef,
  resource: string,
): Promise<void> {
  if (await hasLiveRunUsing(db, projectId, ref)) {
    throw new ConflictError(
      `${resource.replaceAll(' ', '_')}_in_use`,
      `A queued, running or paused evaluation run uses this ${resource}; cancel the run or wait for it to finish first.`,
    );
  }
}
