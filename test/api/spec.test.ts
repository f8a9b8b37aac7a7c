import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../../src/api/errorHandler.js';
import { startApiServer, type ApiServer } from '../../src/api/server.js';
import { loadEnv } from '../../src/platform/config.js';
import { createLogger } from '../../src/platform/log.js';
import { repoRoot } from '../../src/stack/paths.js';
import {
  detailFields,
  expectError,
  finishRun,
  insertLiveRun,
  keyWithScopes,
  otherProjectKey,
} from '../support/apiChecks.js';
import {
  adminProjectId,
  countResults,
  expectedMetrics,
  expectMetricsMatch,
  judgePrompt,
  post,
  promptFor,
  startRunKit,
  waitForRun,
  workflowsMatching,
  type RunKit,
} from '../support/runKit.js';
import { resolveRef } from '../support/openApiRefs.js';
import { waitFor } from '../support/waitFor.js';

/**
 * The product contract, section by section: one `describe` per section, at least one `it` per
 * rule stated there, each through the public HTTP API of a real stack (API, worker, Temporal,
 * the store; the fake OpenAI-compatible server for models). Most rules are tested in depth
 * elsewhere; these are the direct checks a reviewer can read against the contract.
 */

// Questions of the shared container `bot` and its references in dataset `refs`; q9 has no reference.
const logs = [0, 1, 2, 9].map((i) => ({ id: `bot-${i}`, input: `q${i}`, output: `a${i}` }));
const refs = [0, 1, 2].map((i) => ({ id: `ref-${i}`, input: `q${i}`, output: `r${i}` }));

let kit: RunKit;
/** A second API process on the same store, whose Temporal is unreachable and whose key limit is 3/minute. */
let degraded: ApiServer;
const call: RunKit['stack']['call'] = (...args) => kit.stack.call(...args);
const request: RunKit['stack']['request'] = (...args) => kit.stack.request(...args);

async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const startRun = (body: Record<string, unknown>) => post(kit.stack, '/v1/evaluations/runs', body);
/** Cancels a run this file left queued (in `idle`, which no worker serves). */
const cancel = (id: string) => post(kit.stack, `/v1/evaluations/runs/${id}/cancel`, {}, 202);
const runToCompletion = async (body: Record<string, unknown>) =>
  waitForRun(kit.stack, (await startRun(body)).id, undefined, 60_000);

beforeAll(async () => {
  kit = await startRunKit({
    ASSAY_ENVIRONMENTS: 'main,idle',
    ASSAY_MAX_LOG_BATCH: '50',
    ASSAY_MAX_BODY_BYTES: '65536',
    // Many runs are polled at once here; the limits themselves are checked on `degraded`.
    ASSAY_RATE_LIMIT_PER_MINUTE: '1000000',
    ASSAY_PROJECT_RATE_LIMIT_PER_MINUTE: '1000000',
  });
  degraded = await startApiServer(
    {
      ...kit.stack.env,
      TEMPORAL_ADDRESS: `127.0.0.1:${await deadPort()}`,
      ASSAY_RATE_LIMIT_PER_MINUTE: 3,
      PORT: 0,
    },
    createLogger('silent'),
  );
  await post(kit.stack, '/v1/containers', { label: 'bot', name: 'Support bot' });
  await post(kit.stack, '/v1/containers/bot/logs', logs, 200);
  await post(kit.stack, '/v1/datasets', { name: 'refs', container: 'bot', items: refs });
  await post(kit.stack, '/v1/evaluators', {
    container: 'bot',
    name: 'quality',
    type: 'judge',
    judge_model: 'fake/judge-model',
    judge_prompt: judgePrompt,
    threshold: 0.5,
  });
  // A second judge of the same prompt that almost nothing passes.
  await post(kit.stack, '/v1/evaluators', {
    container: 'bot',
    name: 'strict',
    type: 'judge',
    judge_model: 'fake/judge-model',
    judge_prompt: judgePrompt,
    threshold: 0.99,
  });
}, 120_000);
afterAll(async () => {
  await degraded?.close();
  await kit?.close();
});

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

