import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalStack, type LocalStack } from '../src/stack/localStack.js';
import { silentProgress, stderrProgress } from '../src/stack/progress.js';
import { bundleWorkflows } from '../src/temporal/worker.js';
import { FakeLlmServer } from '../test/support/fake-llm/server.js';
import { stackEnv, startInProcessStack, type InProcessStack } from '../test/support/inProcessStack.js';

/** What the stack-backed benches share: the servers, the fake model provider, the workflow bundle. */
export interface BenchServices {
  local: LocalStack;
  fake: FakeLlmServer;
  /**
   * The API (and a worker) on a database of its own, for one bench: no bench sees
   * another's data, so `--only` measures what the full suite does.
   */
  withStack<T>(
    worker: boolean,
    work: (stack: InProcessStack) => Promise<T>,
    overrides?: Record<string, string>,
  ): Promise<T>;
  stop(): Promise<void>;
}

export async function startServices(withWorker: boolean, quiet: boolean): Promise<BenchServices> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'assay-bench-'));
  const stopped: (() => Promise<unknown>)[] = [async () => rmSync(dataDir, { recursive: true, force: true })];
  const stop = async () => {
    for (const step of stopped.reverse()) await step().catch(() => {});
  };
  try {
    const local = await startLocalStack({
      dataDir,
      namespace: 'default',
      persistTemporal: false,
      progress: quiet ? silentProgress : stderrProgress,
    });
    stopped.push(() => local.stop());
    const fake = await FakeLlmServer.start();
    stopped.push(() => fake.close());
    const workflowBundle = withWorker ? await bundleWorkflows() : undefined;
    const servers = {
      mongoUri: local.mongo.uri,
      temporalAddress: local.temporal.address,
      temporalNamespace: local.temporal.namespace,
    };
    const withStack = async <T>(
      worker: boolean,
      work: (stack: InProcessStack) => Promise<T>,
      overrides: Record<string, string> = {},
    ): Promise<T> => {
      const env = stackEnv(servers, 'bench', {
        ...fakeProviderEnv(fake.baseUrl),
        // The bench is one key of one project sending thousands of requests (the pages bench over
        // 3,000 a minute on a quiet machine): the limits would be what it measures. Still counted,
        // a lease at a time, as in production.
        ASSAY_RATE_LIMIT_PER_MINUTE: '1000000',
        ASSAY_PROJECT_RATE_LIMIT_PER_MINUTE: '1000000',
        ...overrides,
      });
      if (worker && !workflowBundle) throw new Error('no workflow bundle: start the services with a worker');
      const stack = await startInProcessStack({ env, workflowBundle: worker ? workflowBundle : undefined });
      try {
        return await work(stack);
      } finally {
        await stack.close();
      }
    };
    return { local, fake, withStack, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The stack's one provider, `fake`, at `baseUrl`: 64 calls in flight unless a bench says otherwise. */
export function fakeProviderEnv(baseUrl: string, maxConcurrency = 64): { ASSAY_PROVIDERS: string } {
  return {
    ASSAY_PROVIDERS: JSON.stringify({ fake: { base_url: baseUrl, max_concurrency: maxConcurrency } }),
  };
}

export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
