import { randomUUID, timingSafeEqual } from 'node:crypto';
import express, { type Express } from 'express';
import qs from 'qs';
import type { AppContext } from './context.js';
import { NotFoundError } from '../domain/errors.js';
import { errorHandler } from './errorHandler.js';
import { checkReadiness } from './health.js';
import { methodNotAllowed } from './methodNotAllowed.js';
import { mountRoutes } from './mount.js';
import { mountConsole } from './consoleAssets.js';
import { buildOpenApi } from './openapi.js';
import { authGuard } from './authGuard.js';
import { allRoutes } from './routes/index.js';
import { httpRequests, httpRequestSeconds, metricsText } from '../platform/metrics.js';
import { requestSpan, routeTemplate } from './requestSpan.js';

/** Compares secrets in constant time (a length mismatch answers at once: lengths are not secret here). */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Served without a key, outside the documented API. */
const infrastructureRoutes = ['/healthz', '/readyz', '/openapi.json', '/docs', '/metrics'].map((path) => ({
  method: 'get',
  path,
}));

export function createApp(ctx: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  // Nested query parameters (`metadata[lang]=en`) as Express's extended parser reads them, but
  // always as objects: `metadata[0]=x` is the key "0", not an array the schema would refuse.
  app.set('query parser', (query: string) => qs.parse(query, { parseArrays: false }));
  // Whose address the failed-authentication limit counts: the peer's, or the client's behind proxies.
  app.set('trust proxy', ctx.env.ASSAY_TRUST_PROXY_HOPS);

  // First, so that everything after it (the request log included) runs inside the request's span.
  if (ctx.env.OTEL_EXPORTER_OTLP_ENDPOINT) app.use(requestSpan());
  app.use((req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const requestId =
      typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    const log = ctx.logger.child({ requestId });
    res.locals.log = log;
    const started = process.hrtime.bigint();
    // Method, path and status only: never headers (keys) nor bodies (callers' data).
    res.on('finish', () => {
      const route = routeTemplate(req);
      httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      httpRequestSeconds.observe(
        { method: req.method, route },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
      log.info(
        {
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const checks = await checkReadiness(ctx);
    const ready = checks.mongodb && checks.temporal;
    if (!ready) res.setHeader('Retry-After', '5');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', checks });
  });

  // Every project's traffic in one process-wide view: for the operator's Prometheus only.
  app.get('/metrics', async (req, res) => {
    const token = ctx.env.ASSAY_METRICS_TOKEN;
    const given = req.headers.authorization ?? '';
    if (!token || !sameSecret(given, `Bearer ${token}`)) {
      res
        .status(404)
        .json({ error: { type: 'not_found_error', code: 'route_not_found', message: 'Not found.' } });
      return;
    }
    const { contentType, body } = await metricsText();
    res.type(contentType).send(body);
  });

  const openApi = buildOpenApi(allRoutes);
  app.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  mountConsole(app, ctx.env);

  // Authentication and rate limits first: nothing reads a body for a caller they refuse.
  app.use('/v1', authGuard(ctx));

  // JSON bodies only for JSON requests; JSONL uploads are streamed by their route.
  app.use(
    express.json({ limit: ctx.env.ASSAY_MAX_BODY_BYTES, type: ['application/json', 'application/*+json'] }),
  );

  mountRoutes(app, allRoutes, ctx);
  app.use(methodNotAllowed([...infrastructureRoutes, ...allRoutes]));

  app.use((req, _res, next) => {
    // Unknown paths under /v1 met the authGuard first, so they cannot be probed anonymously.
    next(new NotFoundError('route', `${req.method} ${req.path}`));
  });
  app.use(errorHandler(ctx.logger));
  return app;
}