describe('SPEC § Containers and task logs', () => {
  it('containers: create with label, name, description, metadata; get by id or label; list; patch; delete', async () => {
    const created = await post(kit.stack, '/v1/containers', {
      label: 'crud',
      name: 'CRUD',
      description: 'd',
      metadata: { team: 'qa' },
    });
    expect(created).toMatchObject({
      label: 'crud',
      name: 'CRUD',
      description: 'd',
      metadata: { team: 'qa' },
    });
    expect((await call('GET', `/v1/containers/${created.id}`)).body).toEqual(created);
    expect((await call('GET', '/v1/containers/crud')).body).toEqual(created);
    expect(
      (await call('GET', '/v1/containers?limit=100')).body.data.map((c: { id: string }) => c.id),
    ).toContain(created.id);
    const patched = await call('PATCH', '/v1/containers/crud', { body: { name: 'Renamed' } });
    expect(patched.body).toMatchObject({ id: created.id, name: 'Renamed', label: 'crud' });
    expect((await request('DELETE', '/v1/containers/crud')).status).toBe(200);
    await expectError(request('GET', `/v1/containers/${created.id}`), 404, 'container_not_found');
  });

  it('a label is unique in the project (409)', async () => {
    await post(kit.stack, '/v1/containers', { label: 'unique-one' });
    await expectError(request('POST', '/v1/containers', { body: { label: 'unique-one' } }), 409);
    await post(kit.stack, '/v1/containers', { label: 'unique-two' });
    await expectError(request('PATCH', '/v1/containers/unique-two', { body: { label: 'unique-one' } }), 409);
  });

  it('DELETE answers 409 while a live run uses the container', async () => {
    const container = await post(kit.stack, '/v1/containers', { label: 'busy' });
    const runId = await insertLiveRun(kit.stack, { container_id: container.id });
    await expectError(request('DELETE', '/v1/containers/busy'), 409, 'container_in_use');
    await finishRun(kit.stack, runId);
    expect((await request('DELETE', '/v1/containers/busy')).status).toBe(200);
  });

  it('logs: a batch is accepted as a bare JSON array and as { logs: [...] }', async () => {
    await post(kit.stack, '/v1/containers', { label: 'shapes' });
    const bare = await post(kit.stack, '/v1/containers/shapes/logs', [{ input: 'a', output: 'b' }], 200);
    const wrapped = await post(
      kit.stack,
      '/v1/containers/shapes/logs',
      { logs: [{ input: 'c', output: 'd' }] },
      200,
    );
    expect(bare.inserted).toBe(1);
    expect(wrapped.inserted).toBe(1);
    expect((await call('GET', '/v1/containers/shapes/logs')).body.total).toBe(2);
  });

  it('logs: a batch is bounded by the configured size (422 past it, nothing stored)', async () => {
    await post(kit.stack, '/v1/containers', { label: 'bounded' });
    const tooMany = Array.from({ length: 51 }, (_, i) => ({ input: `i${i}`, output: 'o' }));
    await expectError(request('POST', '/v1/containers/bounded/logs', { body: tooMany }), 422);
    expect((await call('GET', '/v1/containers/bounded/logs')).body.total).toBe(0);
    const atLimit = tooMany.slice(0, 50);
    expect((await post(kit.stack, '/v1/containers/bounded/logs', atLimit, 200)).inserted).toBe(50);
  });

  it('logs: { id?, input, output, model?, metadata?, created_at? }; input a string or chat messages, output a string or a message', async () => {
    await post(kit.stack, '/v1/containers', { label: 'shapes2' });
    const messages = [
      { role: 'system', content: 'be brief' },
      { role: 'user', content: 'hi' },
    ];
    await post(
      kit.stack,
      '/v1/containers/shapes2/logs',
      [
        {
          id: 'chat',
          input: messages,
          output: { role: 'assistant', content: 'hello' },
          model: 'm1',
          metadata: { k: 'v' },
          created_at: 1_700_000_000,
        },
        { id: 'text', input: 'plain', output: 'text' },
      ],
      200,
    );
    const chat = (await call('GET', '/v1/containers/shapes2/logs/log_chat')).body;
    expect(chat).toMatchObject({
      input: messages,
      output: { role: 'assistant', content: 'hello' },
      model: 'm1',
      metadata: { k: 'v' },
      created_at: 1_700_000_000,
    });
    expect((await call('GET', '/v1/containers/shapes2/logs/log_text')).body).toMatchObject({
      input: 'plain',
      output: 'text',
    });
    const missing = await expectError(
      request('POST', '/v1/containers/shapes2/logs', { body: [{ output: 'no input' }] }),
      422,
    );
    expect(detailFields(missing)).toEqual(['0.input']);
  });

  it('logs: ingestion is idempotent on the caller-supplied id (kept, prefixed log_)', async () => {
    await post(kit.stack, '/v1/containers', { label: 'idem' });
    const batch = [{ id: 'once', input: 'q', output: 'a' }];
    expect(await post(kit.stack, '/v1/containers/idem/logs', batch, 200)).toMatchObject({
      inserted: 1,
      duplicates: 0,
    });
    expect(await post(kit.stack, '/v1/containers/idem/logs', batch, 200)).toMatchObject({
      inserted: 0,
      duplicates: 1,
    });
    expect(
      (await call('GET', '/v1/containers/idem/logs')).body.data.map((l: { id: string }) => l.id),
    ).toEqual(['log_once']);
  });

  it('logs: GET lists them with filters since, until, model and metadata equality', async () => {
    await post(kit.stack, '/v1/containers', { label: 'filtered' });
    await post(
      kit.stack,
      '/v1/containers/filtered/logs',
      [
        { id: 'old', input: 'a', output: 'a', model: 'm1', metadata: { env: 'prod' }, created_at: 1_000 },
        { id: 'mid', input: 'b', output: 'b', model: 'm2', metadata: { env: 'prod' }, created_at: 2_000 },
        { id: 'new', input: 'c', output: 'c', model: 'm1', metadata: { env: 'dev' }, created_at: 3_000 },
      ],
      200,
    );
    const ids = async (query: string) =>
      (await call('GET', `/v1/containers/filtered/logs?${query}`)).body.data
        .map((l: { id: string }) => l.id)
        .sort();
    const [old, mid, newer] = ['log_old', 'log_mid', 'log_new'];
    expect(await ids('since=1500')).toEqual([mid, newer].sort());
    expect(await ids('until=2500')).toEqual([old, mid].sort());
    expect(await ids('model=m1')).toEqual([old, newer].sort());
    expect(await ids('metadata[env]=prod')).toEqual([old, mid].sort());
  });
});

