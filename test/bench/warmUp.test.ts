import { describe, expect, it } from 'vitest';
import { WARM_UP_ITEMS, warmUpMeasurements } from '../../bench/warmUp.js';

describe("the stacks' warm-up runs", () => {
  it('are reported as one figure, their median, with each run in order and no goal', () => {
    const [figure, ...rest] = warmUpMeasurements([4.1234, 3.3, 3.5]);
    expect(rest).toEqual([]);
    expect(figure).toMatchObject({
      bench: 'warm-up',
      value: 3.5,
      runs: [4.12, 3.3, 3.5],
      unit: 'ms',
    });
    expect(figure!.metric).toContain(`${WARM_UP_ITEMS} items`);
    expect(figure!.goal).toBeUndefined();
  });

  it('are not reported when no stack warmed up (a quick bench, or benches without a run)', () => {
    expect(warmUpMeasurements([])).toEqual([]);
  });
});
