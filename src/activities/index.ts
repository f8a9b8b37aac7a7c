import { createStore } from '../store/index.js';
import type { ActivityDeps } from './deps.js';
import { createEvaluateBatch } from './evaluateBatch.js';
import { createPrepareRunItems } from './prepareRunItems.js';
import { createProjectionActivities } from './projectRun.js';

export type { ActivityDeps } from './deps.js';

/** Every activity the worker registers, built from injected dependencies (no module state). */
export function createActivities(deps: ActivityDeps) {
  const store = createStore(deps.db);
  return {
    prepareRunItems: createPrepareRunItems(deps, (projectId) => store.forProject(projectId)),
    evaluateBatch: createEvaluateBatch(deps),
    ...createProjectionActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
