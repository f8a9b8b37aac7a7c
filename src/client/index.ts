import createFetchClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema.js';

export type { paths } from './schema.js';

/** A typed client of the Assay API: every path, parameter and response is checked by TypeScript. */
export type AssayClient = Client<paths>;

export interface AssayClientOptions {
  /** Where the API listens, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string;
  /** An Assay API key, sent as a bearer token. */
  apiKey?: string;
  /** For tests and other runtimes. */
  fetch?: typeof fetch;
  /** Sent with every request (e.g. a user agent). */
  headers?: Record<string, string>;
}

/**
 * The client is openapi-fetch over the types openapi-typescript generated from the
 * API's own OpenAPI document: it adds nothing at run time beyond `fetch`, so it
 * works in Node and in browsers alike.
 */
export function createClient(options: AssayClientOptions): AssayClient {
  return createFetchClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: options.fetch,
    headers: {
      ...options.headers,
      ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
    },
  });
}

type Json<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: { content: { 'application/json': infer B } } }
    ? B
    : R extends { 201: { content: { 'application/json': infer B } } }
      ? B
      : R extends { 202: { content: { 'application/json': infer B } } }
        ? B
        : never
  : never;

/** The resources as the API returns them. */
export type Run = Json<'/v1/evaluations/runs/{id}', 'get'>;
export type RunList = Json<'/v1/evaluations/runs', 'get'>;
export type RunComparison = Json<'/v1/evaluations/runs/{id}/compare', 'get'>;
export type MetricComparison = RunComparison['comparisons'][number];
export type MetricSummary = NonNullable<Run['metrics']>['by_evaluator'][number];
export type Evaluator = Json<'/v1/evaluators/{id}', 'get'>;
export type Dataset = Json<'/v1/datasets/{id}', 'get'>;
export type Container = Json<'/v1/containers/{id}', 'get'>;
export type Monitor = Json<'/v1/monitors/{id}', 'get'>;
export type RunCreateBody = NonNullable<
  paths['/v1/evaluations/runs']['post']['requestBody']
>['content']['application/json'];

/** The API's error body (SPEC: errors). */
export interface ApiErrorBody {
  error: {
    type: string;
    code: string;
    message: string;
    param?: string | null;
    details?: { field: string; message: string; line?: number; column?: number }[];
    request_id?: string;
  };
}
