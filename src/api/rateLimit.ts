import type { Response } from 'express';
import type { Db } from 'mongodb';
import type { RateLimiterMongo } from 'rate-limiter-flexible';
import { RateLimitedError } from '../domain/errors.js';
import { LeasedLimiter } from './leasedLimiter.js';
import { minuteLimiter } from '../store/rateLimits.js';

/**
 * Fixed one-minute windows per name (an API key, a project, a client address), counted in the
 * store by rate-limiter-flexible, so several API replicas enforce one limit together (requests
 * per key and project take their points a lease at a time: see LeasedLimiter). Fixed
 * windows keep it predictable for callers: the RateLimit-* headers say where they stand (exactly
 * with one API process; with several, each may hold a few points of the window unspent).
 */
const resetSeconds = (res: { msBeforeNext: number }) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * Requests per key and per project: an admin can mint keys, so a project's keys together are
 * bounded too. The headers describe the key's window, the one a caller can reason about; with
 * the per-key limit off there is none to describe.
 */
export class RateLimiter {
  private readonly byKey: LeasedLimiter | undefined;
  private readonly byProject: LeasedLimiter | undefined;

  constructor(
    db: Db,
    private readonly perKeyPerMinute: number,
    perProjectPerMinute: number,
  ) {
    this.byKey = leased(minuteLimiter(db, 'key', perKeyPerMinute), perKeyPerMinute);
    this.byProject = leased(minuteLimiter(db, 'project', perProjectPerMinute), perProjectPerMinute);
  }

  async take(key: { keyId: string; projectId: string }, res: Response): Promise<void> {
    const [byKey, byProject] = await Promise.all([
      this.byKey?.take(key.keyId),
      this.byProject?.take(key.projectId),
    ]);
    if (byKey) {
      res.setHeader('RateLimit-Limit', String(this.perKeyPerMinute));
      res.setHeader('RateLimit-Remaining', String(byKey.remaining));
      res.setHeader('RateLimit-Reset', String(resetSeconds(byKey)));
      if (byKey.over) throw new RateLimitedError(resetSeconds(byKey), 'this API key');
    }
    if (byProject?.over) {
      throw new RateLimitedError(resetSeconds(byProject), "this project's API keys together");
    }
  }
}

const leased = (limiter: RateLimiterMongo | undefined, perMinute: number) =>
  limiter && new LeasedLimiter(limiter, perMinute);

/**
 * Failed look-ups of well-formed keys per client address: each costs a database read, and
 * they are what a key-guesser sends. Past the limit the address is refused (429) without a
 * look-up until its window ends, whatever key it sends. A limit of 0 counts nothing.
 */
export class FailedAuthLimiter {
  private readonly failures: RateLimiterMongo | undefined;

  constructor(
    db: Db,
    private readonly perMinute: number,
  ) {
    this.failures = minuteLimiter(db, 'auth_failures', perMinute);
  }

  async check(address: string): Promise<void> {
    const window = await this.failures?.get(address);
    if (window && window.consumedPoints >= this.perMinute) {
      throw new RateLimitedError(resetSeconds(window), 'failed authentications from this address');
    }
  }

  async recordFailure(address: string): Promise<void> {
    // A penalty counts without refusing: the refusal is check()'s, on the next request.
    await this.failures?.penalty(address, 1);
  }
}
