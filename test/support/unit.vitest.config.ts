import { defineConfig } from 'vitest/config';
import { classifyTestFiles } from './stackTests.js';

/**
 * The server-free tests alone (`npm run test:unit`), without the global stack set-up (Temporal,
 * MongoDB, the workflow bundle: half a minute before the first test). Which files those are is
 * read from the code (`stackTests.ts`), so a new test joins the right tier by what it imports.
 * The default config (`npm test`) runs them too.
 */
const root = new URL('../..', import.meta.url).pathname;

export default defineConfig({
  test: {
    pool: 'forks',
    // Four at once on two cores: the slow files are the sandbox's, which mostly wait out time
    // limits and sleeping bombs rather than compute; measured 71 s with two workers, 50 s with four.
    maxWorkers: 4,
    include: classifyTestFiles(root).serverFree,
    // The files in turn in their worker's process, as in `npm test`'s shared project: a process
    // per file spent more time importing than testing (58 s here with one, 41 s without).
    isolate: false,
    testTimeout: 120_000,
    retry: 0,
  },
});
