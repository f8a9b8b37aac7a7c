import { defineConfig } from 'vitest/config';

/**
 * The pure unit tests alone, without the global stack set-up (Temporal, MongoDB, the workflow
 * bundle: half a minute before the first test). Seconds in all, for the edit-test loop:
 * `npx vitest run --config test/support/unit.vitest.config.ts`. The default config runs them too.
 */
export default defineConfig({
  test: {
    include: [
      'test/core/**/*.test.ts',
      'test/metrics/**/*.test.ts',
      'test/api/ndjson.test.ts',
      'test/platform/config.test.ts',
      'test/evaluation/estimateSpend.test.ts',
      'test/models/bufferedResponseCache.test.ts',
      'test/workflows/runState.test.ts',
    ],
    retry: 0,
  },
});
