import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../src/stack/paths.js';
import type { Measurement } from './report.js';

/**
 * Goal 6 of issue 26: the wall time of `npm run test:unit` (every test that needs no server),
 * run as a developer runs it. Opt-in (`--only unit`): it is the whole server-free suite, a
 * minute of both cores.
 */
export async function benchUnitTier(): Promise<Measurement[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'assay-bench-unit-'));
  try {
    const logFile = path.join(dir, 'vitest.log');
    const log = openSync(logFile, 'w');
    const vitest = path.join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');
    const started = performance.now();
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [vitest, 'run', '--config', 'test/support/unit.vitest.config.ts'],
        {
          cwd: repoRoot,
          env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
          stdio: ['ignore', log, log],
        },
      );
      child.once('error', reject);
      child.once('exit', resolve);
    }).finally(() => closeSync(log));
    const seconds = (performance.now() - started) / 1000;
    const output = readFileSync(logFile, 'utf8');
    if (code !== 0) {
      const lines = output.split('\n');
      const failed = lines.filter((line) => /^\s*(FAIL|×)\s/.test(line));
      throw new Error(`npm run test:unit exited ${code}:\n${[...failed, ...lines.slice(-8)].join('\n')}`);
    }
    const files = /Test Files\s+(\d+) passed/.exec(output)?.[1] ?? '?';
    return [
      {
        bench: 'unit',
        metric: 'npm run test:unit (the server-free tier): wall time',
        value: Math.round(seconds * 10) / 10,
        unit: 's',
        runs: [],
        note: `${files} test files; goal 6: ≤ 60 s`,
        goal: 'unitTier.seconds',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
