import type { Db } from 'mongodb';
import type { Logger } from '../platform/log.js';
import type { Clock, EvaluationDeps } from '../evaluation/deps.js';
import type { SourceStores } from '../evaluation/sourceItems.js';
import { EvalStore } from '../store/evals.js';
import { nowSeconds } from '../store/ids.js';
import { createStore, type ProjectStore } from '../store/index.js';
import type { ResultIndex } from '../store/resultIndex.js';
import { RunBatchStore } from '../store/runBatches.js';
import { RunResultStore } from '../store/runResults.js';
import { RunStore } from '../store/runs.js';
import { StoreJobs } from '../store/storeJobs.js';
import type { WebhookDispatcher } from '../webhooks/dispatcher.js';

/** The stores a run's activities read and write; project-scoped ones are built per project. */
export interface RunStores {
  batches: RunBatchStore;
  results: RunResultStore;
  /** The results list's index (the one `results` writes through). */
  resultIndex: ResultIndex;
  runs(projectId: string): RunStore;
  evals(projectId: string): EvalStore;
  /** What reading a run's data sources needs: the project's containers, task logs and datasets. */
  sources(projectId: string): SourceStores;
  /** Every store of a project (monitors read logs and write their own state). */
  project(projectId: string): ProjectStore;
  /** Background store work that may outlast an activity (sealing a big run's results index). */
  jobs: StoreJobs;
}

/** What activities need from the outside world, passed in so tests can hand in real or fake parts. */
export interface ActivityDeps extends EvaluationDeps {
  stores: RunStores;
  /** Emits run events to webhook endpoints and makes delivery attempts; absent: no webhooks are sent. */
  webhooks?: WebhookDispatcher;
}

/** The activities' stores on one database (built once per worker, by `withRunDeps`). */
export function runStoresOn(db: Db, logger?: Logger): RunStores {
  const projects = createStore(db);
  const results = new RunResultStore(db);
  return {
    batches: new RunBatchStore(db),
    results,
    resultIndex: results.index,
    runs: (projectId) => new RunStore(db, projectId),
    evals: (projectId) => new EvalStore(db, projectId),
    sources: (projectId) => projects.forProject(projectId),
    project: (projectId) => projects.forProject(projectId),
    jobs: new StoreJobs(db, logger),
  };
}

export const systemClock: Clock = { nowSeconds };
