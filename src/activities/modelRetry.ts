import { setTimeout as sleep } from 'node:timers/promises';
import { ModelCallError, toActivityFailure } from '../models/modelErrors.js';

export type CallOutcome<T> = { ok: true; value: T } | { ok: false; error: ModelCallError };

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;

/**
 * Retries one item's model calls inside a batch (429, 5xx, timeouts), waiting as
 * long as Retry-After asks or with jittered exponential backoff. An item still
 * failing after `attempts` becomes an item error when other calls of the batch
 * succeeded meanwhile: the provider works, this item does not, and one poisoned
 * item must not hold the run. When nothing succeeded since the item's first
 * failure, the provider itself is down: the batch then fails as a retryable
 * activity failure and Temporal retries it later (honouring Retry-After), so an
 * outage does not turn a whole run into item errors.
 */
export class ModelCallRetrier {
  private successes = 0;

  constructor(private readonly options: { attempts: number; signal: AbortSignal }) {}

  async call<T>(fn: () => Promise<T>): Promise<CallOutcome<T>> {
    let successesAtFirstFailure: number | undefined;
    for (let attempt = 1; ; attempt++) {
      try {
        const value = await fn();
        this.successes++;
        return { ok: true, value };
      } catch (error) {
        this.options.signal.throwIfAborted();
        if (!(error instanceof ModelCallError)) throw error;
        if (!error.retryable) return { ok: false, error };
        successesAtFirstFailure ??= this.successes;
        if (attempt >= this.options.attempts) {
          if (this.successes === successesAtFirstFailure) throw toActivityFailure(error);
          return {
            ok: false,
            error: new ModelCallError(error.kind, `gave up after ${attempt} attempts: ${error.message}`, {
              retryable: false,
              status: error.status,
              cause: error,
              providerDetail: error.providerDetail,
            }),
          };
        }
        await sleep(delayFor(attempt, error.retryAfterMs), undefined, { signal: this.options.signal });
      }
    }
  }
}

function delayFor(attempt: number, retryAfterMs: number | undefined): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
  // Full jitter: items that failed together do not retry together.
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