describe.concurrent('SPEC § Datasets', () => {
  it('POST /v1/datasets with name, container, description, metadata, items; GET one by id or name; list; DELETE', async () => {
    const dataset = await post(kit.stack, '/v1/datasets', {
      name: 'crud-set',
      container: 'bot',
      description: 'd',
      metadata: { owner: 'qa' },
      items: [{ input: 'x', output: 'y' }],
    });
    expect(dataset).toMatchObject({
      object: 'dataset',
      name: 'crud-set',
      description: 'd',
      metadata: { owner: 'qa' },
      item_count: 1,
    });
    expect(dataset.container_id).toMatch(/^ctr_/);
    expect((await call('GET', `/v1/datasets/${dataset.id}`)).body).toEqual(dataset);
    expect((await call('GET', '/v1/datasets/crud-set')).body).toEqual(dataset);
    expect(
      (await call('GET', '/v1/datasets?limit=100')).body.data.map((d: { id: string }) => d.id),
    ).toContain(dataset.id);
    expect((await request('DELETE', '/v1/datasets/crud-set')).status).toBe(200);
    await expectError(request('GET', `/v1/datasets/${dataset.id}`), 404);
  });

  it('items append as a bare JSON array, as { items: [...] }, and as an application/x-ndjson upload; GET lists them', async () => {
    await post(kit.stack, '/v1/datasets', { name: 'append' });
    await post(kit.stack, '/v1/datasets/append/items', [{ id: 'a', input: 'a' }], 200);
    await post(kit.stack, '/v1/datasets/append/items', { items: [{ id: 'b', input: 'b' }] }, 200);
    const ndjson = await call('POST', '/v1/datasets/append/items', {
      body: '{"id":"c","input":"c"}\n{"id":"d","input":"d"}\n',
      headers: { 'content-type': 'application/x-ndjson' },
    });
    expect(ndjson.status).toBe(200);
    expect(ndjson.body).toMatchObject({ inserted: 2, item_count: 4 });
    const items = (await call('GET', '/v1/datasets/append/items')).body;
    expect(items).toMatchObject({ object: 'list', total: 4 });
    expect(items.data.map((i: { input: string }) => i.input).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('an NDJSON upload is streamed, not buffered whole: it may exceed the JSON body limit', async () => {
    await post(kit.stack, '/v1/datasets', { name: 'streamed' });
    const lines = Array.from({ length: 1500 }, (_, i) =>
      JSON.stringify({ input: `question ${i} ${'x'.repeat(40)}` }),
    );
    const body = lines.join('\n');
    expect(body.length).toBeGreaterThan(kit.stack.env.ASSAY_MAX_BODY_BYTES);
    const res = await call('POST', '/v1/datasets/streamed/items', {
      body,
      headers: { 'content-type': 'application/x-ndjson' },
    });
    expect(res.status).toBe(200);
    expect(res.body.item_count).toBe(1500);
  });

  it('an item is { id?, input, output?, metadata? }, the same shape as a task log', async () => {
    await post(kit.stack, '/v1/datasets', {
      name: 'shape',
      items: [
        {
          id: 'full',
          input: [{ role: 'user', content: 'hi' }],
          output: { role: 'assistant', content: 'yo' },
          metadata: { k: 'v' },
        },
        { input: 'bare' },
      ],
    });
    const items = (await call('GET', '/v1/datasets/shape/items')).body.data;
    expect(items[0]).toMatchObject({
      input: [{ role: 'user', content: 'hi' }],
      output: { role: 'assistant', content: 'yo' },
      metadata: { k: 'v' },
    });
    expect(items[1]).toMatchObject({ input: 'bare', output: null });
    await expectError(request('POST', '/v1/datasets/shape/items', { body: [{ output: 'no input' }] }), 422);
  });

  it('either a dataset or task logs can stand on either side of a run', async () => {
    const logsVsRefs = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    const refsVsLogs = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'dataset', dataset: 'refs' },
      ground_truth: { type: 'container' },
    });
    expect(logsVsRefs.status).toBe('completed');
    expect(refsVsLogs.status).toBe('completed');
    expectMetricsMatch(
      logsVsRefs.metrics.by_evaluator[0],
      expectedMetrics([0, 1, 2].map((i) => promptFor(`q${i}`, `a${i}`, `r${i}`))),
      1,
    );
    expectMetricsMatch(
      refsVsLogs.metrics.by_evaluator[0],
      expectedMetrics([0, 1, 2].map((i) => promptFor(`q${i}`, `r${i}`, `a${i}`))),
      1,
    );
  });
});

