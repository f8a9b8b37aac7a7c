import { z } from 'zod';
import { errorBodySchema } from '../domain/common.js';
import type { AnyRoute } from './route.js';

const statusText: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Validation Error',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Upstream Unavailable',
};
/** Any authenticated route can answer these. */
const commonErrors = [400, 401, 403, 429, 500, 503];

type JsonSchema = Record<string, unknown>;
const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

/** `/v1/containers/:id` → `/v1/containers/{id}` */
export const openApiPath = (expressPath: string) => expressPath.replace(/:(\w+)/g, '{$1}');

function parameters(route: AnyRoute): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [location, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema, 'input');
    const props = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, prop] of Object.entries(props)) {
      // Object-valued query parameters are sent as `name[key]=value` (e.g. `metadata[lang]=en`).
      const style =
        location === 'query' && prop.type === 'object' ? { style: 'deepObject', explode: true } : {};
      out.push({
        name,
        in: location,
        required: location === 'path' || required.has(name),
        schema: prop,
        ...style,
      });
    }
  }
  return out;
}

/** OpenAPI 3.1 from the routes' own zod schemas: the document cannot drift from validation. */
export function buildOpenApi(routes: AnyRoute[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const errorSchema = toSchema(errorBodySchema, 'output');
  for (const route of routes) {
    const responses: Record<string, JsonSchema> = {
      [String(route.status ?? 200)]: {
        description: 'Successful Response',
        content:
          route.responseKind === 'stream'
            ? { 'application/x-ndjson': {}, 'text/csv': {} }
            : { 'application/json': { schema: toSchema(route.response, 'output') } },
      },
    };
    for (const status of [...new Set([...commonErrors, ...(route.errors ?? [])])].sort()) {
      responses[String(status)] = {
        description: statusText[status] ?? 'Error',
        content: { 'application/json': { schema: errorSchema } },
      };
    }
    const operation: JsonSchema = {
      operationId: `${route.method}${route.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      summary: route.summary,
      tags: [route.tag],
      security: [{ bearerAuth: [] }],
      'x-required-scope': route.scope,
      parameters: parameters(route),
      responses,
    };
    if (route.body === 'raw') {
      operation.requestBody = {
        required: true,
        content: route.rawBodyContent ?? {
          'application/json': route.rawBodySchema ? { schema: toSchema(route.rawBodySchema, 'input') } : {},
          'application/x-ndjson': { schema: { type: 'string' } },
          'application/jsonl': { schema: { type: 'string' } },
        },
      };
    } else if (route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: toSchema(route.body, 'input') } },
      };
    }
    (paths[openApiPath(route.path)] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Assay API',
      version: '1.0.0',
      description: 'Durable evaluation of LLM outputs: evaluators, datasets, task logs and evaluation runs.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'An Assay API key' } },
    },
    paths,
  };
}
