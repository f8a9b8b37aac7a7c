import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ModelCallRetrier } from '../../src/evaluation/modelRetry.js';
import { ModelCallError } from '../../src/models/modelErrors.js';

const rateLimited = () => new ModelCallError('rate_limited', '429 from the provider', { retryable: true });

/** A call answering after `ms`: a value, or a 429. */
const callAfter = (ms: number, fails: boolean) => async () => {
  await sleep(ms);
  if (fails) throw rateLimited();
  return 'answer';
};

describe('ModelCallRetrier: an outage or a partial refusal', () => {
  it('with one attempt, a 429 that finishes first is an item error when other calls succeed', async () => {
    const retrier = new ModelCallRetrier({ attempts: 1, signal: new AbortController().signal });
    // 3 of 10 calls refused; the refusals come back first, as 429s usually do.
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => retrier.call('fake/model-a', callAfter(i < 3 ? 5 : 30, i < 3))),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(7);
    const errors = outcomes.filter((o) => !o.ok);
    expect(errors).toHaveLength(3);
    for (const e of errors) expect(!e.ok && e.error.message).toContain('gave up after 1 attempts');
  });

  it('when every call of the batch fails, it is an outage: the batch fails with a provider failure', async () => {
    const retrier = new ModelCallRetrier({ attempts: 1, signal: new AbortController().signal });
    const calls = Array.from({ length: 4 }, (_, i) =>
      retrier.call('fake/model-a', callAfter(5 + i * 5, true)),
    );
    const settled = await Promise.allSettled(calls);
    expect(settled.every((s) => s.status === 'rejected')).toBe(true);
    for (const s of settled) {
      expect(s.status === 'rejected' && (s.reason as { type?: string }).type).toBe('ProviderUnavailable');
    }
  });
});
