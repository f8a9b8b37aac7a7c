import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { AppContext } from './context.js';
import type { Logger } from '../platform/log.js';
import type { KeyScope } from '../store/keys.js';
import type { ProjectStore } from '../store/index.js';

type Method = 'get' | 'post' | 'patch' | 'delete';

export interface RouteContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** Stores scoped to the caller's project; there is no unscoped store in a handler. */
  store: ProjectStore;
  projectId: string;
  keyId: string;
  app: AppContext;
  log: Logger;
  req: Request;
  res: Response;
}

/**
 * A route declares its schemas and scope; `mountRoutes` does auth, parsing and the
 * 4xx, and `buildOpenApi` documents it from the same declaration.
 */
export interface RouteSpec<P = unknown, Q = unknown, B = unknown, R = unknown> {
  method: Method;
  /** Express-style path, e.g. `/v1/containers/:id`. */
  path: string;
  summary: string;
  /** What the server checks beyond the schemas, for the OpenAPI document (src/api/rulesBeyondSchema.ts). */
  description?: string;
  tag: string;
  scope: KeyScope;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  /** `'raw'`: the handler reads the request stream itself (JSONL uploads). */
  body?: z.ZodType<B> | 'raw';
  /** For `body: 'raw'`: the JSON shape it also accepts, for the OpenAPI document (the handler parses it). */
  rawBodySchema?: z.ZodType;
  /** For `body: 'raw'` of another kind than JSON/JSONL (multipart uploads): its OpenAPI media types. */
  rawBodyContent?: Record<string, unknown>;
  response: z.ZodType<R>;
  /** `'stream'`: the handler writes the response itself (exports). */
  responseKind?: 'json' | 'stream';
  status?: number;
  /** Statuses beyond the ones every authed route can return, for the OpenAPI document. */
  errors?: number[];
  /**
   * OpenAPI links from this route's answer to other routes' parameters, beyond the
   * ones derived for a create (its `id` into every route under its path): e.g.
   * `{ 'get /v1/containers/:id/logs/:log_id': { id: '$request.path.id', log_id: '$response.body#/ids/0' } }`.
   */
  links?: Record<string, Record<string, string>>;
  handler: (ctx: RouteContext<P, Q, B>) => Promise<R | undefined>;
}

/** Identity with inference: `route({...})` keeps each handler's types tied to its schemas. */
export function route<P, Q, B, R>(spec: RouteSpec<P, Q, B, R>): RouteSpec<P, Q, B, R> {
  return spec;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any, any>;
