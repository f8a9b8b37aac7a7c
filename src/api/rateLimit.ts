import type { Response } from 'express';
import { RateLimitedError } from '../errors.js';

/**
 * A fixed one-minute window per API key, held in this API process: simple and
 * predictable for callers (RateLimit-* headers say exactly where they stand).
 * With several API replicas each enforces its own window.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(keyId: string, res: Response): void {
    const now = this.now();
    let window = this.windows.get(keyId);
    if (!window || now - window.start >= 60_000) {
      window = { start: now, count: 0 };
      this.windows.set(keyId, window);
      if (this.windows.size > 10_000) this.evictExpired(now);
    }
    window.count++;
    const resetSeconds = Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000));
    res.setHeader('RateLimit-Limit', String(this.perMinute));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, this.perMinute - window.count)));
    res.setHeader('RateLimit-Reset', String(resetSeconds));
    if (window.count > this.perMinute) {
      res.setHeader('Retry-After', String(resetSeconds));
      throw new RateLimitedError(resetSeconds);
    }
  }

  private evictExpired(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= 60_000) this.windows.delete(key);
  }
}
