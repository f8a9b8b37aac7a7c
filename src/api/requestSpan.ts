import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Request, RequestHandler } from 'express';
import { tracer } from '../platform/tracing.js';

/** The route template, never the path: ids in paths would make metric labels and span names unbounded. */
export function routeTemplate(req: Request): string {
  return req.route ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
}

/**
 * A server span per API request, active while the request is handled so that what it starts (a
 * run's workflow, through the Temporal client's interceptor) joins its trace. Named for the route
 * template once routing has found it; a caller's `traceparent` header makes it a child of the
 * caller's trace. Method, route and status only, like the request log.
 */
export function requestSpan(): RequestHandler {
  return (req, res, next) => {
    const parent = propagation.extract(context.active(), req.headers);
    const span = tracer().startSpan(
      req.method,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method } },
      parent,
    );
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      const route = routeTemplate(req);
      span.updateName(`${req.method} ${route}`);
      span.setAttributes({ 'http.route': route, 'http.response.status_code': res.statusCode });
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    res.once('finish', end);
    res.once('close', end);
    context.with(trace.setSpan(parent, span), next);
  };
}
