import type { RequestHandler } from 'express';
import { MethodNotAllowedError } from '../domain/errors.js';

/**
 * `/v1/containers/:id/logs` → a test of concrete paths (a parameter is one non-empty
 * path segment). Segments are compared one by one: no regular expression is built
 * from a path, so a request path costs time linear in its length.
 */
const pathMatcher = (expressPath: string): ((path: string) => boolean) => {
  const pattern = expressPath.split('/');
  return (path) => {
    const parts = (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path).split('/');
    return (
      parts.length === pattern.length &&
      pattern.every((part, i) =>
        part.startsWith(':') ? parts[i] !== '' && parts[i] !== undefined : part === parts[i],
      )
    );
  };
};

/**
 * 405 with `Allow` for a known path asked with a method it does not serve (TRACE,
 * PUT, ...), rather than the 404 of an unknown path. Placed after every route, so
 * it only sees requests no route took; the methods come from the same list that
 * mounts the routes. A GET path serves HEAD too (Express answers it from the GET).
 */
export function methodNotAllowed(routes: { method: string; path: string }[]): RequestHandler {
  const byPath = new Map<string, { matches: (path: string) => boolean; methods: Set<string> }>();
  for (const { method, path } of routes) {
    const entry = byPath.get(path) ?? { matches: pathMatcher(path), methods: new Set<string>() };
    entry.methods.add(method.toUpperCase());
    if (method.toLowerCase() === 'get') entry.methods.add('HEAD');
    byPath.set(path, entry);
  }
  const order = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
  return (req, _res, next) => {
    // A literal path (`/v1/keys/self`) is its own resource, as in the OpenAPI document:
    // it does not also serve the methods of a templated path it happens to match
    // (`DELETE /v1/keys/:id`).
    const matching = [...byPath.entries()].filter(([, { matches }]) => matches(req.path));
    const literal = matching.filter(([path]) => !path.includes(':'));
    const allowed = new Set<string>();
    for (const [, { methods }] of literal.length > 0 ? literal : matching) {
      for (const method of methods) allowed.add(method);
    }
    if (allowed.size === 0 || allowed.has(req.method)) {
      next();
      return;
    }
    const allow = [...allowed].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    next(new MethodNotAllowedError(req.method, req.path, allow));
  };
}
