import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../src/stack/paths.js';

const run = promisify(execFile);

/** Python tools of the tests (the fuzzer), in a git-ignored virtual environment that `.ci/run` prepares. */
export const toolsVenv = path.join(repoRoot, '.venv-tools');

/**
 * The path of `tool` in `.venv-tools`, installing `requirements` there first when it is
 * missing (from the Python package index, as `.ci/run` does), so `npm test` works on
 * a fresh clone too; an install that fails is the test's failure, with pip's message.
 */
export async function pythonTool(tool: string, requirements: string): Promise<string> {
  const executable = path.join(toolsVenv, 'bin', tool);
  if (existsSync(executable)) return executable;
  if (!existsSync(path.join(toolsVenv, 'bin', 'pip'))) await run('python3', ['-m', 'venv', toolsVenv]);
  await run(path.join(toolsVenv, 'bin', 'pip'), ['install', '--quiet', '-r', requirements], {
    timeout: 600_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return executable;
}

/**
 * The `.venv-tools` Python with `modules` importable, installing `requirements` first when one of
 * them is not (as `.ci/run` does); for tests that check our statistics against Python's libraries.
 */
export async function pythonWithModules(modules: readonly string[], requirements: string): Promise<string> {
  const python = await pythonTool('python', requirements);
  try {
    await run(python, ['-c', `import ${modules.join(', ')}`]);
  } catch {
    await run(path.join(toolsVenv, 'bin', 'pip'), ['install', '--quiet', '-r', requirements], {
      timeout: 600_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  }
  return python;
}
