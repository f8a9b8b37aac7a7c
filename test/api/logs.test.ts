import { beforeAll, describe, expect, it } from 'vitest';
import {
  bootstrapProject,
  detailFields,
  expectBodyLimits,
  expectError,
  keyWithScopes,
  otherProjectKey,
} from '../support/apiChecks.js';
import { useTestStack } from '../support/testStack.js';

describe('task logs', () => {
  let containerId: string;
  const logsOf = (container: string) => `/v1/containers/${container}/logs`;

  const stack = useTestStack({
    env: { ASSAY_MAX_LOG_BATCH: '5', ASSAY_MAX_BODY_BYTES: '65536' },
  });
  beforeAll(async () => {
    containerId = (await stack.call('POST', '/v1/containers', { body: { label: 'bot' } })).body.id;
    await stack.call('POST', '/v1/containers', { body: { label: 'other-bot' } });
  });

  it('ingests a batch, idempotent on caller ids, and reads a log back by id', async () => {
    const batch = {
      logs: [
        { id: 'abc', input: 'hi', output: 'hello', model: 'openai/gpt-4o-mini', created_at: 1_700_000_000 },
        {
          id: 'log_xyz',
          input: [{ role: 'user', content: 'hi' }],
          output: { role: 'assistant', content: 'hello' },
          metadata: { lang: 'en' },
        },
      ],
    };
    const first = await stack.call('POST', logsOf('bot'), { body: batch });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      object: 'task_log.ingestion',
      container_id: containerId,
      inserted: 2,
      duplicates: 0,
      ids: ['log_abc', 'log_xyz'],
    });
    const again = await stack.call('POST', logsOf(containerId), { body: batch });
    expect(again.body).toMatchObject({ inserted: 0, duplicates: 2, ids: ['log_abc', 'log_xyz'] });

    const stored = await stack.call('GET', `${logsOf('bot')}/log_abc`);
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({
      object: 'task_log',
      id: 'log_abc',
      container_id: containerId,
      input: 'hi',
      output: 'hello',
      model: 'openai/gpt-4o-mini',
      metadata: {},
      created_at: 1_700_000_000,
    });
    expect(stored.body.ingested_at).toBeGreaterThan(1_700_000_000);
    const chat = await stack.call('GET', `${logsOf('bot')}/log_xyz`);
    expect(chat.body).toMatchObject({ model: null, metadata: { lang: 'en' }, output: { role: 'assistant' } });
    expect(chat.body.created_at).toBe(chat.body.ingested_at);
  });

  it('gives logs without an id a new time-ordered one', async () => {
    const res = await stack.call('POST', logsOf('bot'), { body: { logs: [{ input: 'a', output: 'b' }] } });
    expect(res.body.inserted).toBe(1);
    expect(res.body.ids[0]).toMatch(/^log_[0-9a-z]{26}$/);
  });

  it('stays idempotent when the same batch is sent concurrently', async () => {
    const logs = Array.from({ length: 5 }, (_, i) => ({ id: `race-${i}`, input: `q${i}`, output: 'a' }));
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => stack.call('POST', logsOf('other-bot'), { body: { logs } })),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.inserted + answer.body.duplicates).toBe(5);
      expect(answer.body.ids).toEqual(logs.map((l) => `log_${l.id}`));
    }
    const listed = await stack.call('GET', `${logsOf('other-bot')}?limit=100`);
    expect(listed.body.total).toBe(5);
  });

  it('answers 409 for an id another container already uses, storing the rest of the batch', async () => {
    const res = await stack.request('POST', logsOf('other-bot'), {
      body: {
        logs: [
          { id: 'fresh-1', input: 'x', output: 'y' },
          { id: 'abc', input: 'x', output: 'y' },
        ],
      },
    });
    const error = await expectError(res, 409, 'log_id_taken');
    expect(detailFields(error)).toEqual(['logs.1.id']);
    expect((await stack.call('GET', `${logsOf('other-bot')}/log_fresh-1`)).status).toBe(200);
    expect((await stack.call('GET', `${logsOf('bot')}/log_abc`)).body.container_id).toBe(containerId);
  });

  describe('listing', () => {
    let filtered: string;
    beforeAll(async () => {
      filtered = (await stack.call('POST', '/v1/containers', { body: { label: 'filtered' } })).body.id;
      const logs = [
        {
          id: 'f1',
          input: '1',
          output: 'o',
          model: 'm/a',
          metadata: { env: 'prod', tier: 'free' },
          created_at: 100,
        },
        { id: 'f2', input: '2', output: 'o', model: 'm/b', metadata: { env: 'prod' }, created_at: 200 },
        { id: 'f3', input: '3', output: 'o', model: 'm/a', metadata: { env: 'dev' }, created_at: 300 },
        {
          id: 'f4',
          input: '4',
          output: 'o',
          model: 'm/a',
          metadata: { env: 'prod', tier: 'free' },
          created_at: 300,
        },
        { id: 'f5', input: '5', output: 'o', created_at: 400 },
      ];
      expect((await stack.call('POST', logsOf(filtered), { body: { logs } })).body.inserted).toBe(5);
    });
    const ids = (body: { data: { id: string }[] }) => body.data.map((d) => d.id);

    it('lists newest call first with total and cursors both ways', async () => {
      const page1 = await stack.call('GET', `${logsOf('filtered')}?limit=2`);
      expect(page1.body).toMatchObject({ object: 'list', total: 5, has_more: true });
      // f3 and f4 share created_at: the id breaks the tie, so the order is total.
      expect(ids(page1.body)).toEqual(['log_f5', 'log_f4']);
      expect(page1.body.first_id).toBe('log_f5');
      expect(page1.body.last_id).toBe('log_f4');
      const page2 = await stack.call('GET', `${logsOf('filtered')}?limit=2&after=log_f4`);
      expect(ids(page2.body)).toEqual(['log_f3', 'log_f2']);
      const page3 = await stack.call('GET', `${logsOf('filtered')}?limit=2&after=log_f2`);
      expect(page3.body).toMatchObject({ has_more: false, total: 5 });
      expect(ids(page3.body)).toEqual(['log_f1']);
      const back = await stack.call('GET', `${logsOf('filtered')}?limit=2&before=log_f2`);
      expect(ids(back.body)).toEqual(['log_f4', 'log_f3']);
      const between = await stack.call('GET', `${logsOf('filtered')}?limit=5&after=log_f5&before=log_f1`);
      expect(ids(between.body)).toEqual(['log_f4', 'log_f3', 'log_f2']);
      await expectError(
        stack.request('GET', `${logsOf('filtered')}?after=log_nope`),
        404,
        'after_cursor_not_found',
      );
    });

    it('filters by time range, model and metadata equality', async () => {
      const get = async (query: string) => (await stack.call('GET', `${logsOf('filtered')}?${query}`)).body;
      expect(ids(await get('since=200&until=400'))).toEqual(['log_f4', 'log_f3', 'log_f2']);
      expect(ids(await get('model=m/a'))).toEqual(['log_f4', 'log_f3', 'log_f1']);
      const prodFree = await get('metadata[env]=prod&metadata[tier]=free');
      expect(ids(prodFree)).toEqual(['log_f4', 'log_f1']);
      expect(prodFree.total).toBe(2);
      expect(ids(await get('model=m/a&metadata[env]=prod&since=101'))).toEqual(['log_f4']);
      // An empty range is an empty list, not an error.
      expect(await get('since=300&until=200')).toMatchObject({ data: [], total: 0 });
    });

    it('streams logs to the run engine oldest first, filtered, a page at a time', async () => {
      const project = await bootstrapProject(stack);
      const seen: string[] = [];
      for await (const log of project.logs.iterate(filtered, { metadata: { env: 'prod' } }))
        seen.push(log.id);
      expect(seen).toEqual(['log_f1', 'log_f2', 'log_f4']);
      const limited: string[] = [];
      for await (const log of project.logs.iterate(filtered, { since: 200, limit: 2 })) limited.push(log.id);
      expect(limited).toEqual(['log_f2', 'log_f3']);
      const paged: string[] = [];
      const order = { field: 'created_at', descending: false };
      for await (const log of project.logs.docs.iterate({ container_id: filtered }, order, { pageSize: 2 })) {
        paged.push(log.id);
      }
      expect(paged).toEqual(['log_f1', 'log_f2', 'log_f3', 'log_f4', 'log_f5']);
      const resumed: string[] = [];
      for await (const log of project.logs.iterate(filtered, { after: 'log_f3' })) resumed.push(log.id);
      expect(resumed).toEqual(['log_f4', 'log_f5']);
    });

    it('rejects filters that are not plain values (422), so no operator reaches the query', async () => {
      for (const query of [
        'metadata[$where]=1',
        'metadata[a.b]=1',
        'metadata[env][$ne]=x',
        'model[$ne]=x',
        'since=abc',
        'colour=red',
        'limit=0',
        'limit=101',
      ]) {
        const error = await expectError(stack.request('GET', `${logsOf('filtered')}?${query}`), 422);
        expect(error.details.length, query).toBeGreaterThan(0);
      }
    });
  });

  it('answers 422 naming every bad field, and for a batch over ASSAY_MAX_LOG_BATCH', async () => {
    const bad = await stack.request('POST', logsOf('bot'), {
      body: {
        logs: [
          { input: 5, output: 'x' },
          { input: 'x' },
          { input: 'x', output: 'y', colour: 'red', id: 'has space', metadata: { $bad: 'v' } },
        ],
      },
    });
    const error = await expectError(bad, 422, 'validation_failed');
    expect(detailFields(error)).toEqual(
      expect.arrayContaining(['logs.0.input', 'logs.1.output', 'logs.2.colour', 'logs.2.id']),
    );
    expect(detailFields(error).some((f) => f.startsWith('logs.2.metadata'))).toBe(true);
    const tooMany = { logs: Array.from({ length: 6 }, () => ({ input: 'a', output: 'b' })) };
    expect(
      detailFields(await expectError(stack.request('POST', logsOf('bot'), { body: tooMany }), 422)),
    ).toEqual(['logs']);
    await expectError(stack.request('POST', logsOf('bot'), { body: { logs: [] } }), 422);
    await expectError(stack.request('POST', logsOf('bot'), { body: [] }), 422);
  });

  it('takes a batch as a bare JSON array too, as SPEC allows, naming bad fields by index', async () => {
    const bare = await stack.call('POST', logsOf('bot'), {
      body: [{ id: 'bare-1', input: 'a', output: 'b' }],
    });
    expect(bare.status).toBe(200);
    expect(bare.body).toMatchObject({ inserted: 1, ids: ['log_bare-1'] });
    const bad = await expectError(stack.request('POST', logsOf('bot'), { body: [{ input: 'a' }] }), 422);
    expect(detailFields(bad)).toEqual(['0.output']);
  });

  it('answers 400 for malformed JSON and 413 for an oversize body', async () => {
    await expectBodyLimits(stack, 'POST', logsOf('bot'));
  });

  it("answers 404 for unknown containers and logs, and for another project's", async () => {
    await expectError(stack.request('GET', logsOf('nope')), 404, 'container_not_found');
    await expectError(
      stack.request('POST', logsOf('nope'), { body: { logs: [{ input: 'a', output: 'b' }] } }),
      404,
    );
    await expectError(stack.request('GET', `${logsOf('bot')}/log_missing`), 404, 'task_log_not_found');
    await expectError(stack.request('GET', `${logsOf('other-bot')}/log_abc`), 404, 'task_log_not_found');
    const other = await otherProjectKey(stack, 'logs-other');
    await expectError(stack.request('GET', logsOf(containerId), { key: other }), 404, 'container_not_found');
    await expectError(stack.request('GET', `${logsOf(containerId)}/log_abc`, { key: other }), 404);
    await expectError(
      stack.request('POST', logsOf(containerId), {
        key: other,
        body: { logs: [{ input: 'a', output: 'b' }] },
      }),
      404,
    );
  });

  it('answers 403 to a read-only key writing and lets it read', async () => {
    const reader = await keyWithScopes(stack, ['read']);
    await expectError(
      stack.request('POST', logsOf('bot'), { key: reader, body: { logs: [{ input: 'a', output: 'b' }] } }),
      403,
      'insufficient_scope',
    );
    expect((await stack.request('GET', logsOf('bot'), { key: reader })).status).toBe(200);
  });
});
