import { loadEnv } from './config.js';
import { sandboxOptionsFromEnv } from './sandboxConfig.js';
import { CodeSandbox } from '../sandbox/index.js';
import type { Progress } from '../stack/progress.js';

/**
 * Builds the sandbox venv of the python graders' packages (ASSAY_PYTHON_GRADER_REQUIREMENTS) up
 * front, as provisioning builds the servers: the first python grader would otherwise wait about a
 * minute for pip. A failure is reported, not thrown: python graders then say why when they run.
 */
export async function preparePythonGraderEnvironment(progress: Progress): Promise<void> {
  const env = loadEnv(process.env);
  const requirements = env.ASSAY_PYTHON_GRADER_REQUIREMENTS;
  if (requirements.length === 0) return;
  progress(`python grader packages: preparing ${requirements.length} (about a minute the first time)`);
  const sandbox = new CodeSandbox(sandboxOptionsFromEnv(env));
  const prepared = await sandbox.ensureEnvironment(requirements);
  progress(prepared.ok ? 'python grader packages: ready' : `python grader packages: ${prepared.message}`);
}
