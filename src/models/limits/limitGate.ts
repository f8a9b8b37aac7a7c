import { FairQueue } from './fairQueue.js';

/** One allowance (a provider's, or one model's), for all workers together. */
export interface GateLimits {
  concurrency: number;
  requestsPerMinute?: number;
  tokensPerMinute?: number;
}

/** A cut of the allowance after a 429, shared by every worker through the store. */
export interface Backoff {
  /** The share of the allowance left right after the cut, in (0, 1]. */
  factor: number;
  /** Epoch ms of the cut: the allowance grows back linearly from then. */
  cutAt: number;
  /** Epoch ms before which nobody calls (the provider's Retry-After). */
  pausedUntil: number;
}

export interface GateLease {
  /** Frees the slot and settles the tokens the call really used (input and output). */
  release(usedTokens?: number): void;
}

/**
 * Pacing runs under the allowance, and pace nobody used may be made up within a quarter second
 * (calls come in bursts: a batch's items at once, then a gap until the next batch): over any
 * sliding 10 s that is at most 0.96 + 0.025 of its part, so a provider that counts a minute's
 * limit over sixths of it never refuses either; the rest is room for workers changing parts.
 */
const PACE = 0.96;
const CATCH_UP_MS = 250;
/** The allowance left after a 429, and the least it goes down to. */
const CUT = 0.75;
const MIN_FACTOR = 0.05;
/** One cut per this long: the 429s of calls already in flight answer the same overload. */
const CUT_SPACING_MS = 2_000;
/** From the least allowance back to all of it, linearly, without another 429. */
const RECOVERY_MS = 30_000;
/** Without Retry-After, a 429 holds calls this long. */
const DEFAULT_PAUSE_MS = 1_000;
/** A gate that granted within this long still counts as wanting its share (a worker between two batches). */
const ACTIVE_FOR_MS = 1_000;

interface Waiter {
  tokens: number;
  queuedAt: number;
  grant(lease: GateLease, waitedMs: number): void;
}

/**
 * This worker's part of one allowance: calls wait here, round robin by scope, until the
 * concurrency, request pace, token budget and any 429 pause let them through. The part is
 * `share` (this worker's calls of all workers' calls on the allowance, set by CallLimiter) times the backoff.
 */
export class LimitGate {
  private readonly queue = new FairQueue<Waiter>();
  private inFlight = 0;
  private share = 1;
  private backoff: Backoff | null = null;
  /** GCRA's theoretical arrival time: the earliest the next call may start at the current pace. */
  private nextRequestAt = 0;
  /** Tokens left in this second's bucket; negative while a big call is being paid off. */
  private tokens: number;
  private tokensAt: number;
  private lastGrantAt = -Infinity;
  private peakDemand = 0;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;

  constructor(
    readonly key: string,
    readonly limits: GateLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.tokensAt = now();
    this.tokens = this.tokenCapacity();
  }

