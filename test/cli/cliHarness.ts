import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../src/stack/paths.js';

export const assayBin = path.join(repoRoot, 'bin', 'assay.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `assay ARGS` as a subprocess, the way a user or CI would. */
export function runAssay(
  args: string[],
  env: Record<string, string | undefined>,
  cwd = repoRoot,
  /** Given: written to the command's stdin (e.g. a key for `assay login`). */
  stdin?: string,
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [assayBin, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.end(stdin);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Scores the fake judge gives: it reads evaluator, prompt version and item from the prompt. */
export const judgePattern = /(HELPFUL|EXACT) (v\d) item (q\d+)/;
