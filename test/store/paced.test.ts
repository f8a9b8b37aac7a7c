import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paced } from '../../src/store/mongo.js';

describe('paced work after a run ends', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers what the work answered, after a rest as long as the work took', async () => {
    let settled = false;
    const result = paced(async () => {
      vi.advanceTimersByTime(40); // the work takes 40 ms
      return 'segment written';
    }).then((value) => {
      settled = true;
      return value;
    });
    await vi.advanceTimersByTimeAsync(39);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    expect(await result).toBe('segment written');
  });

  it('does not rest after work that failed', async () => {
    await expect(
      paced(async () => {
        throw new Error('store gone');
      }),
    ).rejects.toThrow('store gone');
  });
});
