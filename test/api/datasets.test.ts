import { beforeAll, describe, expect, it } from 'vitest';
import {
  bootstrapProject,
  detailFields,
  expectBodyLimits,
  expectError,
  finishRun,
  insertLiveRun,
  keyWithScopes,
  otherProjectKey,
} from '../support/apiChecks.js';
import { useTestStack } from '../support/testStack.js';
import { waitUntil } from '../support/waitFor.js';

const jsonl = (items: object[]) => items.map((item) => JSON.stringify(item)).join('\n') + '\n';
const ndjson = { 'content-type': 'application/x-ndjson' };

describe('datasets', () => {
  const create = (body: object) => stack.call('POST', '/v1/datasets', { body });
  const createRequest = (body: object) => stack.request('POST', '/v1/datasets', { body });

  const stack = useTestStack({
    env: { ASSAY_MAX_LOG_BATCH: '5', ASSAY_MAX_BODY_BYTES: '65536', ASSAY_MAX_LINE_BYTES: '1024' },
  });
  beforeAll(async () => {
    await stack.call('POST', '/v1/containers', { body: { label: 'faq-bot' } });
  });

  it('creates a dataset with its first items, reachable by id and by name', async () => {
    const created = await create({
      name: 'golden',
      container: 'faq-bot',
      description: 'hand-checked answers',
      metadata: { owner: 'qa' },
      items: [
        { id: 'q1', input: 'What is Assay?', output: 'An evaluator.' },
        { input: [{ role: 'user', content: 'hi' }] },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      object: 'dataset',
      name: 'golden',
      description: 'hand-checked answers',
      metadata: { owner: 'qa' },
      item_count: 2,
    });
    expect(created.body.id).toMatch(/^ds_/);
    expect(created.body.container_id).toMatch(/^ctr_/);
    const byName = await stack.call('GET', '/v1/datasets/golden');
    expect(byName.body).toEqual(created.body);
    expect((await stack.call('GET', `/v1/datasets/${created.body.id}`)).body.name).toBe('golden');
    const items = await stack.call('GET', '/v1/datasets/golden/items');
    expect(items.body).toMatchObject({ object: 'list', total: 2, has_more: false });
    expect(items.body.data[0]).toMatchObject({
      object: 'dataset.item',
      id: 'dsi_q1',
      dataset_id: created.body.id,
      output: 'An evaluator.',
      metadata: {},
    });
    expect(items.body.data[1]).toMatchObject({ output: null, input: [{ role: 'user', content: 'hi' }] });
  });

  it('answers 409 for a taken name and 404 for an unknown container, leaving nothing behind', async () => {
    await expectError(createRequest({ name: 'golden', items: [{ input: 'x' }] }), 409, 'name_taken');
    await expectError(createRequest({ name: 'orphan', container: 'nope' }), 404, 'container_not_found');
    expect((await stack.call('GET', '/v1/datasets/golden')).body.item_count).toBe(2);
    expect((await stack.request('GET', '/v1/datasets/orphan')).status).toBe(404);
  });

  it('answers 422 naming every bad field, and for more initial items than ASSAY_MAX_LOG_BATCH', async () => {
    const error = await expectError(
      createRequest({ name: 'bad name!', colour: 'red', items: [{ input: 3 }, { input: 'x', answer: 'y' }] }),
      422,
      'validation_failed',
    );
    expect(detailFields(error)).toEqual(['colour', 'items.0.input', 'items.1.answer', 'name']);
    const many = { name: 'many', items: Array.from({ length: 6 }, () => ({ input: 'x' })) };
    expect(detailFields(await expectError(createRequest(many), 422))).toEqual(['items']);
  });

  it('answers 400 for malformed JSON and 413 for an oversize body', async () => {
    await expectBodyLimits(stack, 'POST', '/v1/datasets');
    await expectBodyLimits(stack, 'POST', '/v1/datasets/golden/items');
  });

  it('lists datasets newest first with total and cursors', async () => {
    for (const name of ['list-a', 'list-b', 'list-c']) expect((await create({ name })).status).toBe(201);
    const page1 = await stack.call('GET', '/v1/datasets?limit=2');
    expect(page1.body).toMatchObject({ object: 'list', has_more: true, total: 4 });
    expect(page1.body.data.map((d: { name: string }) => d.name)).toEqual(['list-c', 'list-b']);
    const page2 = await stack.call('GET', `/v1/datasets?limit=2&after=${page1.body.last_id}`);
    expect(page2.body.data.map((d: { name: string }) => d.name)).toEqual(['list-a', 'golden']);
    expect(page2.body.data[1].item_count).toBe(2);
    const back = await stack.call('GET', `/v1/datasets?limit=1&before=${page2.body.first_id}`);
    expect(back.body.data.map((d: { name: string }) => d.name)).toEqual(['list-b']);
  });

  describe('appending items', () => {
    beforeAll(async () => {
      expect((await create({ name: 'uploads' })).status).toBe(201);
    });

    it('takes a JSON batch, idempotent on item ids', async () => {
      const body = {
        items: [
          { id: 'a', input: 'A' },
          { id: 'b', input: 'B', output: 'b', metadata: { k: 'v' } },
        ],
      };
      const first = await stack.call('POST', '/v1/datasets/uploads/items', { body });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        object: 'dataset.upload',
        inserted: 2,
        duplicates: 0,
        item_count: 2,
      });
      const again = await stack.call('POST', '/v1/datasets/uploads/items', { body });
      expect(again.body).toMatchObject({ inserted: 0, duplicates: 2, item_count: 2 });
      const tooMany = { items: Array.from({ length: 6 }, () => ({ input: 'x' })) };
      expect(
        detailFields(
          await expectError(stack.request('POST', '/v1/datasets/uploads/items', { body: tooMany }), 422),
        ),
      ).toEqual(['items']);
    });

    it('streams a JSONL upload larger than the JSON body limit, in upload order', async () => {
      // 2,000 lines of ~70 bytes: past ASSAY_MAX_BODY_BYTES (64 KiB) and ASSAY_MAX_LOG_BATCH (5).
      const lines = Array.from({ length: 2000 }, (_, i) => ({
        id: `line-${i}`,
        input: `question ${i}`,
        output: 'x',
      }));
      const body = `\uFEFF${jsonl(lines.slice(0, 3)).replaceAll('\n', '\r\n')}\n\n${jsonl(lines.slice(3))}`;
      const res = await stack.call('POST', '/v1/datasets/uploads/items', { body, headers: ndjson });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ inserted: 2000, duplicates: 0, item_count: 2002 });
      const page = await stack.call('GET', '/v1/datasets/uploads/items?limit=4');
      expect(page.body.total).toBe(2002);
      expect(page.body.data.map((i: { id: string }) => i.id)).toEqual([
        'dsi_a',
        'dsi_b',
        'dsi_line-0',
        'dsi_line-1',
      ]);
      const next = await stack.call('GET', `/v1/datasets/uploads/items?limit=2&after=${page.body.last_id}`);
      expect(next.body.data.map((i: { id: string }) => i.id)).toEqual(['dsi_line-2', 'dsi_line-3']);
    });

    it('rejects an upload with bad lines as one 422 with line numbers, storing none of it', async () => {
      const body = [
        JSON.stringify({ id: 'ok-1', input: 'fine' }),
        '{"input": "broken json',
        JSON.stringify({ id: 'ok-2', input: 'fine' }),
        JSON.stringify({ input: 7, colour: 'red' }),
      ].join('\n');
      const res = await stack.request('POST', '/v1/datasets/uploads/items', {
        body,
        headers: { 'content-type': 'application/jsonl' },
      });
      const error = await expectError(res, 422, 'validation_failed');
      expect(error.details).toEqual([
        expect.objectContaining({ field: 'line 2', line: 2 }),
        expect.objectContaining({ field: 'line 4: input', line: 4 }),
        { field: 'line 4: colour', message: 'unknown field', line: 4 },
      ]);
      expect((await stack.call('GET', '/v1/datasets/uploads')).body.item_count).toBe(2002);
      // Not there to list after: an unknown cursor.
      expect((await stack.request('GET', '/v1/datasets/uploads/items?limit=1&after=dsi_ok-1')).status).toBe(
        404,
      );
      expect(await stack.mongo.db.collection('dataset_items').countDocuments({ id: 'dsi_ok-1' })).toBe(0);
    });

    it('answers 413 for a line over ASSAY_MAX_LINE_BYTES, storing none of the upload', async () => {
      const body = jsonl([{ id: 'before-long', input: 'x' }, { input: 'y'.repeat(2000) }]);
      await expectError(
        stack.request('POST', '/v1/datasets/uploads/items', { body, headers: ndjson }),
        413,
        'line_too_large',
      );
      expect(await stack.mongo.db.collection('dataset_items').countDocuments({ id: 'dsi_before-long' })).toBe(
        0,
      );
    });

    it('answers 422 for an empty upload and 400 for an unknown content type', async () => {
      await expectError(
        stack.request('POST', '/v1/datasets/uploads/items', { body: '\n\n', headers: ndjson }),
        422,
      );
      await expectError(
        stack.request('POST', '/v1/datasets/uploads/items', {
          body: 'a,b',
          headers: { 'content-type': 'text/csv' },
        }),
        400,
        'unsupported_content_type',
      );
    });

    it('keeps an upload invisible until it is complete, and drops it when the client goes away', async () => {
      const slow = (await create({ name: 'slow' })).body;
      const stored = () => stack.mongo.db.collection('dataset_items').countDocuments({ dataset_id: slow.id });
      const upload = (signal?: AbortSignal) => {
        let push!: (text: string | null) => void;
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            push = (text) =>
              text === null ? controller.close() : controller.enqueue(new TextEncoder().encode(text));
          },
        });
        const response = fetch(`${stack.api.url}/v1/datasets/slow/items`, {
          method: 'POST',
          headers: { ...ndjson, authorization: `Bearer ${stack.adminKey}` },
          body,
          duplex: 'half',
          signal,
        } as RequestInit);
        return { push, response };
      };
      const lines = Array.from({ length: 600 }, (_, i) => ({ id: `s${i}`, input: `q${i}` }));

      const first = upload();
      first.push(jsonl(lines));
      await waitUntil(async () => (await stored()) >= 500, { timeoutMs: 20_000 });
      expect((await stack.call('GET', '/v1/datasets/slow/items')).body.total).toBe(0);
      expect((await stack.call('GET', '/v1/datasets/slow')).body.item_count).toBe(0);
      first.push(null);
      expect((await first.response).status).toBe(200);
      expect((await stack.call('GET', '/v1/datasets/slow/items')).body.total).toBe(600);

      const controller = new AbortController();
      const second = upload(controller.signal);
      second.push(jsonl(lines.map((l) => ({ ...l, id: `t${l.id}` }))));
      await waitUntil(async () => (await stored()) >= 1100, { timeoutMs: 20_000 });
      expect((await stack.call('GET', '/v1/datasets/slow/items')).body.total).toBe(600);
      controller.abort();
      await second.response.catch(() => undefined);
      await waitUntil(async () => (await stored()) === 600, { timeoutMs: 20_000 });
      expect((await stack.call('GET', '/v1/datasets/slow')).body.item_count).toBe(600);
    });

    it('streams committed items to the run engine in upload order', async () => {
      const project = await bootstrapProject(stack);
      const dataset = await project.datasets.require('uploads');
      const ids: string[] = [];
      for await (const item of project.datasets.iterateItems(dataset.id, { limit: 3 })) ids.push(item.id);
      expect(ids).toEqual(['dsi_a', 'dsi_b', 'dsi_line-0']);
      let count = 0;
      let last = '';
      for await (const item of project.datasets.iterateItems(dataset.id)) {
        count++;
        expect(item.output === null || typeof item.output === 'string').toBe(true);
        last = item.id;
      }
      expect(count).toBe(2002);
      expect(last).toBe('dsi_line-1999');
      await expect(project.datasets.require('nope')).rejects.toMatchObject({ status: 404 });
    });
  });

  it('deletes a dataset with its items, but not while a live run uses it (409)', async () => {
    const { body: dataset } = await create({ name: 'doomed', items: [{ input: 'x' }] });
    const runId = await insertLiveRun(stack, { dataset_ids: [dataset.id] }, 'paused');
    await expectError(stack.request('DELETE', '/v1/datasets/doomed'), 409, 'dataset_in_use');
    await finishRun(stack, runId);
    const deleted = await stack.call('DELETE', '/v1/datasets/doomed');
    expect(deleted.body).toEqual({ object: 'dataset', id: dataset.id, deleted: true });
    await expectError(stack.request('GET', `/v1/datasets/${dataset.id}`), 404, 'dataset_not_found');
    expect(await stack.mongo.db.collection('dataset_items').countDocuments({ dataset_id: dataset.id })).toBe(
      0,
    );
    await expectError(stack.request('DELETE', '/v1/datasets/doomed'), 404);
  });

  it("answers 404 for another project's datasets and 403 to a read-only key writing", async () => {
    const other = await otherProjectKey(stack, 'datasets-other');
    for (const [method, path] of [
      ['GET', '/v1/datasets/golden'],
      ['GET', '/v1/datasets/golden/items'],
      ['DELETE', '/v1/datasets/golden'],
    ] as const) {
      await expectError(stack.request(method, path, { key: other }), 404, 'dataset_not_found');
    }
    await expectError(
      stack.request('POST', '/v1/datasets/golden/items', { key: other, body: { items: [{ input: 'x' }] } }),
      404,
    );
    expect((await stack.call('GET', '/v1/datasets', { key: other })).body.total).toBe(0);
    const reader = await keyWithScopes(stack, ['read']);
    await expectError(stack.request('POST', '/v1/datasets', { key: reader, body: { name: 'r' } }), 403);
    await expectError(stack.request('DELETE', '/v1/datasets/golden', { key: reader }), 403);
    await expectError(
      stack.request('POST', '/v1/datasets/golden/items', {
        key: reader,
        body: jsonl([{ input: 'x' }]),
        headers: ndjson,
      }),
      403,
    );
    expect((await stack.request('GET', '/v1/datasets/golden/items', { key: reader })).status).toBe(200);
  });
});
