import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalStack, type LocalStack } from '../../src/stack/localStack.js';
import { stderrProgress } from '../../src/stack/progress.js';
import { preparePythonGraderEnvironment } from '../../src/platform/pythonGraderEnvironment.js';
import { bundleWorkflows } from '../../src/temporal/worker.js';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalAddress: string;
    temporalNamespace: string;
    mongoUri: string;
    mongoKind: string;
    workflowBundlePath: string;
    stackDataDir: string;
  }
}

let stack: LocalStack | undefined;
let dataDir: string | undefined;

/**
 * One Temporal dev server and one MongoDB-compatible server for the whole run, on
 * free ports in a temp dir; test files isolate themselves by database, task queue
 * and project. Everything started here is stopped in teardown.
 */
export async function setup(project: TestProject): Promise<void> {
  dataDir = mkdtempSync(path.join(tmpdir(), 'assay-test-'));
  // Beside the servers: the python graders' packages, which a test's first python grader would wait for.
  const graderPackages = preparePythonGraderEnvironment(stderrProgress);
  stack = await startLocalStack({
    dataDir,
    namespace: 'default',
    persistTemporal: true,
    progress: stderrProgress,
  });
  // Bundling workflows takes seconds; do it once and let every test file load the result.
  const bundle = await bundleWorkflows();
  await graderPackages;
  const workflowBundlePath = path.join(dataDir, 'workflow-bundle.js');
  writeFileSync(workflowBundlePath, bundle.code);
  project.provide('temporalAddress', stack.temporal.address);
  project.provide('temporalNamespace', stack.temporal.namespace);
  project.provide('mongoUri', stack.mongo.uri);
  project.provide('mongoKind', stack.mongo.kind);
  project.provide('workflowBundlePath', workflowBundlePath);
  project.provide('stackDataDir', dataDir);
}

export async function teardown(): Promise<void> {
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
