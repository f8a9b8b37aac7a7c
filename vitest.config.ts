import { configDefaults, defineConfig } from 'vitest/config';
import LongFilesFirst from './test/support/longFilesFirst.js';

/**
 * Files that change what a whole process does, and so get a process each: the traces file
 * registers the process's OpenTelemetry provider (every later span would go to its collector,
 * closed when the file ends), and the Prometheus file reads counters from zero and installs the
 * Temporal runtime with a metrics listener (a process installs it once, at its first worker).
 */
const processOfTheirOwn = ['test/operations/traces.test.ts', 'test/operations/prometheus.test.ts'];

const common = {
  // Temporal's native bridge crashes under worker threads.
  pool: 'forks',
  // Two files at a time, whatever the machine: vitest's default is one fewer than the cores, so
  // one on a 2-core machine, where most stack tests wait on timers, workflows and the fake
  // model rather than compute. One stack serves both (files isolate by database, task queue and
  // project; the chaos files start servers of their own). Measured on 2 cores with other work
  // running: 1,624 s one at a time, 1,021 s two at a time, same 1,119 tests passing.
  maxWorkers: 2,
  testTimeout: 120_000,
  hookTimeout: 180_000,
  // No retries: a flaky test is a bug to fix, not to hide.
  retry: 0,
} as const;

export default defineConfig({
  test: {
    ...common,
    sequence: { sequencer: LongFilesFirst },
    // The root's set-up serves every project below (they inherit what it provides).
    globalSetup: ['test/support/globalSetup.ts'],
    reporters: ['default', './test/support/summaryReporter.ts'],
    projects: [
      {
        test: {
          ...common,
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...processOfTheirOwn],
          // One process per worker for the files in turn, not one per file: a fresh process
          // imports the service, the driver and Temporal's SDK again (measured: 291 s of the
          // suite's file time went to imports, 38 s with processes shared). The files share no
          // state by design: each has its own database, task queue, project and servers.
          isolate: false,
        },
      },
      { test: { ...common, name: 'isolated', include: processOfTheirOwn } },
    ],
  },
});
