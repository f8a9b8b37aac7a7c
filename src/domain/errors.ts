/**
 * Typed errors with their HTTP meaning. The API maps them to SPEC's error body in
 * one place (api/errorHandler.ts); anything else is a bug and answers 500.
 */
export interface ErrorDetail {
  /** Dotted path of the offending field, e.g. `items.3.input` or `body.judge_prompt`. */
  field: string;
  message: string;
  line?: number;
  column?: number;
}

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly type: string;
  readonly param?: string;
  readonly details?: ErrorDetail[];

  constructor(
    readonly code: string,
    message: string,
    extra: { param?: string; details?: ErrorDetail[] } = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.param = extra.param;
    this.details = extra.details;
  }
}

export class BadRequestError extends AppError {
  readonly status = 400;
  readonly type = 'invalid_request_error';
}
export class UnauthorizedError extends AppError {
  readonly status = 401;
  readonly type = 'authentication_error';
}
export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly type = 'permission_error';
}
export class NotFoundError extends AppError {
  readonly status = 404;
  readonly type = 'not_found_error';
  constructor(resource: string, id: string) {
    super(`${resource}_not_found`, `No ${resource.replaceAll('_', ' ')} '${id}' in this project.`);
  }
}
export class MethodNotAllowedError extends AppError {
  readonly status = 405;
  readonly type = 'invalid_request_error';
  constructor(
    method: string,
    path: string,
    /** The methods the path serves: the `Allow` header. */
    readonly allow: string[],
  ) {
    super('method_not_allowed', `${method} is not served at ${path}; it serves ${allow.join(', ')}.`);
  }
}
export class ConflictError extends AppError {
  readonly status = 409;
  readonly type = 'conflict_error';
}
export class PayloadTooLargeError extends AppError {
  readonly status = 413;
  readonly type = 'invalid_request_error';
}
export class ValidationError extends AppError {
  readonly status = 422;
  readonly type = 'validation_error';
  constructor(message: string, details: ErrorDetail[]) {
    super('validation_failed', message, { details, param: details[0]?.field });
  }
}
export class RateLimitedError extends AppError {
  readonly status = 429;
  readonly type = 'rate_limit_error';
  constructor(
    readonly retryAfterSeconds: number,
    /** Whose limit was reached: `this API key`, `this project's API keys together`... */
    whose = 'this API key',
  ) {
    super('rate_limited', `Too many requests for ${whose}; retry after ${retryAfterSeconds}s.`);
  }
}
export class NotImplementedError extends AppError {
  readonly status = 501;
  readonly type = 'not_implemented_error';
}
const UPSTREAM_UNAVAILABLE = {
  mongodb: 'MongoDB is unreachable; retry shortly.',
  temporal: 'Temporal is unreachable; retry shortly.',
  worker: 'No worker is running to do this; start one (npm run worker), then retry.',
};

export class UpstreamUnavailableError extends AppError {
  readonly status = 503;
  readonly type = 'upstream_unavailable';
  readonly retryAfterSeconds = 5;
  constructor(upstream: 'mongodb' | 'temporal' | 'worker', cause?: unknown) {
    super(`${upstream}_unavailable`, UPSTREAM_UNAVAILABLE[upstream]);
    this.cause = cause;
  }
}

/** A dependency the request needed answered with a failure of its own (a model provider, say). */
export class BadGatewayError extends AppError {
  readonly status = 502;
  readonly type = 'upstream_error';
}

/** A dependency the request waited for did not answer in time (no worker, say). */
export class GatewayTimeoutError extends AppError {
  readonly status = 504;
  readonly type = 'upstream_timeout';
}

/** A 422 with a single field, the common case. */
export function invalidField(field: string, message: string, position?: { line?: number; column?: number }) {
  return new ValidationError(`${field}: ${message}`, [{ field, message, ...position }]);
}
