import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
import type { Env } from '../platform/config.js';
import { consoleBuildDir } from '../stack/paths.js';

/**
 * Same-origin pages only: scripts and data from this server, nothing remote (the
 * service may run offline, and a page holding an API key must not load others' code).
 * Inline styles are allowed because the chart and docs renderers set style attributes.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function securityHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

/** The API reference: Swagger UI renders /openapi.json; its files are copied into the console build. */
const docsHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Assay API reference</title>
<link rel="stylesheet" href="/console/docs/swagger-ui.css">
</head>
<body>
<main id="swagger-ui"></main>
<script src="/console/docs/swagger-ui-bundle.js"></script>
<script src="/console/docs/init.js"></script>
</body>
</html>
`;

/**
 * `/console` (the results console, a single-page app over the public API) and
 * `/docs` (the API reference). Neither needs a key to load: the console asks for one
 * and sends it only to /v1, like any other API client.
 */
export function mountConsole(app: Express, env: Env): void {
  const built = () => existsSync(path.join(consoleBuildDir, 'index.html'));
  const notBuilt = (res: Response) =>
    res
      .status(503)
      .type('text')
      .send('The console is not built: run `npm run build:console` (npm ci does it through `prepare`).');

  app.get('/docs', (_req, res) => {
    securityHeaders(res);
    res.type('html').send(docsHtml);
  });

  // Deployment settings the console needs before any key is entered; nothing secret.
  app.get('/console/config.json', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      temporal_ui_url: env.ASSAY_TEMPORAL_UI_URL ?? null,
      temporal_namespace: env.TEMPORAL_NAMESPACE,
    });
  });

  app.use(
    '/console',
    (_req, res, next) => {
      securityHeaders(res);
      next();
    },
    express.static(consoleBuildDir, {
      index: false,
      fallthrough: true,
      setHeaders: (res, file) => {
        // Vite puts a content hash in every asset name, so they never change under a URL.
        if (file.includes(`${path.sep}assets${path.sep}`)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        }
      },
    }),
  );

  // Every other /console path is a page of the app: the client router reads the URL.
  const page = (req: Request, res: Response) => {
    if (!built()) return void notBuilt(res);
    // A missing asset is a 404, not the app's page (which would hide the mistake).
    if (/\.[a-z0-9]+$/i.test(req.path)) return void res.status(404).type('text').send('Not found');
    securityHeaders(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(consoleBuildDir, 'index.html'));
  };
  app.get('/console', page);
  app.get('/console/*splat', page);
}
