import { describe, expect, it } from 'vitest';
import { runBatchSize } from '../../src/activities/prepareRunItems.js';

const env = { ASSAY_RUN_BATCH_SIZE: 100, ASSAY_RUN_CODE_BATCH_SIZE: 1000 };
type Side = { type: 'dataset' | 'container' | 'generate' };
const run = (types: string[], sample: Side = { type: 'dataset' }, groundTruth: Side = { type: 'dataset' }) =>
  ({
    sample,
    ground_truth: groundTruth,
    config: { evaluators: types.map((type) => ({ type })) },
  }) as unknown as Parameters<typeof runBatchSize>[0];

/** Pure: which batch size a run's items are chunked into. */
describe('runBatchSize', () => {
  it('gives runs of code evaluators over stored items the code batch size', () => {
    expect(runBatchSize(run(['code']), env)).toBe(1000);
    expect(runBatchSize(run(['code', 'code'], { type: 'container' }), env)).toBe(1000);
  });

  it('keeps the model batch size once a batch makes model calls', () => {
    expect(runBatchSize(run(['code', 'judge']), env)).toBe(100);
    expect(runBatchSize(run(['grader']), env)).toBe(100);
    expect(runBatchSize(run(['code'], { type: 'generate' }), env)).toBe(100);
    expect(runBatchSize(run(['code'], { type: 'dataset' }, { type: 'generate' }), env)).toBe(100);
  });
});
