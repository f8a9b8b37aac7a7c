import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../src/stack/paths.js';
import { useTestStack } from '../../support/testStack.js';

/**
 * The README's migration example, run unchanged with the official OpenAI Python SDK
 * (from PyPI, in the venv `.ci/run` prepares; made here when missing) against the
 * real stack. Models are the fake OpenAI server behind the built-in `openai` provider.
 */
/**
 * The SDK versions the README promises: the current major and the oldest release supported,
 * each in its own venv (`.ci/run` installs them with these same requirements).
 */
const sdks = [
  { name: 'current', venv: 'openai-python-current', requirement: 'openai>=3,<4', version: /^3\./ },
  // The first release whose output items type `results` (before it, each result was a dict).
  {
    name: 'oldest promised',
    venv: 'openai-python-oldest',
    requirement: 'openai==1.108.0',
    version: /^1\.108\.0$/,
  },
].map((sdk) => ({ ...sdk, python: path.join(homedir(), '.cache', 'assay', sdk.venv, 'bin', 'python') }));
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('<!-- openai-evals:start -->'),
  readme.indexOf('<!-- openai-evals:end -->'),
);
const script = /```python\n([\s\S]*?)^```$/m.exec(section)?.[1] ?? '';

beforeAll(async () => {
  const run = promisify(execFile);
  for (const sdk of sdks) {
    if (existsSync(sdk.python)) continue;
    await run('python3', ['-m', 'venv', path.dirname(path.dirname(sdk.python))]);
    await run(path.join(path.dirname(sdk.python), 'pip'), [
      'install',
      '-q',
      '--disable-pip-version-check',
      sdk.requirement,
    ]);
  }
}, 300_000);
const stack = useTestStack({ worker: true, fakeLlm: { as: 'openai' }, env: { ASSAY_RUN_BATCH_SIZE: '2' } });

function runPython(python: string, source: string, env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(python, ['-c', source], { env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe("the README's OpenAI Evals migration example, with the Python SDK", () => {
  it('is in the README', () => {
    expect(script).toContain('client.evals.create(');
  });

  it.each(sdks)(
    'runs end to end with the $name SDK ($requirement): every grader type, three data sources, paging, cancel, delete',
    async ({ python, version: wanted }) => {
      const version = await runPython(python, 'import openai; print(openai.__version__)', {});
      // A venv left from another requirement would test another SDK than the one named.
      expect(version.stdout.trim()).toMatch(wanted);
      const result = await runPython(python, script, {
        ASSAY_URL: stack.api.url,
        ASSAY_KEY: stack.adminKey,
        EVAL_MODEL: 'gpt-4o-mini',
      });
      expect(result.code, `openai ${version.stdout}: ${result.stderr}\n${result.stdout}`).toBe(0);
      const summary = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
      expect(summary.inline).toEqual({ total: 3, passed: 1, failed: 2, errored: 0 });
      expect(summary.criteria).toEqual([
        { testing_criteria: 'exact', passed: 1, failed: 2 },
        { testing_criteria: 'rouge', passed: 2, failed: 1 },
        { testing_criteria: 'blend', passed: 2, failed: 1 },
        { testing_criteria: 'mentions', passed: 2, failed: 1 },
        { testing_criteria: 'judge', passed: 3, failed: 0 },
        { testing_criteria: 'score', passed: 3, failed: 0 },
      ]);
      expect(summary.from_file).toEqual(summary.inline);
      expect(summary.generated).toBe('completed');
      expect(summary.generated_items).toBe(3);
      expect(summary.items).toEqual([
        [0, 'pass', [true, true, true, true, true, true]],
        [1, 'fail', [false, true, true, true, true, true]],
        [2, 'fail', [false, false, false, false, true, true]],
      ]);
      expect(summary.failing).toEqual([1, 2]);
      expect(summary.canceled).toBe('canceled');
      expect(summary.bad_request).toBe('testing_criteria.0.input');
      // The script deleted what it made.
      expect((await stack.call('GET', '/v1/evals')).body.data).toEqual([]);
      expect((await stack.call('GET', '/v1/files')).body.data).toEqual([]);
    },
    120_000,
  );
});
