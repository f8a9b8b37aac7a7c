import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundle } from '@temporalio/worker';
import type { Env } from '../../src/platform/config.js';
import type { ActivityDeps } from '../../src/activities/index.js';
import { stackEnv, startInProcessStack, type InProcessStack } from './inProcessStack.js';

/**
 * The configuration of one test file: its own database and task-queue prefix on
 * the shared servers, so files never see each other's data or runs.
 */
export function testEnv(overrides: Record<string, string> = {}): Env {
  const servers = {
    mongoUri: inject('mongoUri'),
    temporalAddress: inject('temporalAddress'),
    temporalNamespace: inject('temporalNamespace'),
  };
  return stackEnv(servers, 'test', { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', ...overrides });
}

export function loadWorkflowBundle(): WorkflowBundle {
  return { code: readFileSync(inject('workflowBundlePath'), 'utf8') };
}

export type TestStack = InProcessStack;

/** Starts the API (and optionally a worker) in-process against the shared servers. */
export function startTestStack(
  options: {
    env?: Env;
    worker?: boolean;
    deps?: Partial<ActivityDeps>;
    workflowBundle?: WorkflowBundle;
  } = {},
): Promise<TestStack> {
  return startInProcessStack({
    env: options.env ?? testEnv(),
    workflowBundle: options.worker ? (options.workflowBundle ?? loadWorkflowBundle()) : undefined,
    deps: options.deps,
  });
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
