import { afterAll, beforeAll } from 'vitest';
import type { WorkflowBundle } from '@temporalio/worker';
import type { ActivityDeps } from '../../src/activities/index.js';
import { FakeLlmServer, type FakeLlmServerOptions } from './fake-llm/server.js';
import { startTestStack, testEnv, type TestStack } from './harness.js';

/** How the stack reaches the fake model server, when a test file wants one. */
export interface FakeLlmWiring {
  /** The fake server's own options (latency, seed, faults...). */
  server?: FakeLlmServerOptions;
  /**
   * `provider` (the default): the fake is the provider named `fake` in `ASSAY_PROVIDERS`, so
   * models are `fake/<model>`. `openai`: it stands in for the default OpenAI provider
   * (`OPENAI_BASE_URL`), as the SDK-compatibility tests want.
   */
  as?: 'provider' | 'openai';
  /** More settings of the `fake` provider entry (`max_concurrency`, `prices`, `timeout_ms`). */
  provider?: Record<string, unknown>;
}

export interface TestStackOptions {
  /** A worker runs in the test process too (the API alone otherwise). */
  worker?: boolean;
  deps?: Partial<ActivityDeps>;
  /**
   * The worker's workflow bundle, when not the run's shared one (a traced worker needs the
   * tracing interceptors bundled); called when the stack starts, like a function `env`.
   */
  workflowBundle?: () => WorkflowBundle;
  /** Start a fake OpenAI-compatible server first and wire the stack to it. */
  fakeLlm?: boolean | FakeLlmWiring;
  /**
   * Env overrides. A function is called when the stack starts (in `beforeAll`), so it can read
   * what an earlier `beforeAll` of the file started, and the fake server if there is one.
   */
  env?: Record<string, string> | ((fake: FakeLlmServer | undefined) => Record<string, string>);
}

/** The running stack, plus the fake model server when the file asked for one. */
export interface TestStackHandle extends TestStack {
  readonly fake: FakeLlmServer;
}

/** The env entries that point the stack at the fake server. */
export function fakeLlmEnv(fake: FakeLlmServer, wiring: FakeLlmWiring = {}): Record<string, string> {
  if (wiring.as === 'openai') return { OPENAI_BASE_URL: fake.baseUrl, OPENAI_API_KEY: 'sk-fake-provider' };
  return { ASSAY_PROVIDERS: JSON.stringify({ fake: { base_url: fake.baseUrl, ...wiring.provider } }) };
}

/**
 * Starts the started-and-stopped-together pieces a test needs: the fake model server (if asked),
 * then the API (and a worker, if asked) on this file's own database and task queue.
 */
export async function startStackWithFake(
  options: TestStackOptions,
): Promise<{ stack: TestStack; fake: FakeLlmServer | undefined; close(): Promise<void> }> {
  const wiring = options.fakeLlm === true ? {} : options.fakeLlm || undefined;
  const fake = wiring ? await FakeLlmServer.start(wiring.server) : undefined;
  try {
    const overrides = typeof options.env === 'function' ? options.env(fake) : options.env;
    const stack = await startTestStack({
      env: testEnv({ ...(fake && fakeLlmEnv(fake, wiring)), ...overrides }),
      worker: options.worker,
      deps: options.deps,
      workflowBundle: options.workflowBundle?.(),
    });
    let closing: Promise<void> | undefined;
    // Once only: a test may close the stack itself (to see what happens then) before `afterAll`.
    const close = () =>
      (closing ??= (async () => {
        await stack.close();
        await fake?.close();
      })());
    return { stack: { ...stack, close }, fake, close };
  } catch (error) {
    await fake?.close();
    throw error;
  }
}

/**
 * The test stack of a file or `describe` block: started in `beforeAll`, closed in `afterAll`.
 * The handle can be kept in a `const` at the top of the block; using it before `beforeAll` has
 * run (at collection time, say) throws, rather than hand back a stack that is not there.
 *
 * Hooks run in the order they are registered (and `afterAll` in reverse), so a `beforeAll`
 * written before this call (starting a server the env reads) runs first and is torn down last;
 * one written after it (seeding data) sees the stack.
 */
export function useTestStack(options: TestStackOptions = {}): TestStackHandle {
  let started: Awaited<ReturnType<typeof startStackWithFake>> | undefined;
  beforeAll(async () => {
    started = await startStackWithFake(options);
  });
  afterAll(async () => {
    await started?.close();
  });

  const stack = (): TestStack => {
    if (!started) throw new Error('useTestStack: the stack is used before its beforeAll has run');
    return started.stack;
  };
  return {
    get env() {
      return stack().env;
    },
    get api() {
      return stack().api;
    },
    get adminKey() {
      return stack().adminKey;
    },
    get mongo() {
      return stack().mongo;
    },
    get workers() {
      return stack().workers;
    },
    get fake() {
      stack();
      if (!started!.fake) throw new Error('useTestStack: no fake model server (pass `fakeLlm`)');
      return started!.fake;
    },
    request: (...args) => stack().request(...args),
    call: (...args) => stack().call(...args),
    close: () => stack().close(),
  };
}
