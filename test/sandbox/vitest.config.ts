import { defineConfig } from 'vitest/config';

// The sandbox tests need neither Temporal nor MongoDB: no global stack set-up (see src/sandbox/README.md).
export default defineConfig({
  test: {
    pool: 'forks',
    include: ['test/sandbox/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    retry: 0,
  },
});
