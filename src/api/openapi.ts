import { errorBodySchema } from '../domain/common.js';
import { renameRefs, SchemaComponents, type JsonSchema } from './openApiComponents.js';
import type { AnyRoute } from './route.js';
import { speaksOpenAi } from './openAiDialect.js';

const statusText: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Validation Error',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Upstream Unavailable',
  504: 'Gateway Timeout',
};
/** `components/responses` key of an error status: its text without spaces, e.g. `ValidationError`. */
const errorResponseName = (status: number) => (statusText[status] ?? `Error ${status}`).replaceAll(' ', '');
/** Any authenticated route can answer these. */
const commonErrors = [400, 401, 403, 429, 500, 503];

/** `/v1/containers/:id` → `/v1/containers/{id}` */
export const openApiPath = (expressPath: string) => expressPath.replace(/:(\w+)/g, '{$1}');

function parameters(route: AnyRoute, shared: SchemaComponents): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [location, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const json = shared.convert(schema, 'input');
    const props = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, prop] of Object.entries(props)) {
      // Object-valued query parameters are sent as `name[key]=value` (e.g. `metadata[lang]=en`).
      const style =
        location === 'query' && shared.resolveInput(prop).type === 'object'
          ? { style: 'deepObject', explode: true }
          : {};
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

const operationId = (route: { method: string; path: string }) =>
  `${route.method}${route.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`;

const pathParams = (path: string) => [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);

/**
 * OpenAPI links, so clients and stateful fuzzers can follow ids from one answer to
 * the next request: a create (201) feeds its `id` to every route under its path that
 * takes no other parameter (`POST /v1/containers` → `GET /v1/containers/{id}`), the
 * path parameters it was called with flow along, and a route adds its own `links`.
 */
function linksOf(route: AnyRoute, routes: AnyRoute[]): JsonSchema | undefined {
  const links: JsonSchema = {};
  const own = pathParams(route.path);
  if (route.method === 'post' && route.status === 201) {
    const prefix = `${route.path}/:id`;
    for (const target of routes) {
      if (target.path !== prefix && !target.path.startsWith(`${prefix}/`)) continue;
      const params = pathParams(target.path);
      if (params.some((name) => name !== 'id' && !own.includes(name))) continue;
      const parameters: Record<string, string> = { id: '$response.body#/id' };
      for (const name of own) parameters[name] = `$request.path.${name}`;
      links[operationId(target)] = { operationId: operationId(target), parameters };
    }
  }
  for (const [target, parameters] of Object.entries(route.links ?? {})) {
    const [method, path] = target.split(' ') as [string, string];
    const id = operationId({ method, path });
    if (!routes.some((r) => operationId(r) === id)) throw new Error(`link to unknown route ${target}`);
    links[id] = { operationId: id, parameters };
  }
  return Object.keys(links).length > 0 ? links : undefined;
}

/**
 * A success answer that several operations give alike (`Run` from get, cancel, pause, resume...)
 * is described once under components/responses, named for its schema, as the errors are; an
 * answer with links of its own, or given by one operation, stays inline.
 */
/** The named schema a JSON answer is, if that is all it is. */
function schemaName(answer: JsonSchema): string | undefined {
  const content = answer.content as Record<string, { schema?: JsonSchema }>;
  const ref = content['application/json']?.schema?.$ref;
  const prefix = '#/components/schemas/';
  if (Object.keys(content).length !== 1 || typeof ref !== 'string' || !ref.startsWith(prefix))
    return undefined;
  return ref.slice(prefix.length);
}

class SharedSuccesses {
  private readonly answers: JsonSchema[] = [];

  /** `response`, kept to be replaced by a reference in place if `share` finds it shared. */
  add(response: JsonSchema): JsonSchema {
    this.answers.push(response);
    return response;
  }

  /** Turns each shared answer into a reference and returns the named ones; `taken` are names in use. */
  share(taken: Record<string, JsonSchema>): Record<string, JsonSchema> {
    const byText = new Map<string, JsonSchema[]>();
    for (const answer of this.answers) {
      if (answer.links) continue;
      const text = JSON.stringify(answer);
      byText.set(text, [...(byText.get(text) ?? []), answer]);
    }
    const named: Record<string, JsonSchema> = {};
    for (const alike of byText.values()) {
      const name = schemaName(alike[0]!);
      if (alike.length < 2 || !name) continue;
      if (name in taken) throw new Error(`response name ${name} is an error's`);
      named[name] = structuredClone(alike[0]!);
      for (const answer of alike) {
        for (const key of Object.keys(answer)) delete answer[key];
        answer.$ref = `#/components/responses/${name}`;
      }
    }
    return named;
  }
}

/** OpenAPI 3.1 from the routes' own zod schemas: the document cannot drift from validation. */
export function buildOpenApi(routes: AnyRoute[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const shared = new SchemaComponents();
  // Each error status is described once, under components/responses, with the one error body.
  const errorResponses: Record<string, JsonSchema> = {};
  const errorSchema = shared.convert(errorBodySchema, 'output');
  const errorResponse = (status: number) => {
    const name = errorResponseName(status);
    errorResponses[name] ??=
      status === 431
        ? // Node answers it before the API runs, with no body (src/api/server.ts, MAX_REQUEST_HEAD_BYTES).
          { description: `${statusText[status]}: the request line and headers are over 128 KB` }
        : {
            description: statusText[status] ?? 'Error',
            content: { 'application/json': { schema: errorSchema } },
          };
    return { $ref: `#/components/responses/${name}` };
  };
  const successes = new SharedSuccesses();
  for (const route of routes) {
    const links = linksOf(route, routes);
    const responses: Record<string, JsonSchema> = {
      [String(route.status ?? 200)]: successes.add({
        description: 'Successful Response',
        content:
          route.responseKind === 'stream'
            ? { 'application/x-ndjson': {}, 'text/csv': {} }
            : { 'application/json': { schema: shared.convert(route.response, 'output') } },
        ...(links ? { links } : {}),
      }),
    };
    // Input that fails its schema is a 422 (a 400 on the OpenAI-compatible routes); a list's unknown cursor is a 404.
    const invalidInput =
      route.params || route.query || route.body ? [speaksOpenAi(route.path) ? 400 : 422] : [];
    // A body over the server's size limit is refused (413) before any route-specific check.
    if (route.body) invalidInput.push(413);
    if (route.query && 'after' in ((shared.convert(route.query, 'input').properties as object) ?? {})) {
      invalidInput.push(404);
    }
    // A query string can be made longer than the server reads (no valid one is).
    if (route.query) invalidInput.push(431);
    for (const status of [...new Set([...commonErrors, ...invalidInput, ...(route.errors ?? [])])].sort()) {
      responses[String(status)] = errorResponse(status);
    }
    const operation: JsonSchema = {
      operationId: operationId(route),
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      security: [{ bearerAuth: [] }],
      'x-required-scope': route.scope,
      parameters: parameters(route, shared),
      responses,
    };
    if (route.body === 'raw') {
      operation.requestBody = {
        required: true,
        content: route.rawBodyContent ?? {
          'application/json': route.rawBodySchema
            ? { schema: shared.convert(route.rawBodySchema, 'input') }
            : {},
          'application/x-ndjson': { schema: { type: 'string' } },
          'application/jsonl': { schema: { type: 'string' } },
        },
      };
    } else if (route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: shared.convert(route.body, 'input') } },
      };
    }
    (paths[openApiPath(route.path)] ??= {})[route.method] = operation;
  }
  const { schemas, rename } = shared.components();
  renameRefs(paths, rename);
  renameRefs(errorResponses, rename);
  const successResponses = successes.share(errorResponses);
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
      schemas,
      responses: Object.fromEntries(
        Object.entries({ ...errorResponses, ...successResponses }).sort(([a], [b]) => a.localeCompare(b)),
      ),
    },
    paths,
  };
}
