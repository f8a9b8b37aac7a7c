import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ModelCallRetrier } from '../../src/evaluation/modelRetry.js';
import { ModelCallError } from '../../src/models/modelErrors.js';
import { modelRetries } from '../../src/platform/metrics.js';

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

describe('ModelCallRetrier: the retry metric', () => {
  it('counts each retry under the provider the slug resolves to, never the slug', async () => {
    const retried = async () =>
      (await modelRetries.get()).values.find((v) => v.labels.provider === 'fake')?.value ?? 0;
    const before = await retried();
    const retrier = new ModelCallRetrier({
      attempts: 3,
      signal: new AbortController().signal,
      providerOf: (slug) => slug.split('/')[0]!,
    });
    let calls = 0;
    const outcome = await retrier.call('fake/model-a', async () => {
      calls++;
      if (calls < 3) throw new ModelCallError('server_error', '503', { retryable: true, retryAfterMs: 1 });
      return 'answer';
    });
    expect(outcome.ok).toBe(true);
    expect((await retried()) - before).toBe(2);
  });
});
