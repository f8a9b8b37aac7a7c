import { randomBytes } from 'node:crypto';
import type { WorkflowBundle } from '@temporalio/worker';
import type { ActivityDeps } from '../../src/activities/index.js';
import { startApiServer, type ApiServer } from '../../src/api/server.js';
import { loadEnv, type Env } from '../../src/platform/config.js';
import { createLogger } from '../../src/platform/log.js';
import { ProviderRegistry } from '../../src/models/providers.js';
import { connectMongo, type MongoHandle } from '../../src/store/mongo.js';
import { startWorkers, type RunningWorkers } from '../../src/temporal/worker.js';

/**
 * The API (and optionally a worker) in this process against running servers, for
 * tests and benchmarks alike. Nothing here may import vitest: the benchmark runs
 * outside it.
 */

export interface StackServers {
  mongoUri: string;
  temporalAddress: string;
  temporalNamespace: string;
}

/**
 * The configuration of one user of the shared servers: its own database and
 * task-queue prefix (`name` plus a random suffix), so users never see each
 * other's data or runs.
 */
export function stackEnv(servers: StackServers, name: string, overrides: Record<string, string> = {}): Env {
  const suffix = randomBytes(4).toString('hex');
  return loadEnv({
    MONGODB_URI: servers.mongoUri,
    MONGODB_DATABASE: `assay_${name}_${suffix}`,
    TEMPORAL_ADDRESS: servers.temporalAddress,
    TEMPORAL_NAMESPACE: servers.temporalNamespace,
    ASSAY_TASK_QUEUE_PREFIX: `${name}-${suffix}`,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    ASSAY_BOOTSTRAP_ADMIN_KEY: `assay_sk_${name}_admin_${suffix}_000000000000`,
    ...overrides,
  });
}

type RequestOptions = { body?: unknown; key?: string | null; headers?: Record<string, string> };

export interface InProcessStack {
  env: Env;
  api: ApiServer;
  /** The bootstrap admin key of this stack's project. */
  adminKey: string;
  mongo: MongoHandle;
  workers?: RunningWorkers;
  /** fetch against the API with the admin key unless another is given. */
  request(method: string, path: string, options?: RequestOptions): Promise<Response>;
  /** `request` plus the parsed JSON body (typed loosely: callers assert on its shape). */
  call(
    method: string,
    path: string,
    options?: RequestOptions,
  ): Promise<{ status: number; headers: Headers; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Stops the worker and the API, and drops the stack's database. */
  close(): Promise<void>;
}

export async function startInProcessStack(options: {
  env: Env;
  /** Given: a worker runs in this process too, with this workflow bundle. */
  workflowBundle?: WorkflowBundle;
  deps?: Partial<ActivityDeps>;
}): Promise<InProcessStack> {
  const { env, workflowBundle } = options;
  const logger = createLogger(env.LOG_LEVEL);
  const api = await startApiServer(env, logger);
  const mongo = await connectMongo(env.MONGODB_URI!, env.MONGODB_DATABASE);
  const workers = workflowBundle
    ? await startWorkers({
        env,
        logger,
        workflowBundle,
        deps: { env, db: mongo.db, logger, providers: ProviderRegistry.fromEnv(env), ...options.deps },
      })
    : undefined;
  const adminKey = env.ASSAY_BOOTSTRAP_ADMIN_KEY!;
  const stack: InProcessStack = {
    env,
    api,
    adminKey,
    mongo,
    workers,
    request: (method, path, opts = {}) => {
      const key = opts.key === undefined ? adminKey : opts.key;
      const headers: Record<string, string> = { ...opts.headers };
      if (key) headers.authorization = `Bearer ${key}`;
      let body: string | undefined;
      if (opts.body !== undefined) {
        body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
        headers['content-type'] ??= 'application/json';
      }
      return fetch(api.url + path, { method, headers, body });
    },
    call: async (method, path, opts) => {
      const response = await stack.request(method, path, opts);
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON (a CSV export, say): leave the text
      }
      return { status: response.status, headers: response.headers, body };
    },
    close: async () => {
      await workers?.shutdown();
      await api.close();
      await mongo.db.dropDatabase().catch(() => {});
      await mongo.close();
    },
  };
  return stack;
}
