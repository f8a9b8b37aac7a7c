import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { openApiPath } from '../../src/api/openapi.js';
import { allRoutes } from '../../src/api/routes/index.js';
import { inlineRefs, resolveRef } from '../support/openApiRefs.js';
import { useTestStack } from '../support/testStack.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Statuses any authenticated route can answer (src/api/openapi.ts). */
const commonStatuses = ['400', '401', '403', '429', '500', '503'];
/** Served without a key and outside the documented API. */
const infrastructure = new Set([
  '/healthz',
  '/readyz',
  '/openapi.json',
  '/docs',
  // Prometheus's, behind ASSAY_METRICS_TOKEN (test/operations/prometheus.test.ts).
  '/metrics',
  '/console/config.json',
  '/console',
  '/console/*splat',
]);
const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

describe('the OpenAPI document', () => {
  let doc: Json;
  const stack = useTestStack();
  beforeAll(async () => {
    const res = await stack.request('GET', '/openapi.json', { key: null });
    expect(res.status).toBe(200);
    doc = await res.json();
  });

  it('is OpenAPI 3.1 in shape: info, paths of operations with described responses, components', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    const operationIds = new Set<string>();
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      expect(path).toMatch(/^\/[\w/{}.-]*$/);
      for (const [method, operation] of Object.entries<Json>(item)) {
        expect(httpMethods, `${method} ${path}`).toContain(method);
        expect(operation.operationId).toEqual(expect.any(String));
        expect(operationIds.has(operation.operationId), operation.operationId).toBe(false);
        operationIds.add(operation.operationId);
        expect(operation.summary).toEqual(expect.any(String));
        for (const [status, response] of Object.entries<Json>(operation.responses)) {
          expect(status).toMatch(/^[1-5]\d\d$/);
          expect(resolveRef(doc, response).description).toEqual(expect.any(String));
        }
        const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const declared = operation.parameters.filter((p: Json) => p.in === 'path').map((p: Json) => p.name);
        expect(declared.sort(), `${method} ${path}`).toEqual(pathParams.sort());
        for (const parameter of operation.parameters) {
          expect(['path', 'query', 'header', 'cookie']).toContain(parameter.in);
          expect(parameter.schema).toBeTypeOf('object');
        }
        for (const security of operation.security) {
          for (const scheme of Object.keys(security))
            expect(doc.components.securitySchemes).toHaveProperty(scheme);
        }
      }
    }
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of refs) {
      const target = ref.split('/').reduce<Json>((node, part) => node?.[part], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it('documents every declared route with its method and declared statuses', () => {
    for (const route of allRoutes) {
      const operation = doc.paths[openApiPath(route.path)]?.[route.method];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      // The OpenAI-compatible routes answer invalid input as OpenAI did (400), the native ones 422.
      const invalid = /^\/v1\/(evals|files|fine_tuning)\b/.test(route.path) ? '400' : '422';
      const invalidInput = route.params || route.query || route.body ? [invalid] : [];
      if (operation.parameters.some((p: Json) => p.name === 'after')) invalidInput.push('404');
      // A body over the size limit is refused before any route check (found by the fuzzer).
      if (route.body) invalidInput.push('413');
      // A query string longer than the server reads is refused by Node itself (found by the fuzzer).
      if (route.query) invalidInput.push('431');
      const expected = [
        String(route.status ?? 200),
        ...commonStatuses,
        ...invalidInput,
        ...(route.errors ?? []).map(String),
      ];
      expect(Object.keys(operation.responses).sort(), `${route.method} ${route.path}`).toEqual(
        [...new Set(expected)].sort(),
      );
      expect(operation['x-required-scope']).toBe(route.scope);
      if (route.body) expect(operation.requestBody?.content).toBeDefined();
    }
  });

  it('documents every route Express actually serves', () => {
    const app = createApp(stack.api.ctx);
    const mounted = (app.router.stack as Json[])
      .filter((layer) => layer.route && !infrastructure.has(layer.route.path))
      .flatMap((layer) =>
        Object.keys(layer.route.methods).map((method) => ({ method, path: layer.route.path })),
      );
    expect(mounted.length).toBe(allRoutes.length);
    for (const { method, path } of mounted) {
      expect(doc.paths[openApiPath(path)]?.[method], `${method} ${path}`).toBeDefined();
    }
  });

  it('describes bodies and queries from the same schemas the routes validate with', () => {
    const upload = doc.paths['/v1/datasets/{id}/items'].post;
    expect(Object.keys(upload.requestBody.content)).toEqual(
      expect.arrayContaining(['application/json', 'application/x-ndjson', 'application/jsonl']),
    );
    // A batch is a bare JSON array or the `{ items }` / `{ logs }` wrapper: exactly one of the two.
    const [bareItems, wrappedItems] = upload.requestBody.content['application/json'].schema.oneOf;
    expect(bareItems).toMatchObject({ type: 'array', minItems: 1 });
    expect(wrappedItems.properties).toHaveProperty('items');
    const ingest = doc.paths['/v1/containers/{id}/logs'].post;
    const [bareLogs, wrappedLogs] = ingest.requestBody.content['application/json'].schema.oneOf;
    expect(bareLogs.items).toEqual(wrappedLogs.properties.logs.items);
    expect(wrappedLogs.required).toContain('logs');
    const listLogs = doc.paths['/v1/containers/{id}/logs'].get;
    expect(listLogs.parameters.map((p: Json) => p.name)).toEqual(
      expect.arrayContaining(['limit', 'after', 'before', 'since', 'until', 'model', 'metadata']),
    );
    expect(listLogs.parameters.find((p: Json) => p.name === 'metadata')).toMatchObject({
      style: 'deepObject',
    });
    const evaluator = resolveRef(
      doc,
      doc.paths['/v1/evaluators'].post.requestBody.content['application/json'].schema,
    );
    expect(evaluator.additionalProperties).toBe(false);
    expect(evaluator.properties.type.enum).toEqual(['judge', 'code', 'grader']);
  });

  it('names each resource and request body once under components, and every operation references it', () => {
    const schemaOf = (path: string, method: string, status?: string) => {
      const operation = doc.paths[path][method];
      const content = status
        ? resolveRef(doc, operation.responses[status]).content
        : operation.requestBody.content;
      return content['application/json'].schema;
    };
    const named = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    expect(schemaOf('/v1/evaluations/runs/{id}', 'get', '200')).toEqual(named('Run'));
    expect(schemaOf('/v1/evaluations/runs', 'post')).toEqual(named('RunCreateInput'));
    expect(schemaOf('/v1/evaluations/runs', 'get', '200')).toEqual(named('RunList'));
    expect(schemaOf('/v1/evaluators', 'post')).toEqual(named('EvaluatorCreate'));
    expect(schemaOf('/v1/evaluators/{id}', 'get', '200')).toEqual(named('Evaluator'));
    expect(schemaOf('/v1/datasets/{id}', 'get', '200')).toEqual(named('Dataset'));
    expect(schemaOf('/v1/containers/{id}', 'get', '200')).toEqual(named('Container'));
    expect(schemaOf('/v1/evals', 'post')).toEqual(named('EvalCreate'));
    expect(schemaOf('/v1/webhooks/{id}', 'get', '200')).toEqual(named('WebhookEndpoint'));
    expect(schemaOf('/v1/monitors/{id}', 'get', '200')).toEqual(named('Monitor'));
    expect(schemaOf('/v1/files/{id}', 'get', '200')).toEqual(named('File'));
    // A request form differing from its response form (defaults optional on the way in) has its own name,
    // so each stays exact: a run as returned always has its environment, a request may leave it out.
    const { RunCreate, RunCreateInput } = doc.components.schemas;
    expect(RunCreate.required).toContain('environment');
    expect(RunCreateInput.required).not.toContain('environment');
  });

  it('describes each error status once, with the one error body, and every operation references it', () => {
    const { responses, schemas } = doc.components;
    expect(schemas.Error.required).toEqual(['error']);
    const errorNames = new Set<string>();
    for (const item of Object.values<Json>(doc.paths)) {
      for (const operation of Object.values<Json>(item)) {
        for (const [status, response] of Object.entries<Json>(operation.responses)) {
          if (Number(status) < 400) continue;
          expect(response.$ref).toMatch(/^#\/components\/responses\/\w+$/);
          errorNames.add(response.$ref.split('/').pop());
        }
      }
    }
    for (const name of errorNames) {
      // Node answers 431 before the API runs, with no body.
      if (name === 'RequestHeaderFieldsTooLarge') expect(responses[name].content).toBeUndefined();
      else
        expect(responses[name].content['application/json'].schema).toEqual({
          $ref: '#/components/schemas/Error',
        });
    }
  });

  it('describes a success answer several operations give alike once, named for its schema', () => {
    const run = { $ref: '#/components/responses/Run' };
    for (const action of ['cancel', 'pause', 'resume']) {
      expect(doc.paths[`/v1/evaluations/runs/{id}/${action}`].post.responses['202']).toEqual(run);
    }
    expect(doc.paths['/v1/evaluations/runs/{id}'].get.responses['200']).toEqual(run);
    expect(doc.components.responses.Run.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Run',
    });
    // A create's answer carries its own links, so it stays with its operation.
    expect(doc.paths['/v1/evaluations/runs'].post.responses['201'].links).toBeDefined();
  });

  it('gives a union discriminated by `type` a discriminator mapping each type to its named schema', () => {
    const { DataSource, EvalRunDataSource } = doc.components.schemas;
    expect(DataSource.discriminator).toEqual({
      propertyName: 'type',
      mapping: {
        dataset: '#/components/schemas/DatasetSource',
        container: '#/components/schemas/ContainerSource',
        generate: '#/components/schemas/GenerateSource',
      },
    });
    expect(DataSource.oneOf).toEqual(
      Object.values(DataSource.discriminator.mapping).map(($ref) => ({ $ref })),
    );
    expect(Object.keys(EvalRunDataSource.discriminator.mapping)).toEqual([
      'jsonl',
      'completions',
      'responses',
    ]);
  });

  it('documents the OpenAI-compatible Evals API and its multipart file upload', () => {
    expect(doc.paths['/v1/evals/{eval_id}/runs/{run_id}/output_items'].get).toBeDefined();
    const upload = doc.paths['/v1/files'].post.requestBody.content;
    expect(Object.keys(upload)).toEqual(['multipart/form-data']);
    expect(upload['multipart/form-data'].schema.required).toEqual(['file', 'purpose']);
    const evalCreate = resolveRef(
      doc,
      doc.paths['/v1/evals'].post.requestBody.content['application/json'].schema,
    );
    expect(JSON.stringify(inlineRefs(doc, evalCreate.properties.testing_criteria))).toContain('string_check');
  });

  it('serves /docs as a Swagger UI page over /openapi.json, its assets from this server', async () => {
    const res = await stack.request('GET', '/docs', { key: null });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets).toEqual([
      '/console/docs/swagger-ui.css',
      '/console/docs/swagger-ui-bundle.js',
      '/console/docs/init.js',
    ]);
    for (const asset of assets) {
      const served = await stack.request('GET', asset, { key: null });
      expect(served.status, asset).toBe(200);
    }
    const init = await (await stack.request('GET', '/console/docs/init.js', { key: null })).text();
    expect(init).toContain("url: '/openapi.json'");
    expect(init).toContain('validatorUrl: null');
  });
});
