import { setTimeout as sleep } from 'node:timers/promises';
import { ModelCallError } from '../models/modelErrors.js';
import { providerFailure } from './providerFailure.js';
import { modelRetries } from '../platform/metrics.js';

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
  /** Calls of the batch under way, and those of them out of attempts, waiting to know why. */
  private inFlight = 0;
  private deciding = 0;
  /** The batch's recent call outcomes (within the outage report time): their share tells partial refusal. */
  private readonly recent: { at: number; ok: boolean }[] = [];

  private record(ok: boolean): void {
    const now = this.now();
    this.recent.push({ at: now, ok });
    while (this.recent.length > 0 && now - this.recent[0]!.at >= OUTAGE_REPORT_AFTER_MS) this.recent.shift();
  }
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly options: {
      attempts: number;
      signal: AbortSignal;
      now?: () => number;
      /** The configured provider a slug calls, the retry metric's label (never the slug: tenants write it). */
      providerOf?: (slug: string) => string;
    },
  ) {}

  private countRetry(slug: string): void {
    let provider = 'unknown';
    try {
      provider = this.options.providerOf?.(slug) ?? provider;
    } catch {
      // A slug no provider serves fails as not_found before any retry; keep the label bounded anyway.
    }
    modelRetries.inc({ provider });
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  async call<T>(slug: string, fn: () => Promise<T>): Promise<CallOutcome<T>> {
    this.inFlight++;
    try {
      return await this.attempts(slug, fn);
    } finally {
      this.inFlight--;
      this.wake();
    }
  }

  private wake(): void {
    for (const waiter of this.waiters) waiter();
    this.waiters.clear();
  }

  /**
   * Out of attempts with no success since this call's first failure: an outage, or a provider
   * refusing only part of the calls? The first call to finish cannot tell (with one attempt, a
   * 429 among 70% successes would stop the batch every time). The share of the batch's calls that
   * failed within the outage report time decides, once the calls still under way have answered
   * (or that time has passed): at least as many successes as failures is a partial refusal (this
   * item's error), fewer an outage. A call that failed as an outage ended is thus not an item error.
   */
  private async partialRefusal(): Promise<boolean> {
    this.deciding++;
    try {
      for (;;) {
        const now = this.now();
        const live = this.recent.filter((o) => now - o.at < OUTAGE_REPORT_AFTER_MS);
        const succeeded = live.filter((o) => o.ok).length;
        const failed = live.length - succeeded;
        if (succeeded > failed) return true;
        const othersWorking = this.inFlight - this.deciding > 0;
        const elapsed = now - (this.failingSince ?? now);
        if (!othersWorking || elapsed >= OUTAGE_REPORT_AFTER_MS) return succeeded > 0 && succeeded >= failed;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, OUTAGE_REPORT_AFTER_MS - elapsed);
          this.waiters.add(() => {
            clearTimeout(timer);
            resolve();
          });
        });
        this.options.signal.throwIfAborted();
      }
    } finally {
      this.deciding--;
    }
  }

  private async attempts<T>(slug: string, fn: () => Promise<T>): Promise<CallOutcome<T>> {
    let successesAtFirstFailure: number | undefined;
    for (let attempt = 1; ; attempt++) {
      try {
        const value = await fn();
        this.successes++;
        this.failingSince = undefined;
        this.record(true);
        this.wake();
        return { ok: true, value };
      } catch (error) {
        this.options.signal.throwIfAborted();
        if (!(error instanceof ModelCallError)) throw error;
        if (error.kind === 'auth') throw providerFailure(slug, error, this.now());
        if (!error.retryable) return { ok: false, error };
        this.record(false);
        this.failingSince ??= this.now();
        successesAtFirstFailure ??= this.successes;
        const failingFor = this.now() - this.failingSince;
        const outage =
          this.successes === successesAtFirstFailure &&
          (failingFor >= OUTAGE_REPORT_AFTER_MS ||
            (attempt >= this.options.attempts && !(await this.partialRefusal())));
        if (outage) throw providerFailure(slug, error, this.failingSince ?? this.now());
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
        this.countRetry(slug);
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
