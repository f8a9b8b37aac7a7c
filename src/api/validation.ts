import type { z } from 'zod';
import type { Request } from 'express';
import { BadRequestError, ValidationError, type ErrorDetail } from '../domain/errors.js';

/** One detail per offending field, unknown keys each named, paths dotted (`items.3.input`). */
export function zodDetails(error: z.ZodError, prefix: (string | number)[] = []): ErrorDetail[] {
  return issueDetails(error.issues, prefix.map(String));
}

type Issue = z.core.$ZodIssue;

/** A union branch that failed only because the value has another JSON type (`expected array`). */
const wrongType = (branch: Issue[]) =>
  branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0;

function issueDetails(issues: Issue[], prefix: string[]): ErrorDetail[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...path, key].join('.'), message: 'unknown field' }));
    }
    if (issue.code === 'invalid_key') {
      // A record key that fails its schema: say why, not just "Invalid key in record".
      return [{ field: path.join('.'), message: issue.issues.map((inner) => inner.message).join('; ') }];
    }
    if (issue.code === 'invalid_union') {
      // The value's type picks the branch (an array, or an object): name that branch's fields, not "Invalid input".
      const candidates = issue.errors.filter((branch) => !wrongType(branch));
      if (candidates.length === 1) return issueDetails(candidates[0]!, path);
    }
    return [{ field: path.join('.') || '(body)', message: issue.message }];
  });
}

/** Deeper JSON than any request needs, and than MongoDB stores (100 levels). */
const MAX_JSON_DEPTH = 64;

function depthOf(value: unknown, limit: number): number {
  if (value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  for (const child of Object.values(value)) {
    deepest = Math.max(deepest, 1 + depthOf(child, limit - 1));
    if (deepest > limit) break;
  }
  return deepest || 1;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  if (depthOf(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw validationFailed(what, [
      { field: '(body)', message: `nested deeper than ${MAX_JSON_DEPTH} levels` },
    ]);
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw validationFailed(what, zodDetails(parsed.error));
}

/**
 * The parsed JSON body of a route that takes one: a 422 when there is none (the
 * document says the body is required), a 400 when it is not JSON at all.
 */
export function jsonBody(req: Request): unknown {
  if (req.body !== undefined) return req.body;
  const hasBody =
    Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody) {
    throw new BadRequestError('unsupported_content_type', 'Send the request body as application/json.');
  }
  throw validationFailed('request body', [{ field: '(body)', message: 'a JSON request body is required' }]);
}

/** Batches are bounded by configuration, not by the schema (which the OpenAPI document shares). */
export function checkBatchSize(field: string, count: number, max: number): void {
  if (count > max) {
    throw validationFailed('request body', [
      { field, message: `at most ${max} per request (ASSAY_MAX_LOG_BATCH); got ${count}` },
    ]);
  }
}

/** The 422 for `what` (e.g. 'request body'), its message listing every detail. */
export function validationFailed(what: string, details: ErrorDetail[]): ValidationError {
  return new ValidationError(
    `Invalid ${what}: ${details.map((d) => `${d.field}: ${d.message}`).join('; ')}`,
    details,
  );
}
