import type { Db } from 'mongodb';
import type { Logger } from '../platform/log.js';
import { ContainerStore, ensureContainerIndexes } from './containers.js';
import { DatasetStore, ensureDatasetIndexes } from './datasets.js';
import { ensureEvalIndexes } from './evals.js';
import { ensureEvaluatorIndexes, EvaluatorStore } from './evaluators.js';
import { KeyStore } from './keys.js';
import { ensureHumanLabelIndexes, HumanLabelStore } from './labels.js';
import { ensureTaskLogIndexes, TaskLogStore } from './logs.js';
import { ensureRunBatchIndexes } from './runBatches.js';
import { RunIdempotencyStore } from './runIdempotency.js';
import { ensureRunResultIndexes, RunResultStore } from './runResults.js';
import { ensureRunIndexes, RunStore } from './runs.js';
import { StoreJobs } from './storeJobs.js';
import { ensureGrowthIndexes } from './growthIndexes.js';
import { ensureRateLimitIndexes } from './rateLimits.js';
import { ensureWebhookIndexes, WebhookDeliveryStore } from './webhookDeliveries.js';
import { WebhookStore } from './webhooks.js';
import { MonitorStore } from './monitors.js';
import { ensureMonitorIndexes, MonitorDataStore } from './monitorData.js';

/** The project-scoped stores a request may touch: built from the key's project, never from input. */
export interface ProjectStore {
  projectId: string;
  containers: ContainerStore;
  logs: TaskLogStore;
  datasets: DatasetStore;
  evaluators: EvaluatorStore;
  /** Human labels per evaluator (calibration of its judges). */
  labels: HumanLabelStore;
  runs: RunStore;
  runIdempotency: RunIdempotencyStore;
  /** Keyed by run id; reach them through a run of this project (runs.require) first. */
  runResults: RunResultStore;
  webhooks: WebhookStore;
  webhookDeliveries: WebhookDeliveryStore;
  monitors: MonitorStore;
  /** Keyed by monitor id; reach them through a monitor of this project (monitors.require) first. */
  monitorData: MonitorDataStore;
}

export interface Store {
  db: Db;
  keys: KeyStore;
  /** Background deletions of a deleted parent's children (see storeJobs.ts). */
  jobs: StoreJobs;
  forProject(projectId: string): ProjectStore;
  ensureIndexes(): Promise<void>;
}

export function createStore(db: Db, logger?: Logger): Store {
  const keys = new KeyStore(db);
  const jobs = new StoreJobs(db, logger);
  return {
    db,
    keys,
    jobs,
    forProject: (projectId) => ({
      projectId,
      containers: new ContainerStore(db, projectId, jobs),
      logs: new TaskLogStore(db, projectId),
      datasets: new DatasetStore(db, projectId, jobs),
      evaluators: new EvaluatorStore(db, projectId),
      labels: new HumanLabelStore(db, projectId),
      runs: new RunStore(db, projectId),
      runIdempotency: new RunIdempotencyStore(db, projectId),
      runResults: new RunResultStore(db),
      webhooks: new WebhookStore(db, projectId),
      webhookDeliveries: new WebhookDeliveryStore(db, projectId),
      monitors: new MonitorStore(db, projectId),
      monitorData: new MonitorDataStore(db),
    }),
    ensureIndexes: async () => {
      await keys.ensureIndexes();
      await ensureContainerIndexes(db);
      await ensureTaskLogIndexes(db);
      await ensureDatasetIndexes(db);
      await ensureEvaluatorIndexes(db);
      await ensureHumanLabelIndexes(db);
      await ensureRunIndexes(db);
      await ensureRunResultIndexes(db);
      await ensureRunBatchIndexes(db);
      await ensureEvalIndexes(db);
      await ensureGrowthIndexes(db);
      await ensureRateLimitIndexes(db);
      await ensureWebhookIndexes(db);
      await ensureMonitorIndexes(db);
    },
  };
}
