import type { ActivityDeps } from './deps.js';
import { createAttemptWebhookDelivery } from './attemptWebhookDelivery.js';
import { createEvaluateBatch } from './evaluateBatch.js';
import { createPrepareRunItems } from './prepareRunItems.js';
import { createFinalizeRun } from './finalizeRun.js';
import { createProjectRun } from './projectRun.js';
import { createRunGrader } from './runGrader.js';
import { createScoreMonitorLogs } from './scoreMonitorLogs.js';

export type { ActivityDeps } from './deps.js';

/** Every activity the worker registers, built from injected dependencies (no module state). */
export function createActivities(deps: ActivityDeps) {
  return {
    prepareRunItems: createPrepareRunItems(deps),
    evaluateBatch: createEvaluateBatch(deps),
    projectRun: createProjectRun(deps),
    finalizeRun: createFinalizeRun(deps),
    attemptWebhookDelivery: createAttemptWebhookDelivery(deps),
    scoreMonitorLogs: createScoreMonitorLogs(deps),
    runGrader: createRunGrader(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