describe.concurrent('SPEC § Evaluators', () => {
  const judge = (name: string, extra: Record<string, unknown> = {}) => ({
    container: 'bot',
    name,
    type: 'judge',
    judge_model: 'fake/judge-model',
    judge_prompt: 'Q: {{input}} A: {{output}} R: {{ground_truth}} L: {{metadata.lang}}',
    ...extra,
  });

  it('create, get by id or name, list by ?container=, patch, delete → { object: evaluator, id, deleted: true }', async () => {
    await post(kit.stack, '/v1/containers', { label: 'elsewhere' });
    const created = await post(
      kit.stack,
      '/v1/evaluators',
      judge('crud-judge', { description: 'd', metadata: { a: 'b' } }),
    );
    expect(created).toMatchObject({
      object: 'evaluator',
      type: 'judge',
      name: 'crud-judge',
      description: 'd',
      metadata: { a: 'b' },
    });
    expect((await call('GET', `/v1/evaluators/${created.id}`)).body).toEqual(created);
    expect((await call('GET', '/v1/evaluators/crud-judge')).body).toEqual(created);
    const mine = (await call('GET', '/v1/evaluators?container=bot&limit=100')).body.data.map(
      (e: { id: string }) => e.id,
    );
    expect(mine).toContain(created.id);
    expect((await call('GET', '/v1/evaluators?container=elsewhere')).body.total).toBe(0);
    expect(
      (await call('PATCH', '/v1/evaluators/crud-judge', { body: { description: 'e' } })).body.description,
    ).toBe('e');
    expect((await call('DELETE', `/v1/evaluators/${created.id}`)).body).toEqual({
      object: 'evaluator',
      id: created.id,
      deleted: true,
    });
  });

  it('container: id or label; the evaluator belongs to it', async () => {
    const containerId = (await call('GET', '/v1/containers/bot')).body.id;
    const byId = await post(kit.stack, '/v1/evaluators', { ...judge('by-id'), container: containerId });
    expect(byId.container_id).toBe(containerId);
    await expectError(
      request('POST', '/v1/evaluators', { body: { ...judge('x'), container: 'no-such' } }),
      404,
    );
  });

  it('type is judge or code and not patchable', async () => {
    await post(kit.stack, '/v1/evaluators', judge('fixed-type'));
    expect(
      detailFields(
        await expectError(request('POST', '/v1/evaluators', { body: judge('t', { type: 'regex' }) }), 422),
      ),
    ).toContain('type');
    const error = await expectError(
      request('PATCH', '/v1/evaluators/fixed-type', { body: { type: 'code' } }),
      422,
    );
    expect(detailFields(error)).toContain('type');
    expect((await call('GET', '/v1/evaluators/fixed-type')).body.type).toBe('judge');
  });

  it('judge_model and judge_prompt are required for a judge; the model slug resolves through the provider config', async () => {
    const { judge_model: _m, judge_prompt: _p, ...bare } = judge('incomplete');
    expect(detailFields(await expectError(request('POST', '/v1/evaluators', { body: bare }), 422))).toEqual([
      'judge_model',
      'judge_prompt',
    ]);
    const unknown = await expectError(
      request('POST', '/v1/evaluators', { body: judge('nowhere', { judge_model: 'nobody/model' }) }),
      422,
    );
    expect(detailFields(unknown)).toEqual(['judge_model']);
  });

  it('judge_prompt is a template over {{input}}, {{output}}, {{ground_truth}}, {{metadata.*}}; an unknown variable is a 422', async () => {
    const error = await expectError(
      request('POST', '/v1/evaluators', { body: judge('bad-var', { judge_prompt: 'X {{nonsense}}' }) }),
      422,
    );
    expect(detailFields(error)).toEqual(['judge_prompt']);
    await post(kit.stack, '/v1/containers', { label: 'templated' });
    await post(
      kit.stack,
      '/v1/containers/templated/logs',
      [{ id: 't1', input: 'in', output: 'out', metadata: { lang: 'fr' } }],
      200,
    );
    await post(kit.stack, '/v1/evaluators', { ...judge('templating'), container: 'templated' });
    const run = await runToCompletion({
      container: 'templated',
      evaluators: ['templating'],
      sample: { type: 'container' },
    });
    expect(run.status).toBe('completed');
    expect(kit.fake.requests.some((r) => r.promptText.includes('Q: in A: out R: out L: fr'))).toBe(true);
  });

  it('code is required for a code evaluator: Python defining evaluate(sample, ground_truth); requirements are pip requirement strings', async () => {
    expect(
      detailFields(
        await expectError(
          request('POST', '/v1/evaluators', { body: { container: 'bot', name: 'no-code', type: 'code' } }),
          422,
        ),
      ),
    ).toEqual(['code']);
    const badReq = await expectError(
      request('POST', '/v1/evaluators', {
        body: {
          container: 'bot',
          name: 'bad-req',
          type: 'code',
          code: 'def evaluate(sample, ground_truth):\n    return 1\n',
          requirements: ['not a requirement!!'],
        },
      }),
      422,
    );
    expect(detailFields(badReq)[0]).toMatch(/^requirements/);
  });

  it('threshold: an item passes when score >= threshold', async () => {
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    const results = (await call('GET', `/v1/evaluations/runs/${run.id}/results`)).body.data;
    expect(results.length).toBe(3);
    for (const result of results) expect(result.passed).toBe(result.score >= 0.5);
  });

  it('mode: pointwise by default; pairwise judges swap positions unless told not to', async () => {
    const modal = await post(kit.stack, '/v1/evaluators', judge('modal'));
    expect(modal).toMatchObject({ mode: 'pointwise', position_swap: null });
    const pairwise = { mode: 'pairwise', judge_prompt: '{{input}} A: {{output_a}} B: {{output_b}}' };
    expect(await post(kit.stack, '/v1/evaluators', judge('pairwise', pairwise))).toMatchObject({
      mode: 'pairwise',
      position_swap: true,
    });
    const once = await post(
      kit.stack,
      '/v1/evaluators',
      judge('once', { ...pairwise, position_swap: false }),
    );
    expect(once.position_swap).toBe(false);
    const swapped = await expectError(
      request('POST', '/v1/evaluators', { body: judge('swap', { position_swap: true }) }),
      422,
    );
    expect(detailFields(swapped)).toEqual(['position_swap']);
  });

  it('metadata: a string map, bounded (16 keys, 64-char keys, 512-char values)', async () => {
    const tooMany = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v']));
    for (const metadata of [tooMany, { ['k'.repeat(65)]: 'v' }, { k: 'v'.repeat(513) }, { k: 1 }]) {
      const error = await expectError(
        request('POST', '/v1/evaluators', { body: judge('meta', { metadata }) }),
        422,
      );
      expect(detailFields(error)[0]).toMatch(/^metadata/);
    }
    const atBounds = Object.fromEntries(
      Array.from({ length: 16 }, (_, i) => [`${i}`.padEnd(64, 'k'), 'v'.repeat(512)]),
    );
    expect((await post(kit.stack, '/v1/evaluators', judge('meta', { metadata: atBounds }))).metadata).toEqual(
      atBounds,
    );
  });

  it('name is unique per container (409) and usable wherever an evaluator id is', async () => {
    const mine = await post(kit.stack, '/v1/evaluators', judge('named'));
    await expectError(request('POST', '/v1/evaluators', { body: judge('named') }), 409);
    await post(kit.stack, '/v1/containers', { label: 'other-container' });
    expect(
      (await post(kit.stack, '/v1/evaluators', { ...judge('named'), container: 'other-container' })).name,
    ).toBe('named');
    const run = await startRun({
      container: 'bot',
      evaluators: ['named'],
      environment: 'idle',
      sample: { type: 'container' },
    });
    // The run's container picks which `named` is meant.
    expect(run.evaluator_ids).toEqual([mine.id]);
    await cancel(run.id);
  });

  it('api_type: chat_completions by default, or responses: which OpenAI API the judge calls', async () => {
    expect((await post(kit.stack, '/v1/evaluators', judge('chat-api'))).api_type).toBe('chat_completions');
    await post(kit.stack, '/v1/containers', { label: 'responses-api' });
    await post(
      kit.stack,
      '/v1/containers/responses-api/logs',
      [{ id: 'r1', input: 'resp-q', output: 'resp-a' }],
      200,
    );
    await post(kit.stack, '/v1/evaluators', {
      ...judge('resp-judge', { api_type: 'responses' }),
      container: 'responses-api',
    });
    const run = await runToCompletion({
      container: 'responses-api',
      evaluators: ['resp-judge'],
      sample: { type: 'container' },
    });
    expect(run.metrics.by_evaluator[0].scored).toBe(1);
    const calls = kit.fake.requests.filter((r) => r.promptText.includes('resp-q'));
    expect(calls.map((r) => r.endpoint)).toEqual(['responses']);
    await expectError(request('POST', '/v1/evaluators', { body: judge('x', { api_type: 'grpc' }) }), 422);
  });

  it('inference_params are validated and passed through to the model call', async () => {
    await expectError(
      request('POST', '/v1/evaluators', { body: judge('hot', { inference_params: { temperature: 'hot' } }) }),
      422,
    );
    await post(kit.stack, '/v1/containers', { label: 'params' });
    await post(
      kit.stack,
      '/v1/containers/params/logs',
      [{ id: 'p1', input: 'params-q', output: 'params-a' }],
      200,
    );
    await post(kit.stack, '/v1/evaluators', {
      ...judge('tuned', { inference_params: { temperature: 0.3, max_tokens: 77 } }),
      container: 'params',
    });
    await runToCompletion({ container: 'params', evaluators: ['tuned'], sample: { type: 'container' } });
    const sent = kit.fake.requests.find((r) => r.promptText.includes('params-q'))!.body as Record<
      string,
      unknown
    >;
    expect(sent.temperature).toBe(0.3);
    expect(sent.max_tokens ?? sent.max_completion_tokens).toBe(77);
  });

  it('a judge returns a score via a JSON-schema structured output { score, reasoning }, score in [0,1]', async () => {
    await post(kit.stack, '/v1/containers', { label: 'structured' });
    await post(
      kit.stack,
      '/v1/containers/structured/logs',
      [{ id: 's1', input: 'struct-q', output: 'struct-a' }],
      200,
    );
    await post(kit.stack, '/v1/evaluators', { ...judge('structured-judge'), container: 'structured' });
    const run = await runToCompletion({
      container: 'structured',
      evaluators: ['structured-judge'],
      sample: { type: 'container' },
    });
    const sent = kit.fake.requests.find((r) => r.promptText.includes('struct-q'))!;
    const format = (
      sent.body as { response_format?: { type: string; json_schema?: { schema: { properties: object } } } }
    ).response_format;
    expect(format?.type).toBe('json_schema');
    expect(Object.keys(format!.json_schema!.schema.properties)).toEqual(
      expect.arrayContaining(['score', 'reasoning']),
    );
    const [result] = (await call('GET', `/v1/evaluations/runs/${run.id}/results`)).body.data;
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it('an unparseable reply is retried, then recorded as an item error with the raw reply: unscored, never a silent zero', async () => {
    kit.fake.on({ prompt: 'garbled-q' }, 'I would rather not say.');
    await post(kit.stack, '/v1/containers', { label: 'garbled' });
    await post(
      kit.stack,
      '/v1/containers/garbled/logs',
      [{ id: 'g1', input: 'garbled-q', output: 'x' }],
      200,
    );
    await post(kit.stack, '/v1/evaluators', { ...judge('garbled-judge'), container: 'garbled' });
    const run = await runToCompletion({
      container: 'garbled',
      evaluators: ['garbled-judge'],
      sample: { type: 'container' },
    });
    expect(run.status).toBe('completed');
    expect(kit.fake.requests.filter((r) => r.promptText.includes('garbled-q')).length).toBeGreaterThan(1);
    const [result] = (await call('GET', `/v1/evaluations/runs/${run.id}/results?error=true`)).body.data;
    expect(result).toMatchObject({
      status: 'error',
      score: null,
      passed: null,
      raw_reply: 'I would rather not say.',
    });
    expect(result.error).toEqual(expect.any(String));
    expect(run.metrics.by_evaluator[0]).toMatchObject({
      scored: 0,
      errors: 1,
      mean: null,
      parse_failures: { items: 1 },
    });
  });

  it('an item that could not be scored (nothing to judge) is unscored: counted, never a zero', async () => {
    await post(kit.stack, '/v1/datasets', {
      name: 'silent',
      container: 'bot',
      items: [
        { id: 'silent-1', input: 'silent-q' },
        { id: 'silent-2', input: 'loud-q', output: 'x' },
      ],
    });
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'dataset', dataset: 'silent' },
      ground_truth: { type: 'dataset', dataset: 'silent' },
    });
    const results = (await call('GET', `/v1/evaluations/runs/${run.id}/results`)).body.data;
    const unscored = results.find((r: { input: string }) => r.input === 'silent-q');
    const scored = results.find((r: { input: string }) => r.input === 'loud-q');
    expect(unscored).toMatchObject({ status: 'unscored', score: null, input: 'silent-q' });
    const metrics = run.metrics.by_evaluator[0];
    expect(metrics).toMatchObject({ count: 2, scored: 1, unscored: 1 });
    expect(metrics.mean).toBe(scored.score);
  });

  it('versioned: a PATCH makes a new version, every result records its version, and a started run keeps its snapshot', async () => {
    await post(kit.stack, '/v1/containers', { label: 'versions' });
    await post(
      kit.stack,
      '/v1/containers/versions/logs',
      [{ id: 'v1', input: 'ver-q', output: 'ver-a' }],
      200,
    );
    const v1 = await post(kit.stack, '/v1/evaluators', {
      ...judge('versioned', { judge_prompt: 'first {{output}}' }),
      container: 'versions',
    });
    expect(v1.version).toBe(1);
    const queued = await startRun({
      container: 'versions',
      evaluators: ['versioned'],
      environment: 'idle',
      sample: { type: 'container' },
    });
    const v2 = (
      await call('PATCH', `/v1/evaluators/${v1.id}`, { body: { judge_prompt: 'second {{output}}' } })
    ).body;
    expect(v2.version).toBe(2);
    expect((await call('GET', `/v1/evaluators/${v1.id}/versions/1`)).body.judge_prompt).toBe(
      'first {{output}}',
    );
    expect((await call('GET', `/v1/evaluations/runs/${queued.id}`)).body.config.evaluators[0]).toMatchObject({
      version: 1,
      judge_prompt: 'first {{output}}',
    });
    await cancel(queued.id);
    const run = await runToCompletion({
      container: 'versions',
      evaluators: ['versioned'],
      sample: { type: 'container' },
    });
    const [result] = (await call('GET', `/v1/evaluations/runs/${run.id}/results`)).body.data;
    expect(result.evaluator_version).toBe(2);
  });

  it('a code evaluator returns a number, a bool or { score, passed?, reason? }, sandboxed: no network, no secrets', async () => {
    await post(kit.stack, '/v1/containers', { label: 'coded' });
    await post(
      kit.stack,
      '/v1/containers/coded/logs',
      [
        { id: 'c-num', input: 'num', output: 'x' },
        { id: 'c-bool', input: 'bool', output: 'x' },
        { id: 'c-dict', input: 'dict', output: 'x' },
        { id: 'c-env', input: 'env', output: 'x' },
        { id: 'c-net', input: 'net', output: 'x' },
      ],
      200,
    );
    const code = [
      'import os, socket',
      'def evaluate(sample, ground_truth):',
      '    kind = sample["input"]',
      '    if kind == "num": return 0.25',
      '    if kind == "bool": return True',
      '    if kind == "dict": return {"score": 0.5, "passed": False, "reason": "half"}',
      '    if kind == "env": return 1.0 if any("fake" in v or "sk" in v.lower() for v in os.environ.values()) else 0.0',
      '    try:',
      '        socket.create_connection(("127.0.0.1", 9), timeout=1); return 1.0',
      '    except OSError:',
      '        return 0.0',
      '',
    ].join('\n');
    await post(kit.stack, '/v1/evaluators', {
      container: 'coded',
      name: 'code-eval',
      type: 'code',
      code,
      threshold: 0.5,
    });
    const run = await runToCompletion({
      container: 'coded',
      evaluators: ['code-eval'],
      sample: { type: 'container' },
    });
    expect(run.status).toBe('completed');
    const results = (await call('GET', `/v1/evaluations/runs/${run.id}/results`)).body.data;
    const byInput = Object.fromEntries(results.map((r: { input: string }) => [r.input, r]));
    expect(byInput.num).toMatchObject({ score: 0.25, passed: false });
    expect(byInput.bool).toMatchObject({ score: 1, passed: true });
    expect(byInput.dict).toMatchObject({ score: 0.5, passed: false, reason: 'half' });
    expect(byInput.env).toMatchObject({ score: 0 });
    expect(byInput.net).toMatchObject({ score: 0 });
  });
});

