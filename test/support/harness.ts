import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundle } from '@temporalio/worker';
import { loadEnv, type Env } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { startApiServer, type ApiServer } from '../../src/api/server.js';
import { ProviderRegistry } from '../../src/models/providers.js';
import { connectMongo, type MongoHandle } from '../../src/store/mongo.js';
import { startWorkers, type RunningWorkers } from '../../src/worker.js';
import type { ActivityDeps } from '../../src/activities/index.js';

/**
 * The configuration of one test file: its own database and task-queue prefix on
 * the shared servers, so files never see each other's data or runs.
 */
export function testEnv(overrides: Record<string, string> = {}): Env {
  const suffix = randomBytes(4).toString('hex');
  return loadEnv({
    MONGODB_URI: inject('mongoUri'),
    MONGODB_DATABASE: `assay_test_${suffix}`,
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: inject('temporalNamespace'),
    ASSAY_TASK_QUEUE_PREFIX: `test-${suffix}`,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ASSAY_BOOTSTRAP_ADMIN_KEY: `assay_sk_test_admin_${suffix}_000000000000`,
    ...overrides,
  });
}

export function loadWorkflowBundle(): WorkflowBundle {
  return { code: readFileSync(inject('workflowBundlePath'), 'utf8') };
}

export interface TestStack {
  env: Env;
  api: ApiServer;
  /** The bootstrap admin key of this file's project. */
  adminKey: string;
  mongo: MongoHandle;
  workers?: RunningWorkers;
  /** fetch against the API with the admin key unless another is given. */
  request(
    method: string,
    path: string,
    options?: { body?: unknown; key?: string | null; headers?: Record<string, string> },
  ): Promise<Response>;
  /** `request` plus the parsed JSON body (typed loosely: tests assert on its shape). */
  call(
    method: string,
    path: string,
    options?: { body?: unknown; key?: string | null; headers?: Record<string, string> },
  ): Promise<{ status: number; headers: Headers; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

/** Starts the API (and optionally a worker) in-process against the shared servers. */
export async function startTestStack(
  options: { env?: Env; worker?: boolean; deps?: Partial<ActivityDeps> } = {},
): Promise<TestStack> {
  const env = options.env ?? testEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const api = await startApiServer(env, logger);
  const mongo = await connectMongo(env.MONGODB_URI!, env.MONGODB_DATABASE);
  const workers = options.worker
    ? await startWorkers({
        env,
        logger,
        workflowBundle: loadWorkflowBundle(),
        deps: { env, db: mongo.db, logger, providers: ProviderRegistry.fromEnv(env), ...options.deps },
      })
    : undefined;
  const adminKey = env.ASSAY_BOOTSTRAP_ADMIN_KEY!;
  const stack: TestStack = {
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

/**
 * `@temporalio/testing` against the run's shared dev server (our own CLI build):
 * the SDK's default would download a server, which this machine cannot.
 */
export function createTestWorkflowEnvironment(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createFromExistingServer({
    address: inject('temporalAddress'),
    namespace: inject('temporalNamespace'),
  });
}
