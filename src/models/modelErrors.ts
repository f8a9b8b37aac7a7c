import { ApplicationFailure } from '@temporalio/common';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';

export const modelErrorKinds = [
  'rate_limited',
  'server_error',
  'timeout',
  'connection',
  'bad_request',
  'auth',
  'not_found',
  'malformed_reply',
] as const;
export type ModelErrorKind = (typeof modelErrorKinds)[number];

/**
 * A failed model call, classified once here so every caller agrees on what is retried.
 * Retries themselves belong to the Temporal activity (the openai client runs with
 * `maxRetries: 0`), so this is the only place that decides retryable or not.
 */
export class ModelCallError extends Error {
  override name = 'ModelCallError';
  readonly kind: ModelErrorKind;
  readonly retryable: boolean;
  /** How long the provider asked us to wait (Retry-After), when it said so. */
  readonly retryAfterMs?: number;
  /** HTTP status of the provider's reply, when there was one. */
  readonly status?: number;
  /**
   * What the provider itself said (secrets scrubbed), for the operator's logs only: it can
   * quote configuration, internal hosts or other tenants' requests, so `message` never carries it.
   */
  readonly providerDetail?: string;

  constructor(
    kind: ModelErrorKind,
    message: string,
    options: {
      retryable?: boolean;
      retryAfterMs?: number;
      status?: number;
      cause?: unknown;
      providerDetail?: string;
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.retryable = options.retryable ?? retryableByDefault[kind];
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
    if (options.status !== undefined) this.status = options.status;
    if (options.providerDetail !== undefined) this.providerDetail = options.providerDetail;
  }
}

const retryableByDefault: Record<ModelErrorKind, boolean> = {
  rate_limited: true,
  server_error: true,
  timeout: true,
  connection: true,
  malformed_reply: true,
  bad_request: false,
  auth: false,
  not_found: false,
};

/**
 * A provider asking for an hour's pause should not stall a run for an hour: the
 * activity's own backoff takes over beyond this (and the attempt still counts).
 */
export const MAX_RETRY_AFTER_MS = 10 * 60_000;

export interface ClassifyContext {
  /** Prefixed to the message, e.g. the model slug. */
  label?: string;
  /** Values that must never appear in a message (the provider's API key and header values). */
  secrets?: readonly (string | undefined)[];
}

/**
 * What tenants read about a provider's answer: its status and our reading of it, never the
 * provider's own words (issue 8: they can echo keys, header values, internal host names).
 */
const statusMeaning: Record<number, string> = {
  400: 'the provider refused the request as invalid',
  401: 'the provider refused the credentials configured for it',
  403: 'the provider refused access',
  404: 'the provider does not serve this model or endpoint',
  408: 'the provider timed out',
  409: 'the provider reported a conflict',
  413: 'the request is too large for the provider',
  422: 'the provider could not process the request',
  429: 'the provider is rate limiting',
};
const meaningOf = (status: number) =>
  statusMeaning[status] ?? (status >= 500 ? 'the provider failed' : 'the provider refused the request');

/** Socket error codes, which name what went wrong without naming the host or port. */
const connectionCodes: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'name resolution failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed',
  UND_ERR_SOCKET: 'connection closed',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
};

