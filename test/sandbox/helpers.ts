import { mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import {
  CodeSandbox,
  type CodeEvalItem,
  type CodeSandboxOptions,
  type SandboxLimits,
} from '../../src/sandbox/index.js';

export function item(key: string, output: unknown = 'answer', truth: unknown = 'answer'): CodeEvalItem {
  return {
    key,
    sample: { input: 'question', output, metadata: { key }, model: 'test-model' },
    ground_truth: truth === null ? null : { input: 'question', output: truth, metadata: {} },
  };
}

export const items = (n: number, prefix = 'item') =>
  Array.from({ length: n }, (_, i) => item(`${prefix}-${i}`));

/** A sandbox with a private venv cache; remove it with `dispose`. */
export async function makeSandbox(
  limits: Partial<SandboxLimits> = {},
  extra: Partial<Omit<CodeSandboxOptions, 'venvCacheDir' | 'limits' | 'logger'>> = {},
) {
  const venvCacheDir = await mkdtemp(path.join(os.tmpdir(), 'assay-sandbox-test-'));
  const logs: { level: 'info' | 'warn'; msg?: string; o: object }[] = [];
  const sandbox = new CodeSandbox({
    venvCacheDir,
    limits,
    ...extra,
    logger: {
      info: (o, msg) => logs.push({ level: 'info', msg, o }),
      warn: (o, msg) => logs.push({ level: 'warn', msg, o }),
    },
  });
  return { sandbox, venvCacheDir, logs, dispose: () => rm(venvCacheDir, { recursive: true, force: true }) };
}

/**
 * Evaluator preamble for attack tests: an item with key "whoami" answers with the sandbox's pid
 * namespace, which identifies exactly this sandbox's processes on the host even while other tests
 * run sandboxes of their own.
 */
export const WHOAMI = `import os
def _whoami(sample):
    if sample["metadata"]["key"] == "whoami":
        return {"score": 1, "reason": os.readlink("/proc/self/ns/pid")}
`;

/** Host pids still in the pid namespace `ns` (optionally waiting up to `waitMs` for them to go). */
export async function survivors(ns: string, waitMs = 0): Promise<number[]> {
  expect(ns).toMatch(/^pid:\[\d+\]$/);
  const deadline = Date.now() + waitMs;
  for (;;) {
    const found: number[] = [];
    for (const entry of await readdir('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      if ((await readlink(`/proc/${entry}/ns/pid`).catch(() => '')) === ns) found.push(Number(entry));
    }
    if (found.length === 0 || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** bwrap processes that are children of this test process (there must be none between batches). */
export async function childSandboxes(): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid ...
    const match = /^\d+ \((.*)\) \S+ (\d+)/.exec(stat);
    if (match && match[1] === 'bwrap' && Number(match[2]) === process.pid) found.push(Number(entry));
  }
  return found;
}

export const TRIVIAL = 'def evaluate(sample, ground_truth):\n    return 1.0\n';

/** After an attack, a fresh batch on the same CodeSandbox must score normally. */
export async function expectHealthy(sandbox: CodeSandbox): Promise<boolean> {
  const outcomes = await sandbox.evaluateBatch({ code: TRIVIAL, requirements: [], items: items(3, 'after') });
  return outcomes.length === 3 && outcomes.every((o) => o.ok && o.score === 1);
}
