import { migrateStore } from '../store/migrations/index.js';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Client } from '@temporalio/client';
import { NativeConnection, Worker, bundleWorkflowCode, type WorkflowBundle } from '@temporalio/worker';
import type { Db } from 'mongodb';
import { runStoresOn, systemClock } from '../activities/deps.js';
import { createActivities, type ActivityDeps } from '../activities/index.js';
import { taskQueueFor, webhookTaskQueue, type Env } from '../platform/config.js';
import { webhookDispatcherFor } from '../webhooks/settings.js';
import type { Logger } from '../platform/log.js';
import { installTemporalLogging } from './logging.js';
import { ModelClient } from '../models/modelClient.js';
import { CallLimiter } from '../models/limits/callLimiter.js';
import { MongoLimitBoard } from '../store/limitBoard.js';
import type { ModelReply } from '../models/replies.js';
import { MongoResponseCache } from '../store/responseCache.js';
import { AnswerWriteBuffer } from '../models/bufferedResponseCache.js';
import { CodeSandbox } from '../sandbox/index.js';
import { sandboxOptionsFromEnv } from '../platform/sandboxConfig.js';
import { flushTracing, startTracing } from '../platform/tracing.js';
import { workerTracing } from './workerTracing.js';

// Run from source (tsx, tests) or from the compiled build (Docker image).
const ownExtension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
export const workflowsPath = fileURLToPath(new URL(`../workflows/index${ownExtension}`, import.meta.url));

/**
 * Left out of the workflow bundle: workflows merge run totals but never finalize metrics (an
 * activity does), and @stdlib's t quantile pulls ~130 small modules that made the bundle 2.4x
 * larger and bundling (every worker start) 2.5x slower. A workflow calling it would fail loudly.
 */
const notForWorkflows = ['@stdlib/stats-base-dists-t-quantile'];

/** Temporal's workflow tracing interceptors: they live in the bundle (a worker given a bundle ignores others). */
const workflowTracingModule = createRequire(import.meta.url).resolve(
  '@temporalio/interceptors-opentelemetry/lib/workflow-interceptors',
);

/**
 * Bundle once per process (or once per test run) and reuse: bundling takes seconds. `tracing`
 * bundles the workflow tracing interceptors too; only a traced worker may run such a bundle (its
 * spans leave through the worker's exporter sink).
 */
export function bundleWorkflows(options: { tracing?: boolean } = {}): Promise<WorkflowBundle> {
  return bundleWorkflowCode({
    workflowsPath,
    logger: quietBundlerLogger,
    ignoreModules: notForWorkflows,
    workflowInterceptorModules: options.tracing ? [workflowTracingModule] : [],
  });
}

const quietBundlerLogger = {
  log: () => {},
  trace: () => {},
  debug: () => {},
  info: () => {},
  warn: (message: string) => console.warn(message),
  error: (message: string) => console.error(message),
};

export interface RunningWorkers {
  taskQueues: string[];
  /** Resolves when every worker has stopped. */
  done: Promise<void>;
  shutdown(): Promise<void>;
}

/** The worker's base dependencies; the run engine's (stores, clock, model client, cache, sandbox) default from them. */
export type WorkerDeps = Pick<ActivityDeps, 'env' | 'logger' | 'providers'> & {
  db: Db;
} & Partial<ActivityDeps>;

/**
 * One model client (its provider allowances shared with the other workers through `limiter`), the
 * activities' stores on the worker's database, the system clock, the MongoDB response cache, and
 * the code sandbox, unless the caller brings its own.
 */
export function withRunDeps(deps: WorkerDeps, limiter?: CallLimiter): ActivityDeps {
  const responseCache = deps.responseCache ?? new MongoResponseCache<ModelReply>(deps.db);
  return {
    ...deps,
    modelClient: deps.modelClient ?? new ModelClient(deps.providers, deps.logger, limiter),
    responseCache,
    answerWrites: deps.answerWrites ?? new AnswerWriteBuffer(responseCache),
    stores: deps.stores ?? runStoresOn(deps.db, deps.logger),
    clock: deps.clock ?? systemClock,
    sandbox: deps.sandbox ?? new CodeSandbox(sandboxOptionsFromEnv(deps.env, deps.logger)),
  };
}

/** One Worker per environment this process serves, sharing one connection and one set of activities. */
export async function startWorkers(options: {
  env: Env;
  logger: Logger;
  deps: WorkerDeps;
  workflowBundle?: WorkflowBundle;
}): Promise<RunningWorkers> {
  const { env, logger } = options;
  const temporalMetrics =
    env.ASSAY_WORKER_TEMPORAL_METRICS_PORT > 0
      ? `${env.ASSAY_WORKER_METRICS_HOST}:${env.ASSAY_WORKER_TEMPORAL_METRICS_PORT}`
      : undefined;
  if (installTemporalLogging(logger, undefined, temporalMetrics) === 'kept' && temporalMetrics) {
    // The runtime was set up before (a second worker in one process): its options, listener included, stay.
    logger.warn(
      { temporalMetrics },
      'Temporal runtime already set up: its worker metrics listener is not started',
    );
  }
  // Activities read the store as this release lays it out.
  await migrateStore(options.deps.db, logger);
  const tracing = workerTracing(startTracing(env, 'assay-worker'));
  const connection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
  const workflowBundle = options.workflowBundle ?? (await bundleWorkflows({ tracing: Boolean(tracing) }));
  // Finalizing activities start delivery workflows through the worker's own connection.
  const client = new Client({
    connection,
    namespace: env.TEMPORAL_NAMESPACE,
    interceptors: tracing?.clientInterceptors,
  });
  const webhooks = options.deps.webhooks ?? webhookDispatcherFor(options.deps.db, client, env);
  // Provider allowances are split with every other worker through the store (see models/limits).
  const limiter = new CallLimiter({ board: new MongoLimitBoard(options.deps.db), logger });
  const activities = createActivities(withRunDeps({ ...options.deps, webhooks }, limiter));
  // Every worker also serves the webhook queue: deliveries go on wherever a worker runs.
  const taskQueues = [
    ...env.ASSAY_WORKER_ENVIRONMENTS.map((e) => taskQueueFor(env, e)),
    webhookTaskQueue(env),
  ];
  const workers = await Promise.all(
    taskQueues.map((taskQueue) =>
      Worker.create({
        connection,
        namespace: env.TEMPORAL_NAMESPACE,
        taskQueue,
        workflowBundle,
        activities,
        maxConcurrentActivityTaskExecutions: env.ASSAY_WORKER_MAX_CONCURRENT_ACTIVITIES,
        maxCachedWorkflows: env.ASSAY_WORKER_MAX_CACHED_WORKFLOWS,
        // Batches heartbeat; give them time to finish the item in hand on shutdown.
        shutdownGraceTime: '10 seconds',
        interceptors: tracing?.workerInterceptors,
        sinks: tracing?.sinks,
      }),
    ),
  );
  limiter.start();
  const done = Promise.all(workers.map((w) => w.run())).then(async () => {
    await limiter.stop();
    await connection.close();
    await flushTracing();
  });
  logger.info({ taskQueues }, 'worker polling');
  return {
    taskQueues,
    done,
    shutdown: async () => {
      for (const w of workers) if (w.getState() === 'RUNNING') w.shutdown();
      await done;
    },
  };
}