/** Maps anything a model call can throw to a ModelCallError; an existing one keeps its classification. */
export function classifyModelError(error: unknown, context: ClassifyContext = {}): ModelCallError {
  if (error instanceof ModelCallError) {
    if (!context.label || error.message.startsWith(`${context.label}: `)) return error;
    return new ModelCallError(error.kind, `${context.label}: ${error.message}`, {
      retryable: error.retryable,
      retryAfterMs: error.retryAfterMs,
      status: error.status,
      cause: error.cause,
      providerDetail: error.providerDetail,
    });
  }
  const providerDetail = scrub(error instanceof Error ? error.message : String(error), context.secrets);
  const make: MakeError = (kind, detail, options = {}) =>
    new ModelCallError(kind, scrub(context.label ? `${context.label}: ${detail}` : detail, context.secrets), {
      ...options,
      cause: error,
      providerDetail,
    });

  // Order matters: the timeout and abort errors are subclasses of APIConnectionError, itself an APIError.
  if (error instanceof APIConnectionTimeoutError) return make('timeout', 'the model call timed out');
  if (error instanceof APIUserAbortError) return make('connection', 'the model call was aborted');
  if (error instanceof APIConnectionError) {
    const code = causeCode(error);
    return make(
      'connection',
      `could not reach the provider (${connectionCodes[code ?? ''] ?? 'connection failed'})`,
    );
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    return fromStatus(error.status, error.headers, make);
  }
  // The openai client parses a 200's body with response.json(): a truncated body surfaces as a
  // SyntaxError, whose message quotes the body, so it is not repeated.
  if (error instanceof SyntaxError) return make('malformed_reply', 'the reply was not valid JSON');
  if (error instanceof Error && error.name === 'TimeoutError')
    return make('timeout', 'the model call timed out');
  // Unknown failures are retried: Temporal's attempt limit bounds them, and giving up on a transient one loses an item.
  return make('server_error', `unexpected failure (${error instanceof Error ? error.name : typeof error})`);
}

type MakeError = (
  kind: ModelErrorKind,
  detail: string,
  options?: { retryAfterMs?: number; status?: number },
) => ModelCallError;

function fromStatus(status: number, headers: Headers | undefined, make: MakeError): ModelCallError {
  const detail = `${status} ${meaningOf(status)}`;
  if (status === 429) {
    return make('rate_limited', detail, { status, retryAfterMs: retryAfterMsFrom(headers) });
  }
  if (status === 408) return make('timeout', detail, { status });
  // 409 from OpenAI means a concurrent request on the same resource: it clears on its own.
  if (status === 409 || status >= 500) {
    return make('server_error', detail, { status, retryAfterMs: retryAfterMsFrom(headers) });
  }
  if (status === 401 || status === 403) return make('auth', detail, { status });
  if (status === 404) return make('not_found', detail, { status });
  return make('bad_request', detail, { status });
}

/** `retry-after-ms` (OpenAI's precise form), then `Retry-After` as seconds or an HTTP date. */
export function retryAfterMsFrom(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const clamp = (ms: number) => Math.min(Math.max(0, Math.round(ms)), MAX_RETRY_AFTER_MS);
  const precise = headers.get('retry-after-ms');
  if (precise !== null && precise.trim() !== '' && Number.isFinite(Number(precise)))
    return clamp(Number(precise));
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return clamp(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : clamp(date - now);
}

/** What the activity throws: Temporal retries it (after `retryAfterMs` if given) or gives up at once. */
export function toActivityFailure(error: ModelCallError): ApplicationFailure {
  return ApplicationFailure.create({
    type: `ModelCallError.${error.kind}`,
    message: error.message,
    nonRetryable: !error.retryable,
    ...(error.retryAfterMs !== undefined ? { nextRetryDelay: error.retryAfterMs } : {}),
    // The provider's own words reach the operator (Temporal UI, worker logs), not the tenant.
    details: [
      { kind: error.kind, status: error.status ?? null, provider_detail: error.providerDetail ?? null },
    ],
  });
}

/** The socket error code under the SDK's connection error (its messages name host and port). */
function causeCode(error: Error): string | undefined {
  const cause = (error as { cause?: unknown }).cause;
  if (!(cause instanceof Error)) return undefined;
  const code = (cause as { code?: unknown }).code ?? (cause.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Providers sometimes echo the key they rejected; keep such text out of results and logs. */
function scrub(message: string, secrets: readonly (string | undefined)[] = []): string {
  let clean = message;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) clean = clean.split(secret).join('[redacted]');
  }
  return clean
    .replace(/\b(sk|rk|pk)-[A-Za-z0-9_-]{8,}/g, '[redacted]')
    .replace(/(Bearer\s+)\S+/gi, '$1[redacted]');
}