describe.concurrent('SPEC § Evaluation runs', () => {
  it('POST creates a run; GET lists with ?container= and ?status=; GET one', async () => {
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
    });
    const listed = (await call('GET', '/v1/evaluations/runs?container=bot&status=completed&limit=100')).body;
    expect(listed.data.map((r: { id: string }) => r.id)).toContain(run.id);
    expect(listed.data.every((r: { status: string }) => r.status === 'completed')).toBe(true);
    expect((await call('GET', '/v1/evaluations/runs?container=unique-one')).body.total).toBe(0);
    expect((await call('GET', `/v1/evaluations/runs/${run.id}`)).body.id).toBe(run.id);
  });

  it('the response object carries every field of evaluation.run', async () => {
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'dataset', dataset: 'refs' },
      metadata: { ticket: 'T-1' },
    });
    const datasetId = (await call('GET', '/v1/datasets/refs')).body.id;
    expect(run).toMatchObject({
      object: 'evaluation.run',
      process_id: run.id,
      status: 'completed',
      evaluator_ids: [expect.stringMatching(/^evl_/)],
      container_id: expect.stringMatching(/^ctr_/),
      dataset_id: datasetId,
      sample: { type: 'dataset', dataset_id: datasetId, item_count: 3 },
      ground_truth: { type: 'container' },
      metadata: { ticket: 'T-1' },
      environment: 'main',
      progress: { total: 3, done: 3, failed: 0 },
      error: null,
    });
    expect(run.results.url).toContain(`/v1/evaluations/runs/${run.id}/results`);
    const metrics = run.metrics.by_evaluator[0];
    for (const field of [
      'count',
      'scored',
      'errors',
      'mean',
      'stdev',
      'pass_rate',
      'mean_ci95',
      'pass_rate_ci95',
      'latency_ms',
      'tokens',
    ]) {
      expect(metrics, field).toHaveProperty(field);
    }
    expect(run.config.evaluators[0]).toMatchObject({
      name: 'quality',
      judge_prompt: judgePrompt,
      version: 1,
    });
    expect(run.estimated_spend.actual_usd).toBeGreaterThan(0);
    expect(run.started_at).toBeGreaterThanOrEqual(run.created_at);
    expect(run.completed_at).toBeGreaterThanOrEqual(run.started_at);
  });

  it('cancel, pause and resume', async () => {
    // The judge's calls wait at a gate the test opens and closes.
    let open = false;
    const held: (() => void)[] = [];
    const verdict = { content: '{"score": 1, "reasoning": "ok"}' };
    kit.fake.on({ prompt: 'slow-q' }, () =>
      open ? verdict : new Promise((resolve) => held.push(() => resolve(verdict))),
    );
    const setGate = (opened: boolean) => {
      open = opened;
      if (opened) while (held.length) held.shift()!();
    };
    await post(kit.stack, '/v1/containers', { label: 'controlled' });
    const items = Array.from({ length: 12 }, (_, i) => ({
      id: `slow-${i}`,
      input: `slow-q ${i}`,
      output: 'x',
    }));
    await post(kit.stack, '/v1/containers/controlled/logs', items, 200);
    await post(kit.stack, '/v1/evaluators', {
      container: 'controlled',
      name: 'slow',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: judgePrompt,
    });
    const run = await startRun({
      container: 'controlled',
      evaluators: ['slow'],
      sample: { type: 'container' },
    });
    await waitFor(
      async () => held.length,
      (n) => n > 0,
      { what: 'a judge call in flight' },
    );
    expect((await post(kit.stack, `/v1/evaluations/runs/${run.id}/pause`, {}, 202)).id).toBe(run.id);
    setGate(true);
    const paused = await waitForRun(kit.stack, run.id, (r) => r.status === 'paused');
    // The window (4 batches of 2) finished; the other 2 batches never started.
    expect(paused.progress.done).toBeLessThanOrEqual(8);
    setGate(false);
    await post(kit.stack, `/v1/evaluations/runs/${run.id}/resume`, {}, 202);
    await waitFor(
      async () => held.length,
      (n) => n > 0,
      { what: 'the resumed run calling again' },
    );
    await cancel(run.id);
    setGate(true);
    const cancelled = await waitForRun(kit.stack, run.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.completed_at).toBeGreaterThan(0);
  });

  it('results are paginated and filterable by evaluator, model, passed and error', async () => {
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality', 'strict'],
      sample: { type: 'generate', models: ['fake/model-a', 'fake/model-b'] },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    const base = `/v1/evaluations/runs/${run.id}/results`;
    const all = (await call('GET', `${base}?limit=100`)).body;
    expect(all.total).toBe(2 * 2 * 3);
    const page = (await call('GET', `${base}?limit=5`)).body;
    expect(page).toMatchObject({ has_more: true, total: 12 });
    const rest = (await call('GET', `${base}?limit=100&after=${page.last_id}`)).body;
    expect(rest.data).toHaveLength(7);
    const strictId = (await call('GET', '/v1/evaluators/strict')).body.id;
    expect(
      (await call('GET', `${base}?evaluator=strict`)).body.data.every(
        (r: { evaluator_id: string }) => r.evaluator_id === strictId,
      ),
    ).toBe(true);
    expect((await call('GET', `${base}?evaluator=strict`)).body.total).toBe(6);
    expect((await call('GET', `${base}?model=fake/model-a`)).body.total).toBe(6);
    const passed = all.data.filter((r: { passed: boolean }) => r.passed).length;
    expect((await call('GET', `${base}?passed=true`)).body.total).toBe(passed);
    expect((await call('GET', `${base}?passed=false`)).body.total).toBe(12 - passed);
    expect((await call('GET', `${base}?error=true`)).body.total).toBe(0);
  });

  it('data source dataset { type, dataset, limit? } and container { type, container?, since?, until?, limit?, filter? }', async () => {
    const limited = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'dataset', dataset: 'refs', limit: 2 },
      ground_truth: { type: 'container', container: 'bot', filter: { metadata: {} } },
    });
    expect(limited.status).toBe('completed');
    expect(limited.sample.item_count).toBe(2);
    const windowed = await runToCompletion({
      container: 'filtered',
      evaluators: [(await call('GET', '/v1/evaluators/quality')).body.id],
      sample: { type: 'container', since: 1500, until: 2500 },
    });
    expect(windowed.sample.item_count).toBe(1);
  });

  it('data source generate { type, models, prompt?/messages?, inference_params? }: completions from the other side, one set per model', async () => {
    const models = ['fake/model-a', 'fake/model-b'];
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'generate', models, inference_params: { temperature: 0 } },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    expect(run.metrics.by_evaluator.map((m: { model: string }) => m.model).sort()).toEqual(models);
    for (const metrics of run.metrics.by_evaluator) expect(metrics.scored).toBe(3);
    for (const model of models) {
      const rows = (await call('GET', `/v1/evaluations/runs/${run.id}/results?model=${model}`)).body.data;
      expect(rows).toHaveLength(3);
      for (const row of rows) expect(row.output).toBe(`echo(${model.split('/')[1]}): ${row.input}`);
    }
  });

  it('on ground_truth a generate source has exactly one model (422)', async () => {
    const error = await expectError(
      request('POST', '/v1/evaluations/runs', {
        body: {
          container: 'bot',
          evaluators: ['quality'],
          sample: { type: 'container' },
          ground_truth: { type: 'generate', models: ['fake/model-a', 'fake/model-b'] },
        },
      }),
      422,
    );
    expect(detailFields(error)).toContain('ground_truth.models');
  });

  it('at least one of sample/ground_truth must be given (422)', async () => {
    const error = await expectError(
      request('POST', '/v1/evaluations/runs', { body: { container: 'bot', evaluators: ['quality'] } }),
      422,
    );
    expect(detailFields(error)).toEqual(['sample']);
  });

  it('at least one resolved side must not be generate (400)', async () => {
    // ground_truth omitted resolves to the container's logs, so one generate side alone is fine.
    const ok = await startRun({
      container: 'bot',
      evaluators: ['quality'],
      environment: 'idle',
      sample: { type: 'generate', models: ['fake/model-a'] },
    });
    await cancel(ok.id);
    await expectError(
      request('POST', '/v1/evaluations/runs', {
        body: {
          container: 'bot',
          evaluators: ['quality'],
          sample: { type: 'generate', models: ['fake/model-a'] },
          ground_truth: { type: 'generate', models: ['fake/model-b'] },
        },
      }),
      400,
      'no_seed_side',
    );
  });

  it('items of two non-generate sides pair on their canonical input; unpaired items are counted, not scored', async () => {
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    // q9 has no reference: counted as unpaired, not scored.
    expectMetricsMatch(
      run.metrics.by_evaluator[0],
      expectedMetrics([0, 1, 2].map((i) => promptFor(`q${i}`, `a${i}`, `r${i}`))),
      1,
    );
    expect(await countResults(kit.stack, run.id)).toBe(3);
  });

  it('each evaluator scores each pair independently, per generating model', async () => {
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality', 'strict'],
      sample: { type: 'container' },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    expect(run.metrics.by_evaluator).toHaveLength(2);
    for (const metrics of run.metrics.by_evaluator) expect(metrics.scored).toBe(3);
    expect(await countResults(kit.stack, run.id)).toBe(6);
  });

  it('editing or deleting an evaluator never changes a run that already started', async () => {
    await post(kit.stack, '/v1/evaluators', {
      container: 'bot',
      name: 'doomed',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: 'doomed {{output}}',
    });
    const run = await startRun({
      container: 'bot',
      evaluators: ['doomed'],
      sample: { type: 'container' },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    const done = await waitForRun(kit.stack, run.id);
    await call('PATCH', '/v1/evaluators/doomed', { body: { judge_prompt: 'changed {{output}}' } });
    expect((await call('DELETE', '/v1/evaluators/doomed')).status).toBe(200);
    const after = (await call('GET', `/v1/evaluations/runs/${run.id}`)).body;
    expect(after.config).toEqual(done.config);
    expect(after.metrics).toEqual(done.metrics);
    expect(after.config.evaluators[0].judge_prompt).toBe('doomed {{output}}');
  });
});

