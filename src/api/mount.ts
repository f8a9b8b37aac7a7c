import type { Express, Request, Response } from 'express';
import type { AppContext } from '../context.js';
import { authenticate } from './auth.js';
import type { RateLimiter } from './rateLimit.js';
import type { AnyRoute } from './route.js';
import { jsonBody, parseOrThrow } from './validation.js';

/** The route builder: auth, rate limit, parsing, then the handler; errors go to errorHandler. */
export function mountRoutes(app: Express, routes: AnyRoute[], ctx: AppContext, limiter: RateLimiter): void {
  for (const spec of routes) {
    app[spec.method](spec.path, async (req: Request, res: Response) => {
      const key = await authenticate(req, ctx.store.keys, spec.scope);
      limiter.take(key.keyId, res);
      const params = spec.params ? parseOrThrow(spec.params, req.params, 'path parameters') : req.params;
      const query = spec.query ? parseOrThrow(spec.query, req.query, 'query parameters') : {};
      const body =
        spec.body && spec.body !== 'raw' ? parseOrThrow(spec.body, jsonBody(req), 'request body') : undefined;
      const log = res.locals.log ?? ctx.logger;
      const result = await spec.handler({
        params,
        query,
        body,
        store: ctx.store.forProject(key.projectId),
        projectId: key.projectId,
        keyId: key.keyId,
        app: ctx,
        log,
        req,
        res,
      });
      if (spec.responseKind === 'stream' || res.headersSent) return;
      res.status(spec.status ?? 200).json(result);
    });
  }
}
