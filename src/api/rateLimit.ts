import type { Response } from 'express';
import type { Db } from 'mongodb';
import { RateLimiterRes, type RateLimiterMongo } from 'rate-limiter-flexible';
import { RateLimitedError } from '../domain/errors.js';
import { minuteLimiter } from '../store/rateLimits.js';

/**
 * Fixed one-minute windows per name (an API key, a project, a client address), counted in the
 * store by rate-limiter-flexible, so several API replicas enforce one limit together. Fixed
 * windows keep it predictable for callers (RateLimit-* headers say exactly where they stand).
 */
const resetSeconds = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/** Counts one request against `name`; over the limit is an answer here, not an exception. */
async function consume(
  limiter: RateLimiterMongo,
  name: string,
): Promise<{ res: RateLimiterRes; over: boolean }> {
  try {
    return { res: await limiter.consume(name), over: false };
  } catch (rejection) {
    // The library rejects with its result when over the limit, and with the store's error otherwise.
    if (rejection instanceof RateLimiterRes) return { res: rejection, over: true };
    throw rejection;
  }
}

/**
 * Requests per key and per project: an admin can mint keys, so a project's keys together are
 * bounded too. The headers describe the key's window, the one a caller can reason about; with
 * the per-key limit off there is none to describe.
 */
export class RateLimiter {
  private readonly byKey: RateLimiterMongo | undefined;
  private readonly byProject: RateLimiterMongo | undefined;

  constructor(
    db: Db,
    private readonly perKeyPerMinute: number,
    perProjectPerMinute: number,
  ) {
    this.byKey = minuteLimiter(db, 'key', perKeyPerMinute);
    this.byProject = minuteLimiter(db, 'project', perProjectPerMinute);
  }

  async take(key: { keyId: string; projectId: string }, res: Response): Promise<void> {
    const [byKey, byProject] = await Promise.all([
      this.byKey && consume(this.byKey, key.keyId),
      this.byProject && consume(this.byProject, key.projectId),
    ]);
    if (byKey) {
      res.setHeader('RateLimit-Limit', String(this.perKeyPerMinute));
      res.setHeader('RateLimit-Remaining', String(byKey.res.remainingPoints));
      res.setHeader('RateLimit-Reset', String(resetSeconds(byKey.res)));
      if (byKey.over) throw new RateLimitedError(resetSeconds(byKey.res), 'this API key');
    }
    if (byProject?.over) {
      throw new RateLimitedError(resetSeconds(byProject.res), "this project's API keys together");
    }
  }
}

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
