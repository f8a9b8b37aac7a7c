import { describe, expect, it } from 'vitest';
import express from 'express';
import { errorHandler } from '../../../src/api/errorHandler.js';
import { createLogger } from '../../../src/platform/log.js';
import { resolveRef } from '../../support/openApiRefs.js';
import {
  detailFields,
  expectError,
  finishRun,
  insertLiveRun,
  keyWithScopes,
  otherProjectKey,
} from '../../support/apiChecks.js';
import { post } from '../../support/runKit.js';
import { call, cancel, degraded, kit, request, startRun, useSpecStack } from './specStack.js';

useSpecStack();

describe('SPEC § Conventions (whole API)', () => {
  it('base path /v1, JSON with snake_case fields; every object has object, a prefixed id and created_at in unix seconds', async () => {
    const now = Math.floor(Date.now() / 1000);
    const container = (await call('GET', '/v1/containers/bot')).body;
    const log = (await call('GET', '/v1/containers/bot/logs?limit=1')).body.data[0];
    const dataset = (await call('GET', '/v1/datasets/refs')).body;
    const evaluator = (await call('GET', '/v1/evaluators/quality')).body;
    const run = await startRun({
      container: 'bot',
      evaluators: ['quality'],
      environment: 'idle',
      sample: { type: 'container' },
    });
    const objects = [
      [container, 'container', 'ctr_'],
      [log, 'task_log', 'log_'],
      [dataset, 'dataset', 'ds_'],
      [evaluator, 'evaluator', 'evl_'],
      [run, 'evaluation.run', 'run_'],
    ] as const;
    for (const [object, type, prefix] of objects) {
      expect(object.object).toBe(type);
      expect(object.id.startsWith(prefix), `${type} id ${object.id}`).toBe(true);
      expect(Number.isInteger(object.created_at)).toBe(true);
      expect(Math.abs(object.created_at - now)).toBeLessThan(600);
      for (const field of Object.keys(object)) expect(field).toMatch(/^[a-z][a-z0-9_]*$/);
    }
    const response = await request('GET', '/v1/containers/bot');
    expect(response.headers.get('content-type')).toContain('application/json');
    await cancel(run.id);
  });

  it('auth: a Bearer key on every route except /healthz, /readyz, /openapi.json and the docs page', async () => {
    for (const open of ['/healthz', '/readyz', '/openapi.json', '/docs']) {
      expect((await request('GET', open, { key: null })).status, open).toBe(200);
    }
    await expectError(request('GET', '/v1/containers', { key: null }), 401, 'missing_api_key');
    await expectError(request('GET', '/v1/containers', { key: 'nonsense' }), 401, 'malformed_api_key');
    await expectError(
      request('GET', '/v1/containers', { key: `assay_sk_${'u'.repeat(43)}` }),
      401,
      'invalid_api_key',
    );
    const revoked = await keyWithScopes(kit.stack, ['read']);
    await kit.stack.api.ctx.store.keys.revokeKey(
      (await kit.stack.api.ctx.store.keys.authenticate(revoked))!.keyId,
    );
    await expectError(request('GET', '/v1/containers', { key: revoked }), 401, 'invalid_api_key');
  });

  it("auth: every resource is scoped to the key's project; another project's resource is 404", async () => {
    const other = await otherProjectKey(kit.stack, 'spec-other');
    for (const path of [
      '/v1/containers/bot',
      '/v1/datasets/refs',
      '/v1/evaluators/quality',
      '/v1/containers/bot/logs',
    ]) {
      await expectError(request('GET', path, { key: other }), 404);
    }
    expect((await call('GET', '/v1/containers', { key: other })).body.total).toBe(0);
  });

  it('auth: keys carry scopes read, write, admin; a valid key without the needed scope is 403', async () => {
    const reader = await keyWithScopes(kit.stack, ['read']);
    const writer = await keyWithScopes(kit.stack, ['write']);
    expect((await request('GET', '/v1/containers', { key: reader })).status).toBe(200);
    await expectError(
      request('POST', '/v1/containers', { key: reader, body: { label: 'nope' } }),
      403,
      'insufficient_scope',
    );
    expect(
      (await request('POST', '/v1/containers', { key: writer, body: { label: 'by-writer' } })).status,
    ).toBe(201);
    await expectError(
      request('POST', '/v1/keys', { key: writer, body: { name: 'x', scopes: ['read'] } }),
      403,
      'insufficient_scope',
    );
  });

  it('auth: keys are stored hashed, never in the clear', async () => {
    const key = await keyWithScopes(kit.stack, ['read']);
    const stored = await kit.stack.mongo.db.collection('api_keys').find({}).toArray();
    expect(stored.length).toBeGreaterThan(0);
    const dump = JSON.stringify(stored);
    expect(dump).not.toContain(key);
    expect(dump).not.toContain(kit.stack.adminKey);
    expect(dump).not.toContain(key.slice(-20));
  });

  it('lists: { object: list, data, total, has_more, first_id, last_id }, limit 1..100 default 20, cursors after/before, total counts all', async () => {
    for (let i = 0; i < 22; i++)
      await post(kit.stack, '/v1/containers', { label: `list-${String(i).padStart(2, '0')}` });
    const first = (await call('GET', '/v1/containers')).body;
    expect(first).toMatchObject({ object: 'list', has_more: true });
    expect(first.data).toHaveLength(20);
    expect(first.total).toBeGreaterThanOrEqual(24);
    expect(first.first_id).toBe(first.data[0].id);
    expect(first.last_id).toBe(first.data[19].id);
    const next = (await call('GET', `/v1/containers?limit=100&after=${first.last_id}`)).body;
    expect(next.total).toBe(first.total);
    expect(next.data).toHaveLength(first.total - 20);
    expect(next.has_more).toBe(false);
    const back = (await call('GET', `/v1/containers?limit=3&before=${next.first_id}`)).body;
    expect(back.data.map((c: { id: string }) => c.id)).toEqual(
      first.data.slice(-3).map((c: { id: string }) => c.id),
    );
    for (const limit of [0, 101]) {
      expect(detailFields(await expectError(request('GET', `/v1/containers?limit=${limit}`), 422))).toEqual([
        'limit',
      ]);
    }
  });

  it('errors: 400 for malformed JSON and for a well-formed but impossible request (both sides generate)', async () => {
    await expectError(request('POST', '/v1/containers', { body: '{"label": ' }), 400, 'malformed_json');
    const error = await expectError(
      request('POST', '/v1/evaluations/runs', {
        body: {
          container: 'bot',
          evaluators: ['quality'],
          sample: { type: 'generate', models: ['fake/model-a'] },
          ground_truth: { type: 'generate', models: ['fake/model-a'] },
        },
      }),
      400,
    );
    expect(error.type).toBe('invalid_request_error');
  });

  it('errors: 409 for a duplicate name/label in its scope and for deleting something a live run uses', async () => {
    await expectError(request('POST', '/v1/containers', { body: { label: 'bot' } }), 409);
    await expectError(request('POST', '/v1/datasets', { body: { name: 'refs' } }), 409, 'name_taken');
    await post(kit.stack, '/v1/datasets', { name: 'in-use' });
    const datasetId = (await call('GET', '/v1/datasets/in-use')).body.id;
    const runId = await insertLiveRun(kit.stack, { dataset_ids: [datasetId] });
    await expectError(request('DELETE', '/v1/datasets/in-use'), 409);
    await finishRun(kit.stack, runId);
    expect((await request('DELETE', '/v1/datasets/in-use')).status).toBe(200);
  });

  it('errors: 413 for a body over the configured limit', async () => {
    const body = JSON.stringify({
      label: 'big',
      description: 'x'.repeat(kit.stack.env.ASSAY_MAX_BODY_BYTES),
    });
    await expectError(request('POST', '/v1/containers', { body }), 413, 'body_too_large');
    expect((await request('GET', '/v1/containers/big')).status).toBe(404);
  });

  it('errors: 422 for schema violations, one entry per offending field in details', async () => {
    const error = await expectError(
      request('POST', '/v1/evaluators', {
        body: {
          container: 'bot',
          name: 'half',
          type: 'judge',
          threshold: 'high',
          mode: 'sideways',
          api_type: 'grpc',
        },
      }),
      422,
      'validation_failed',
    );
    expect(error.type).toBe('validation_error');
    // The judge's own missing fields are named beside the schema's problems, in one answer.
    expect(detailFields(error)).toEqual(['api_type', 'judge_model', 'judge_prompt', 'mode', 'threshold']);
    for (const detail of error.details) expect(detail.message).toEqual(expect.any(String));
  });

  it('errors: 429 past the per-key rate limit, with Retry-After and RateLimit-* headers', async () => {
    const key = await keyWithScopes(kit.stack, ['read']);
    const headers = { authorization: `Bearer ${key}` };
    for (let i = 0; i < 3; i++)
      expect((await fetch(`${degraded.url}/v1/containers`, { headers })).status).toBe(200);
    const limited = await fetch(`${degraded.url}/v1/containers`, { headers });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get('ratelimit-limit')).toBe('3');
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('ratelimit-reset')).toBeTruthy();
    await expectError(limited, 429, 'rate_limited');
  });

  it('errors: 500 is a bug, answered with the request id in the body and never a stack trace', async () => {
    // No route of the API is known to fail; the one error handler is given a bug to map.
    const app = express();
    app.use((_req, res, next) => {
      res.setHeader('x-request-id', 'req_spec500');
      next();
    });
    app.get('/boom', () => {
      throw new Error('secret internals at /srv/assay/src/thing.ts:42');
    });
    app.use(errorHandler(createLogger('silent')));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/boom`);
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(JSON.parse(text).error).toMatchObject({ type: 'internal_error', request_id: 'req_spec500' });
      expect(text).not.toContain('secret internals');
      expect(text).not.toContain('thing.ts');
    } finally {
      server.close();
    }
  });

  it('errors: 422 for a comparing judge whose template shows nothing to compare, naming the field', async () => {
    const error = await expectError(
      request('POST', '/v1/evaluators', {
        body: {
          container: 'bot',
          name: 'pairs',
          type: 'judge',
          judge_model: 'fake/judge-model',
          judge_prompt: 'x {{output}}',
          mode: 'pairwise',
        },
      }),
      422,
    );
    expect(detailFields(error)).toEqual(['judge_prompt', 'judge_prompt', 'judge_prompt']);
    expect(JSON.stringify(error.details)).toContain('{{output_a}}');
    expect((await request('GET', '/v1/evaluators/pairs')).status).toBe(404);
  });

  it('errors: 503 with Retry-After when Temporal is unreachable', async () => {
    // A key of its own: rate limits are counted in the store, shared by both API servers, and
    // the admin key's uses on the main server are far past the degraded server's 3 a minute.
    const key = await keyWithScopes(kit.stack, ['write']);
    const response = await fetch(`${degraded.url}/v1/evaluations/runs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ container: 'bot', evaluators: ['quality'], sample: { type: 'container' } }),
    });
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    await expectError(response, 503, 'temporal_unavailable');
    expect((await fetch(`${degraded.url}/readyz`)).status).toBe(503);
  });

  it('every response carries x-request-id, errors and unauthenticated ones included', async () => {
    const responses = [
      await request('GET', '/healthz', { key: null }),
      await request('GET', '/v1/containers'),
      await request('GET', '/v1/containers', { key: null }),
      await request('GET', '/v1/containers/nowhere'),
      await request('POST', '/v1/containers', { body: '{' }),
    ];
    const ids = responses.map((r) => r.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(/\S{8,}/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the OpenAPI 3.1 document is generated from the route schemas and served with a human docs page', async () => {
    const doc = (await call('GET', '/openapi.json', { key: null })).body;
    expect(doc.openapi).toMatch(/^3\.1\./);
    const createContainer = doc.paths['/v1/containers'].post;
    const schema = resolveRef(doc, createContainer.requestBody.content['application/json'].schema);
    expect(schema.required).toContain('label');
    // The route and the document agree: what the document requires, the route enforces.
    expect(detailFields(await expectError(request('POST', '/v1/containers', { body: {} }), 422))).toEqual([
      'label',
    ]);
    const docs = await request('GET', '/docs', { key: null });
    expect(docs.headers.get('content-type')).toContain('text/html');
    const page = await docs.text();
    expect(page).toContain('swagger-ui');
    const script = page.match(/<script src="([^"]+init\.js)"/)![1]!;
    expect(await (await request('GET', script, { key: null })).text()).toContain('/openapi.json');
  });
});
