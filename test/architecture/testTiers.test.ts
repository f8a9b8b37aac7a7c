import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/stack/paths.js';
import { classifyTestFiles } from '../support/stackTests.js';

/** `npm run test:unit` must hold every server-free test and none that needs the stack. */
describe('the fast test tier', () => {
  const { stack, serverFree } = classifyTestFiles(repoRoot);

  it('puts files that reach the stack through test/support, or start their own, in the stack tier', () => {
    expect(stack).toEqual(
      expect.arrayContaining([
        'test/api/datasets.test.ts', // useTestStack -> harness -> inject
        'test/store/retention.test.ts', // inject directly
        'test/bench.test.ts', // runs the bench, which starts a stack of its own
        'test/sandbox/installs.test.ts', // marked: needs the Python package index
      ]),
    );
  });

  it('keeps pure tests, and this one, in the fast tier', () => {
    expect(serverFree).toEqual(
      expect.arrayContaining([
        'test/metrics/statistics.test.ts',
        'test/judge/judgeOutput.test.ts',
        'test/architecture/testTiers.test.ts',
      ]),
    );
    expect(serverFree.filter((file) => stack.includes(file))).toEqual([]);
  });
});
