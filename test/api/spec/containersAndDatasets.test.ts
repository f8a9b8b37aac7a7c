import { describe, expect, it } from 'vitest';

import { detailFields, expectError, finishRun, insertLiveRun } from '../../support/apiChecks.js';
import { expectedMetrics, expectMetricsMatch, post, promptFor } from '../../support/runKit.js';
import { call, kit, request, runToCompletion, useSpecStack } from './specStack.js';

useSpecStack();

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
