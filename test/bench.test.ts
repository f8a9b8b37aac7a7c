// test order: runs for minutes (test/support/longFilesFirst.ts)
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchReport } from '../bench/report.js';
import { repoRoot } from '../src/stack/paths.js';

/**
 * A smoke test of `npm run bench -- --quick` (tens of seconds; minutes on a busy machine): it runs end to end and
 * reports positive numbers. No figure is asserted — timings belong in the report,
 * not in a test.
 */
describe('npm run bench --quick', () => {
  let outDir: string | undefined;
  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('runs every bench on its own stack and reports a positive figure for each', async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'assay-bench-test-'));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'bench/main.ts', '--quick', '--out', outDir],
      { cwd: repoRoot, maxBuffer: 1 << 24 },
    );
    const report = JSON.parse(await readFile(path.join(outDir, 'latest.json'), 'utf8')) as BenchReport;
    expect(report.failures).toEqual([]);
    expect(new Set(report.measurements.map((m) => m.bench))).toEqual(
      new Set([
        'logs',
        'datasets',
        'run',
        'judge',
        'api',
        'load',
        'code',
        'code-run',
        'growth',
        'throughput',
        'console',
        'webhooks',
        'pairwise',
        'monitors',
        'rerun',
        'pages',
        'peer',
      ]),
    );
    for (const measurement of report.measurements) {
      const label = `${measurement.bench}: ${measurement.metric}`;
      // A share of items left unscored is a failure rate: 0 is its best reading, not a missing one.
      if (measurement.metric.startsWith('items unscored')) {
        expect(measurement.value, label).toBeGreaterThanOrEqual(0);
        expect(measurement.value, label).toBeLessThanOrEqual(100);
      } else expect(measurement.value, label).toBeGreaterThan(0);
    }
    expect(stdout).toContain('logs/s');
    // Each goal of issue 26 is judged (at these sizes the verdicts are a smoke test, not the goals').
    expect(report.goals?.map((goal) => goal.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(stdout).toMatch(/^5 +code evaluators.*: (MET|NOT MET)$/m);
    // The opt-in benches (the 1,000,000-item run, the unit tier) are not run unless named.
    expect(report.goals?.find((goal) => goal.id === 4)?.checks[0]?.why).toBe(
      'bench million not selected (--only million)',
    );
    // Seventeen benches, one of them in a browser: more than the default two minutes on a busy machine.
  }, 480_000);
});
