import type { Express, Request, Response } from 'express';
import type { AppContext } from './context.js';
import { requireScope } from './auth.js';
import { guardedKey } from './authGuard.js';
import type { AnyRoute } from './route.js';
import { jsonBody, parseOrThrow } from './validation.js';

/**
 * The route builder: scope, parsing, then the handler; errors go to errorHandler. The key was
 * authenticated and rate-limited by `authGuard` before the body was read.
 */
export function mountRoutes(app: Express, routes: AnyRoute[], ctx: AppContext): void {
  for (const spec of routes) {
    app[spec.method](spec.path, async (req: Request, res: Response) => {
      const key = guardedKey(res);
      if (!key) throw new Error(`${spec.path} is mounted outside the authGuard`);
      requireScope(key, spec.scope);
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
