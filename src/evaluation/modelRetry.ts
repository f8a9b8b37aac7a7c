import { setTimeout as sleep } from 'node:timers/promises';
import { ModelCallError } from '../models/modelErrors.js';
import { providerFailure } from './providerFailure.js';

export type CallOutcome<T> = { ok: true; value: T } | { ok: false; error: ModelCallError };

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;
/**
 * A batch whose calls have all failed for this long reports an outage even before an
 * item runs out of attempts: with slow failures (timeouts) the attempts alone could
 * keep the run silent for minutes.
 */
export const OUTAGE_REPORT_AFTER_MS = 20_000;

/**
 * Retries one item's model calls inside a batch (429, 5xx, timeouts), waiting as
 * long as Retry-After asks or with jittered exponential backoff. An item still
 * failing after `attempts` becomes an item error when other calls of the batch
 * succeeded meanwhile: the provider works, this item does not, and one poisoned
 * item must not hold the run. When nothing succeeded since the batch's first
 * failure, the provider itself is down: the batch fails with a provider failure the
 * workflow shows on the run and retries later, so an outage does not turn a run into
 * item errors. A rejected key (401/403) fails the batch at once the same way: every
 * other item would meet it too.
 */
export class ModelCallRetrier {
  private successes = 0;
  /** Since when every call has failed (reset by a success). */
  private failingSince: number | undefined;

  constructor(private readonly options: { attempts: number; signal: AbortSignal; now?: () => number }) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  async call<T>(slug: string, fn: () => Promise<T>): Promise<CallOutcome<T>> {
    let successesAtFirstFailure: number | undefined;
    for (let attempt = 1; ; attempt++) {
      try {
        const value = await fn();
        this.successes++;
        this.failingSince = undefined;
        return { ok: true, value };
      } catch (error) {
        this.options.signal.throwIfAborted();
        if (!(error instanceof ModelCallError)) throw error;
        if (error.kind === 'auth') throw providerFailure(slug, error, this.now());
        if (!error.retryable) return { ok: false, error };
        this.failingSince ??= this.now();
        successesAtFirstFailure ??= this.successes;
        const outage =
          this.successes === successesAtFirstFailure &&
          (attempt >= this.options.attempts || this.now() - this.failingSince >= OUTAGE_REPORT_AFTER_MS);
        if (outage) throw providerFailure(slug, error, this.failingSince);
        if (attempt >= this.options.attempts) {
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