describe.concurrent('SPEC § Execution model', () => {
  it('POST answers at once with status queued and starts EvaluationRunWorkflow (workflow id = run id) on task queue assay-<environment>', async () => {
    const run = await startRun({
      container: 'bot',
      evaluators: ['quality'],
      environment: 'idle',
      sample: { type: 'container' },
    });
    expect(run.status).toBe('queued');
    const description = await kit.stack.api.ctx.temporal.workflow.getHandle(run.id).describe();
    expect(description.workflowId).toBe(run.process_id);
    expect(description.type).toBe('EvaluationRunWorkflow');
    expect(description.taskQueue).toBe(`${kit.stack.env.ASSAY_TASK_QUEUE_PREFIX}-idle`);
    // The prefix is this file's own (isolation); out of the box it is `assay`.
    expect(loadEnv({}).ASSAY_TASK_QUEUE_PREFIX).toBe('assay');
    await cancel(run.id);
  });

  it('a run whose environment no worker serves waits, visibly', async () => {
    const run = await startRun({
      container: 'bot',
      evaluators: ['quality'],
      environment: 'idle',
      sample: { type: 'container' },
    });
    // Long enough that the main worker would have finished it twice over.
    await runToCompletion({ container: 'bot', evaluators: ['quality'], sample: { type: 'container' } });
    expect((await call('GET', `/v1/evaluations/runs/${run.id}`)).body).toMatchObject({
      status: 'queued',
      environment: 'idle',
    });
    await cancel(run.id);
  });

  it('results are keyed by (run, item, evaluator, model): a run has each exactly once, across several batches', async () => {
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'generate', models: ['fake/model-a', 'fake/model-b'] },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    const rows = await kit.stack.mongo.db.collection('run_results').find({ run_id: run.id }).toArray();
    const keys = rows.map((r) => `${r.item_id}/${r.evaluator_id}/${r.model}`);
    expect(rows).toHaveLength(6);
    expect(new Set(keys).size).toBe(6);
  });

  it('model calls retry 429/5xx with backoff honouring Retry-After; the run still completes', async () => {
    let calls = 0;
    kit.fake.on({ prompt: 'flaky-q' }, () =>
      ++calls === 1
        ? { fault: '429', retryAfterSeconds: 1 }
        : calls === 2
          ? { fault: '503' }
          : { content: '{"score": 0.8, "reasoning": "ok"}' },
    );
    await post(kit.stack, '/v1/containers', { label: 'flaky' });
    await post(kit.stack, '/v1/containers/flaky/logs', [{ id: 'f1', input: 'flaky-q', output: 'x' }], 200);
    await post(kit.stack, '/v1/evaluators', {
      container: 'flaky',
      name: 'flaky-judge',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: judgePrompt,
    });
    const started = Date.now();
    const run = await runToCompletion({
      container: 'flaky',
      evaluators: ['flaky-judge'],
      sample: { type: 'container' },
    });
    expect(run.status).toBe('completed');
    expect(calls).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(run.metrics.by_evaluator[0]).toMatchObject({ scored: 1, errors: 0, mean: 0.8 });
  });

  it('validation-type failures are not retried: a persistent per-item failure becomes an item error and the run completes', async () => {
    kit.fake.on({ prompt: 'invalid-q' }, () => ({ fault: 'status', status: 400, message: 'bad request' }));
    await post(kit.stack, '/v1/containers', { label: 'invalid' });
    await post(
      kit.stack,
      '/v1/containers/invalid/logs',
      [
        { id: 'i1', input: 'invalid-q', output: 'x' },
        { id: 'i2', input: 'fine-q', output: 'y' },
      ],
      200,
    );
    await post(kit.stack, '/v1/evaluators', {
      container: 'invalid',
      name: 'inv-judge',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: judgePrompt,
    });
    const run = await runToCompletion({
      container: 'invalid',
      evaluators: ['inv-judge'],
      sample: { type: 'container' },
    });
    expect(run.status).toBe('completed');
    expect(kit.fake.requests.filter((r) => r.promptText.includes('invalid-q'))).toHaveLength(1);
    expect(run.metrics.by_evaluator[0]).toMatchObject({ scored: 1, errors: 1 });
    expect(run.progress).toMatchObject({ total: 2, done: 2 });
  });

  it('operators find runs in Temporal by search attributes (container, status, environment) and read progress through a query', async () => {
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
    });
    const project = await adminProjectId(kit.stack);
    const query = `AssayProject = "${project}" AND AssayContainer = "${run.container_id}" AND AssayStatus = "completed" AND AssayEnvironment = "main"`;
    expect(await workflowsMatching(kit.stack, query, run.id)).toContain(run.id);
    const queued = await startRun({
      container: 'bot',
      evaluators: ['quality'],
      environment: 'idle',
      sample: { type: 'container' },
    });
    await cancel(queued.id);
  });

  it('cancel from the UI (Temporal directly) ends the run as cancelled', async () => {
    const release: (() => void)[] = [];
    kit.fake.on(
      { prompt: 'ui-cancel-q' },
      () =>
        new Promise((resolve) => release.push(() => resolve({ content: '{"score": 1, "reasoning": "ok"}' }))),
    );
    await post(kit.stack, '/v1/containers', { label: 'ui-cancel' });
    const logs = Array.from({ length: 12 }, (_, i) => ({
      id: `ui-cancel-${i}`,
      input: `ui-cancel-q ${i}`,
      output: 'x',
    }));
    await post(kit.stack, '/v1/containers/ui-cancel/logs', logs, 200);
    await post(kit.stack, '/v1/evaluators', {
      container: 'ui-cancel',
      name: 'ui-cancel-judge',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: judgePrompt,
    });
    const run = await startRun({
      container: 'ui-cancel',
      evaluators: ['ui-cancel-judge'],
      sample: { type: 'container' },
    });
    await waitFor(
      async () => release.length,
      (n) => n > 0,
      { what: 'a judge call in flight' },
    );
    await kit.stack.api.ctx.temporal.workflow.getHandle(run.id).cancel();
    while (release.length) release.shift()!();
    const cancelled = await waitForRun(kit.stack, run.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.progress.done).toBeLessThan(12);
  });
});

