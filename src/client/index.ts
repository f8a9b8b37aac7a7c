import createFetchClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths } from './schema.js';

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

type Schemas = components['schemas'];

/** The resources as the API returns them: the document's named components. */
export type Run = Schemas['Run'];
export type RunList = Schemas['RunList'];
export type RunComparison = Schemas['RunComparison'];
export type MetricComparison = Schemas['MetricComparison'];
export type MetricSummary = Schemas['MetricSummary'];
export type Evaluator = Schemas['Evaluator'];
export type Dataset = Schemas['Dataset'];
export type Container = Schemas['Container'];
export type Monitor = Schemas['Monitor'];
/** A run as requested (its defaults may be left out). */
export type RunCreateBody = Schemas['RunCreateInput'];

/** The API's error body (SPEC: errors). */
export type ApiErrorBody = Schemas['Error'];
