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
  const checked = checkJson(schema, value);
  if (checked.ok) return checked.value;
  throw validationFailed(what, checked.details);
}

/** A JSON value against `schema`, after the strings the store cannot keep: its parsed value, or every problem. */
export function checkJson<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; value: z.output<S> } | { ok: false; details: ErrorDetail[] } {
  const unstorable = unstorableStrings(value, []);
  if (unstorable.length > 0) return { ok: false, details: unstorable };
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, details: zodDetails(parsed.error) };
}

const wellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();

/**
 * Strings JSON can carry but the store cannot keep as sent, found where every request enters
 * (here, before any schema): a lone UTF-16 surrogate (BSON's UTF-8 turns it into U+FFFD, so it would
 * not read back the same) anywhere, and NUL in an object key (BSON ends keys with it). Refused with
 * the field they are in, so no route answers 500 or stores something else than it was given.
 */
function unstorableStrings(value: unknown, path: (string | number)[]): ErrorDetail[] {
  const field = () => path.join('.') || '(body)';
  if (typeof value === 'string') {
    return wellFormed(value) ? [] : [{ field: field(), message: 'contains a lone UTF-16 surrogate' }];
  }
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((child, i) => unstorableStrings(child, [...path, i]));
  return Object.entries(value).flatMap(([key, child]) => {
    if (!wellFormed(key) || key.includes('\u0000')) {
      return [
        {
          field: [...path, key].join('.'),
          message: 'keys must not contain NUL or other control characters, nor a lone UTF-16 surrogate',
        },
      ];
    }
    return unstorableStrings(child, [...path, key]);
  });
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