  /**
   * Waits its turn (`order`: see FairQueue); rejects with the signal's reason when the call is
   * cancelled meanwhile.
   */
  acquire(
    scope: string,
    tokens: number,
    signal?: AbortSignal,
    order = 0,
  ): Promise<{ lease: GateLease; waitedMs: number }> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        tokens,
        queuedAt: this.now(),
        grant: (lease, waitedMs) => {
          signal?.removeEventListener('abort', onAbort);
          resolve({ lease, waitedMs });
        },
      };
      const onAbort = () => {
        if (this.queue.remove(scope, waiter)) reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(scope, waiter, order);
      this.peakDemand = Math.max(this.peakDemand, this.queue.size + this.inFlight);
      this.pump();
    });
  }

  /**
   * How many calls this worker has had on the allowance (waiting or running, at the most) since
   * the last time it said: the allowance is split among workers by it. A worker that granted a
   * moment ago (between two batches) still says 1.
   */
  takeDemand(): number {
    const peak = this.peakDemand;
    this.peakDemand = this.queue.size + this.inFlight;
    if (peak === 0 && this.now() - this.lastGrantAt < ACTIVE_FOR_MS) return 1;
    return peak;
  }

  get waiting(): number {
    return this.queue.size;
  }

  /** This worker's part of the allowance, before any backoff. */
  setShare(share: number): void {
    if (share === this.share) return;
    const now = this.now();
    if (share > this.share && this.limits.requestsPerMinute !== undefined) {
      // The next call was paced at the smaller part: it may go as soon as the bigger part says.
      const interval = 60_000 / (this.limits.requestsPerMinute * share * this.factor(now) * PACE);
      this.nextRequestAt = Math.min(this.nextRequestAt, now + interval);
    }
    this.share = share;
    this.pump();
  }

  /**
   * A 429: hold every call for Retry-After and cut the allowance (once per spacing). Returns the
   * backoff to publish to the other workers when it changed.
   */
  rateLimited(retryAfterMs: number | undefined): Backoff | null {
    const now = this.now();
    const pausedUntil = now + (retryAfterMs ?? DEFAULT_PAUSE_MS);
    const current = this.backoff;
    const cut = !current || now - current.cutAt >= CUT_SPACING_MS;
    const next: Backoff = {
      factor: cut ? Math.max(MIN_FACTOR, this.factor(now) * CUT) : current.factor,
      cutAt: cut ? now : current.cutAt,
      pausedUntil: Math.max(pausedUntil, current?.pausedUntil ?? 0),
    };
    this.backoff = next;
    return next;
  }

  /** Another worker's cut, read from the store: the newer cut wins, the later pause holds. */
  adopt(backoff: Backoff): void {
    const current = this.backoff;
    if (current && current.cutAt >= backoff.cutAt && current.pausedUntil >= backoff.pausedUntil) return;
    this.backoff =
      current && current.cutAt > backoff.cutAt
        ? { ...current, pausedUntil: Math.max(current.pausedUntil, backoff.pausedUntil) }
        : { ...backoff, pausedUntil: Math.max(current?.pausedUntil ?? 0, backoff.pausedUntil) };
    this.pump();
  }

  /** The allowance's part left by the last cut, grown back since. */
  factor(now: number = this.now()): number {
    if (!this.backoff) return 1;
    return Math.min(1, this.backoff.factor + ((now - this.backoff.cutAt) / RECOVERY_MS) * (1 - MIN_FACTOR));
  }

  /** This worker's part of the allowance now: its share times the backoff. */
  part(now: number = this.now()): number {
    return this.share * this.factor(now);
  }

  private concurrency(now: number): number {
    return Math.max(1, Math.floor(this.limits.concurrency * this.part(now)));
  }

  private tokenCapacity(): number {
    // One second's worth: enough for the pace, too little to burst past a minute's budget.
    return ((this.limits.tokensPerMinute ?? 0) * this.part(this.now()) * PACE) / 60;
  }

  private refillTokens(now: number): void {
    if (this.limits.tokensPerMinute === undefined) return;
    const perMs = (this.limits.tokensPerMinute * this.part(now) * PACE) / 60_000;
    this.tokens = Math.min(this.tokenCapacity(), this.tokens + (now - this.tokensAt) * perMs);
    this.tokensAt = now;
  }

  /** How long the next call must still wait for time to pass (pause, pace, tokens); 0 when it may go. */
  private waitMs(now: number): number {
    let wait = Math.max(0, (this.backoff?.pausedUntil ?? 0) - now);
    const rpm = this.limits.requestsPerMinute;
    if (rpm !== undefined) wait = Math.max(wait, this.nextRequestAt - now);
    if (this.limits.tokensPerMinute !== undefined && this.tokens <= 0) {
      const perMs = (this.limits.tokensPerMinute * this.part(now) * PACE) / 60_000;
      wait = Math.max(wait, Math.ceil((1 - this.tokens) / perMs));
    }
    return wait;
  }

  private pump(): void {
    while (this.queue.size > 0) {
      const now = this.now();
      if (this.inFlight >= this.concurrency(now)) return; // a release pumps again
      this.refillTokens(now);
      const wait = this.waitMs(now);
      if (wait > 0) {
        this.wakeIn(wait);
        return;
      }
      this.grant(this.queue.shift()!, now);
    }
  }

  private grant(waiter: Waiter, now: number): void {
    this.inFlight++;
    this.lastGrantAt = now;
    const rpm = this.limits.requestsPerMinute;
    if (rpm !== undefined) {
      const interval = 60_000 / (rpm * this.part(now) * PACE);
      this.nextRequestAt = Math.max(this.nextRequestAt, now - CATCH_UP_MS) + interval;
    }
    this.tokens -= waiter.tokens;
    let released = false;
    const lease: GateLease = {
      release: (usedTokens) => {
        if (released) return;
        released = true;
        this.inFlight--;
        // What the estimate missed (the output, mostly) is paid off before the next calls.
        if (usedTokens !== undefined) this.tokens -= usedTokens - waiter.tokens;
        this.pump();
      },
    };
    waiter.grant(lease, now - waiter.queuedAt);
  }

  /** One timer, for the earliest moment a waiting call may go (a bigger share can bring it forward). */
  private wakeIn(ms: number): void {
    const at = this.now() + ms;
    if (this.timer && this.timerAt <= at) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Infinity;
      this.pump();
    }, ms);
  }
}
