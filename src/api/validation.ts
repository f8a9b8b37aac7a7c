import type { z } from 'zod';
import { ValidationError, type ErrorDetail } from '../errors.js';

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
    if (issue.code === 'invalid_union') {
      // The value's type picks the branch (an array, or an object): name that branch's fields, not "Invalid input".
      const candidates = issue.errors.filter((branch) => !wrongType(branch));
      if (candidates.length === 1) return issueDetails(candidates[0]!, path);
    }
    return [{ field: path.join('.') || '(body)', message: issue.message }];
  });
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw validationFailed(what, zodDetails(parsed.error));
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
