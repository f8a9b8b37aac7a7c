import type { Response } from 'express';
import { RateLimitedError } from '../errors.js';

const WINDOW_MS = 60_000;

/**
 * Fixed one-minute windows per name (an API key, a project, a client address), held in this
 * API process: simple and predictable for callers (RateLimit-* headers say exactly where they
 * stand). With several API replicas each enforces its own windows.
 */
class MinuteWindows {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly now: () => number) {}

  /** The current window of `name`, counting one more event when `count` is set. */
  current(name: string, count: boolean): { count: number; resetSeconds: number } {
    const now = this.now();
    let window = this.windows.get(name);
    if (!window || now - window.start >= WINDOW_MS) {
      window = { start: now, count: 0 };
      this.windows.set(name, window);
      if (this.windows.size > 10_000) this.evictExpired(now);
    }
    if (count) window.count++;
    return {
      count: window.count,
      resetSeconds: Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000)),
    };
  }

  private evictExpired(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= WINDOW_MS) this.windows.delete(key);
  }
}

/**
 * Requests per key and per project: an admin can mint keys, so a project's keys together are
 * bounded too. The headers describe the key's window, the one a caller can reason about.
 */
export class RateLimiter {
  private readonly windows: MinuteWindows;

  constructor(
    private readonly perKeyPerMinute: number,
    private readonly perProjectPerMinute: number = Infinity,
    now: () => number = Date.now,
  ) {
    this.windows = new MinuteWindows(now);
  }

  take(key: { keyId: string; projectId: string }, res: Response): void {
    const byKey = this.windows.current(`key:${key.keyId}`, true);
    const byProject = this.windows.current(`project:${key.projectId}`, true);
    res.setHeader('RateLimit-Limit', String(this.perKeyPerMinute));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, this.perKeyPerMinute - byKey.count)));
    res.setHeader('RateLimit-Reset', String(byKey.resetSeconds));
    if (byKey.count > this.perKeyPerMinute) {
      throw new RateLimitedError(byKey.resetSeconds, 'this API key');
    }
    if (byProject.count > this.perProjectPerMinute) {
      throw new RateLimitedError(byProject.resetSeconds, "this project's API keys together");
    }
  }
}

/**
 * Failed look-ups of well-formed keys per client address: each costs a database read, and
 * they are what a key-guesser sends. Past the limit the address is refused (429) without a
 * look-up until its window ends, whatever key it sends.
 */
export class FailedAuthLimiter {
  private readonly windows: MinuteWindows;

  constructor(
    private readonly perMinute: number,
    now: () => number = Date.now,
  ) {
    this.windows = new MinuteWindows(now);
  }

  check(address: string): void {
    const window = this.windows.current(address, false);
    if (window.count >= this.perMinute) {
      throw new RateLimitedError(window.resetSeconds, 'failed authentications from this address');
    }
  }

  recordFailure(address: string): void {
    this.windows.current(address, true);
  }
}