describe('SPEC § Configuration', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

  it('the README documents MONGODB_URI, TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, providers, prices, sandbox, rate and body limits', () => {
    for (const name of [
      'MONGODB_URI',
      'TEMPORAL_ADDRESS',
      'TEMPORAL_NAMESPACE',
      'ASSAY_PROVIDERS',
      'ASSAY_RATE_LIMIT_PER_MINUTE',
      'ASSAY_MAX_BODY_BYTES',
    ]) {
      expect(readme, name).toContain(`\`${name}\``);
    }
    expect(readme).toMatch(/`ASSAY_SANDBOX_\w+`/);
    expect(readme).toMatch(/prices/i);
  });

  it('any OpenAI-compatible endpoint is a provider: the judge reached the configured base URL', () => {
    expect(kit.fake.requests.length).toBeGreaterThan(0);
    expect(kit.fake.requests.every((r) => r.model === 'judge-model' || r.model.startsWith('model-'))).toBe(
      true,
    );
  });
});

describe.concurrent('SPEC § Extensions beyond the seed', () => {
  it('run comparison: GET /v1/evaluations/runs/{id}/compare?baseline= pairs per item', async () => {
    const body = {
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    };
    const baseline = await runToCompletion(body);
    const candidate = await runToCompletion(body);
    const comparison = await call(
      'GET',
      `/v1/evaluations/runs/${candidate.id}/compare?baseline=${baseline.id}`,
    );
    expect(comparison.status).toBe(200);
    expect(comparison.body).toMatchObject({
      object: 'evaluation.run_comparison',
      run_id: candidate.id,
      baseline_run_id: baseline.id,
      paired_items: 3,
    });
    // Same judge, same pairs, deterministic scores: no difference.
    expect(comparison.body.comparisons[0]).toMatchObject({ n: 3, mean_difference: 0 });
  });

  it('OpenAI Evals API compatibility: /v1/evals and /v1/files answer with Assay keys', async () => {
    expect((await call('GET', '/v1/evals')).body).toMatchObject({ object: 'list' });
    expect((await call('GET', '/v1/files')).body).toMatchObject({ object: 'list' });
    await expectError(request('GET', '/v1/evals', { key: null }), 401);
  });

  it('a web console on the same origin as the API', async () => {
    const console = await request('GET', '/console', { key: null });
    expect(console.status).toBe(200);
    expect(console.headers.get('content-type')).toContain('text/html');
  });
});
