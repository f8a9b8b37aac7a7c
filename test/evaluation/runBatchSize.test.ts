import { describe, expect, it } from 'vitest';
import { runBatchSizing } from '../../src/activities/prepareRunItems.js';

const env = { ASSAY_RUN_BATCH_SIZE: 100, ASSAY_RUN_LARGE_BATCH_SIZE: 500, ASSAY_RUN_CODE_BATCH_SIZE: 1000 };
type Side = { type: 'dataset' | 'container' | 'generate' };
const run = (types: string[], sample: Side = { type: 'dataset' }, groundTruth: Side = { type: 'dataset' }) =>
  ({
    sample,
    ground_truth: groundTruth,
    config: { evaluators: types.map((type) => ({ type })) },
  }) as unknown as Parameters<typeof runBatchSizing>[0];

/** Pure: which batch size a run's items are chunked into. */
describe('runBatchSizing', () => {
  it('gives runs of code evaluators over stored items the code batch size', () => {
    expect(runBatchSizing(run(['code']), env)).toEqual({ items: 1000, largeItems: 1000 });
    expect(runBatchSizing(run(['code', 'code'], { type: 'container' }), env)).toEqual({
      items: 1000,
      largeItems: 1000,
    });
  });

  it('keeps the model batch size once a batch makes model calls', () => {
    expect(runBatchSizing(run(['code', 'judge']), env)).toEqual({ items: 100, largeItems: 500 });
    expect(runBatchSizing(run(['grader']), env)).toEqual({ items: 100, largeItems: 500 });
    expect(runBatchSizing(run(['code'], { type: 'generate' }), env)).toEqual({ items: 100, largeItems: 500 });
    expect(runBatchSizing(run(['code'], { type: 'dataset' }, { type: 'generate' }), env)).toEqual({
      items: 100,
      largeItems: 500,
    });
  });
});
