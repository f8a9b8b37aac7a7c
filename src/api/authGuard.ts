import type { RequestHandler, Response } from 'express';
import type { AppContext } from './context.js';
import type { AuthenticatedKey } from '../store/keys.js';
import { authenticateKey, InvalidKeyError } from './auth.js';
import { FailedAuthLimiter, RateLimiter } from './rateLimit.js';

/**
 * Every `/v1` request is authenticated and rate-limited before anything reads its body: an
 * anonymous or throttled caller gets its 401/429 without the server parsing (or, with the
 * connection closed by the error handler, even receiving) a large body.
 */
export function authGuard(ctx: AppContext): RequestHandler {
  const limiter = new RateLimiter(
    ctx.store.db,
    ctx.env.ASSAY_RATE_LIMIT_PER_MINUTE,
    ctx.env.ASSAY_PROJECT_RATE_LIMIT_PER_MINUTE,
  );
  const failures = new FailedAuthLimiter(ctx.store.db, ctx.env.ASSAY_AUTH_FAILURES_PER_MINUTE);
  return async (req, res, next) => {
    // The peer's address, or the client's as ASSAY_TRUST_PROXY_HOPS proxies report it.
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    try {
      await failures.check(address);
      const key = await authenticateKey(req, ctx.store.keys);
      await limiter.take(key, res);
      res.locals.apiKey = key;
      next();
    } catch (error) {
      if (error instanceof InvalidKeyError) {
        // Counting may fail too (the store down): the caller still gets its 401.
        await failures.recordFailure(address).catch(() => {});
      }
      next(error);
    }
  };
}

/** The key the guard authenticated for this request. */
export function guardedKey(res: Response): AuthenticatedKey | undefined {
  return res.locals.apiKey as AuthenticatedKey | undefined;
}
