import { defineConfig } from 'vitest/config';
import LongFilesFirst from './test/support/longFilesFirst.js';

export default defineConfig({
  test: {
    // Temporal's native bridge crashes under worker threads.
    pool: 'forks',
    // Two files at a time, whatever the machine: vitest's default is one fewer than the cores, so
    // one on a 2-core machine, where most stack tests wait on timers, workflows and the fake
    // model rather than compute. One stack serves both (files isolate by database, task queue and
    // project; the chaos files start servers of their own). Measured on 2 cores with other work
    // running: 1,624 s one at a time, 1,021 s two at a time, same 1,119 tests passing.
    maxWorkers: 2,
    sequence: { sequencer: LongFilesFirst },
    globalSetup: ['test/support/globalSetup.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // No retries: a flaky test is a bug to fix, not to hide.
    retry: 0,
    reporters: ['default', './test/support/summaryReporter.ts'],
  },
});
