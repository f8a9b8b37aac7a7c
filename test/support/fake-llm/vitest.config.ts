import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Runs the fake's own tests without the project's globalSetup, which starts real services. */
export default defineConfig({
  root: fileURLToPath(new URL('../../..', import.meta.url)),
  test: {
    include: ['test/fake-llm.test.ts'],
    testTimeout: 20_000,
    retry: 0,
  },
});
