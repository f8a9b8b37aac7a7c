import { describe, expect, it } from 'vitest';
import { sandboxExecutions } from '../../src/platform/metrics.js';
import { countResults, post, seedContainer, seedJudge, useRunKit, waitForRun } from '../support/runKit.js';

const logs = Array.from({ length: 12 }, (_, i) => ({ input: `question ${i}`, output: `answer ${i}` }));
const sandboxesStarted = async () =>
  (await sandboxExecutions.get()).values.reduce((sum, value) => sum + value.value, 0);

/**
 * A run of code evaluators over stored items is cut into batches of ASSAY_RUN_CODE_BATCH_SIZE
 * (one sandbox process per batch); once a batch makes model calls, ASSAY_RUN_BATCH_SIZE.
 */
describe('code-only runs take the code batch size', () => {
  const kit = useRunKit({ ASSAY_RUN_BATCH_SIZE: '2', ASSAY_RUN_CODE_BATCH_SIZE: '5' });

  it('scores every item in batches of the code batch size, and of the model batch size with a judge', async () => {
    await seedContainer(kit.stack, 'bot', logs);
    const code = await post(kit.stack, '/v1/evaluators', {
      container: 'bot',
      name: 'length',
      type: 'code',
      code: 'def evaluate(sample, ground_truth):\n    return len(sample["output"]) / 10\n',
    });
    const judge = await seedJudge(kit.stack, 'bot', 'quality');

    const started = await sandboxesStarted();
    const codeOnly = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'bot',
      evaluators: [code.id],
      sample: { type: 'container' },
    });
    const done = await waitForRun(kit.stack, codeOnly.id);
    expect(done.status).toBe('completed');
    expect(done.progress).toEqual({ total: 12, done: 12, failed: 0 });
    expect(await countResults(kit.stack, codeOnly.id)).toBe(12);
    const mean = logs.reduce((sum, log) => sum + log.output.length / 10, 0) / logs.length;
    expect(done.metrics.by_evaluator[0].mean).toBeCloseTo(mean, 9);
    expect((await sandboxesStarted()) - started).toBe(3); // 5 + 5 + 2 items

    const beforeMixed = await sandboxesStarted();
    const mixed = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'bot',
      evaluators: [code.id, judge.id],
      sample: { type: 'container' },
    });
    const mixedDone = await waitForRun(kit.stack, mixed.id);
    expect(mixedDone.status).toBe('completed');
    expect(mixedDone.progress).toEqual({ total: 24, done: 24, failed: 0 });
    expect((await sandboxesStarted()) - beforeMixed).toBe(6); // 6 batches of 2 items
  });
});
