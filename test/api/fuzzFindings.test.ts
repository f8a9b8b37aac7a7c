import { request as httpRequest } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { detailFields, expectError } from '../support/apiChecks.js';
import { inlineRefs, resolveRef } from '../support/openApiRefs.js';
import { useTestStack } from '../support/testStack.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Sends any method (fetch refuses TRACE), returning status, Allow and the JSON body. */
function rawRequest(url: string, method: string, key: string) {
  return new Promise<{ status: number; allow: string | undefined; body: Json }>((resolve, reject) => {
    const req = httpRequest(url, { method, headers: { authorization: `Bearer ${key}` } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () =>
        resolve({ status: res.statusCode!, allow: res.headers.allow, body: text ? JSON.parse(text) : null }),
      );
    });
    req.once('error', reject);
    req.end();
  });
}

/**
 * One regression test per class of failure the schemathesis run (test/fuzz) found,
 * so each stays fixed even if the fuzzer's draws change.
 */
describe('what the API fuzzer found', () => {
  const logsOf = (container: string) => `/v1/containers/${container}/logs`;
  const log = (output: unknown) => ({ input: 'q', output });

  const stack = useTestStack();
  beforeAll(async () => {
    await stack.call('POST', '/v1/containers', { body: { label: 'fuzzed' } });
    await stack.call('POST', '/v1/datasets', { body: { name: 'fuzzed-set' } });
  });

  it('metadata keys with NUL or other control characters are a 422, not a 500', async () => {
    for (const key of ['a\u0000b', '\u0001x', 'tab\there']) {
      const error = await expectError(
        stack.request('POST', '/v1/containers', { body: { label: 'meta-bot', metadata: { [key]: 'v' } } }),
        422,
      );
      expect(error.details[0].message).toContain('control characters');
    }
    // Other Unicode is fine, in keys and values alike.
    const odd = { ключ: 'значение', '🙂': '\ud83d\ude42', 'ü​x': '\u2028' };
    const created = await stack.call('POST', '/v1/containers', {
      body: { label: 'meta-bot', metadata: odd },
    });
    expect(created.status).toBe(201);
    expect(created.body.metadata).toEqual(odd);
  });

  it('lone UTF-16 surrogates anywhere, and NUL in keys, are a 4xx naming the field on every route, not a 500 or a changed string', async () => {
    const evalCreated = await stack.call('POST', '/v1/evals', {
      body: {
        data_source_config: { type: 'custom', item_schema: {} },
        testing_criteria: [
          { type: 'string_check', name: 's', input: '{{item.a}}', reference: 'x', operation: 'eq' },
        ],
      },
    });
    expect(evalCreated.status).toBe(200);
    // Schemathesis' seed 200286083451029967091171569054672625729 found the first one as a 500.
    for (const metadata of [{ 'a\u0000b': 'v' }, { '\ud800': 'v' }, { a: 'x\udfff' }]) {
      const field = `metadata.${Object.keys(metadata)[0]}`;
      const onEval = await expectError(
        stack.request('POST', `/v1/evals/${evalCreated.body.id}`, { body: { metadata } }),
        400,
      );
      expect(onEval.param).toBe(field);
      const onContainer = await expectError(
        stack.request('POST', '/v1/containers', { body: { label: 'surrogate-bot', metadata } }),
        422,
      );
      expect(detailFields(onContainer)).toEqual([field]);
    }
    const description = await expectError(
      stack.request('POST', '/v1/datasets', { body: { name: 'surrogates', description: 'half \ud83d' } }),
      422,
    );
    expect(detailFields(description)).toEqual(['description']);
    const upload = await expectError(
      stack.request('POST', '/v1/datasets/fuzzed-set/items', {
        body: '{"input": "fine"}\n{"input": "half \\ud83d"}\n',
        headers: { 'content-type': 'application/x-ndjson' },
      }),
      422,
    );
    expect(detailFields(upload)).toEqual(['line 2: input']);
    // Well-formed text outside the BMP, and NUL inside a value, round-trip exactly.
    const kept = await stack.call('POST', '/v1/containers', {
      body: { label: 'emoji-bot', metadata: { note: 'ok \ud83d\ude00 and \u0000 inside' } },
    });
    expect(kept.status).toBe(201);
    const read = await stack.call('GET', '/v1/containers/emoji-bot');
    expect(read.body.metadata).toEqual({ note: 'ok \ud83d\ude00 and \u0000 inside' });
  });

  it('keys the store cannot hold, anywhere in a message, are a 422 naming the field, not a 500', async () => {
    const cases: [unknown, string][] = [
      [{ role: 'tool', content: null, '': [1], 'a.b': 1 }, '0.output.a.b'],
      [{ role: 'tool', content: null, $where: 1 }, '0.output.$where'],
      [{ role: 'assistant', content: [{ type: 'text', 'x\u0000y': 'z' }] }, '0.output.content.0'],
      [{ role: 'assistant', content: 'hi', extra: { deep: { $ne: 1 } } }, '0.output.extra.deep'],
    ];
    for (const [output, field] of cases) {
      const error = await expectError(stack.request('POST', logsOf('fuzzed'), { body: [log(output)] }), 422);
      expect(detailFields(error).join(' '), JSON.stringify(output)).toContain(field);
    }
    // The same through dataset items (JSON, and at creation): a 422 too, never a 400 "upload aborted".
    const bad = { input: [{ role: 'user', content: 'x', $x: 1 }] };
    await expectError(stack.request('POST', '/v1/datasets/fuzzed-set/items', { body: [bad] }), 422);
    await expectError(stack.request('POST', '/v1/datasets', { body: { name: 'more', items: [bad] } }), 422);
  });

  it('arrays directly inside arrays (which the store cannot hold) are a 422; other JSON passes through', async () => {
    await expectError(
      stack.request('POST', logsOf('fuzzed'), { body: [log({ role: 'tool', content: null, '': [[]] })] }),
      422,
    );
    const fine = {
      role: 'assistant',
      content: 'ok',
      tool_calls: [{ id: 'c1', args: { list: [1, 'a', null] } }],
    };
    const stored = await stack.call('POST', logsOf('fuzzed'), { body: [{ id: 'extras', ...log(fine) }] });
    expect(stored.status).toBe(200);
    expect((await stack.call('GET', `${logsOf('fuzzed')}/log_extras`)).body.output).toEqual(fine);
  });

  it('JSON nested deeper than 64 levels is a 422', async () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 70; i++) deep = { d: deep };
    const error = await expectError(
      stack.request('POST', logsOf('fuzzed'), { body: [log({ role: 'assistant', content: 'x', deep })] }),
      422,
    );
    expect(error.message).toContain('deeper than 64');
  });

  it('a route that takes a body answers 422 without one, and 400 for a body that is not JSON', async () => {
    const none = await expectError(stack.request('PATCH', '/v1/containers/fuzzed'), 422);
    expect(detailFields(none)).toEqual(['(body)']);
    await expectError(
      stack.request('PATCH', '/v1/containers/fuzzed', {
        body: 'name=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      400,
      'unsupported_content_type',
    );
    // A body that is there and empty of changes is still a valid PATCH.
    expect((await stack.call('PATCH', '/v1/containers/fuzzed', { body: {} })).status).toBe(200);
  });

  it('a metadata filter on a numeric key is that key, not an array the schema refuses', async () => {
    await stack.call('POST', logsOf('fuzzed'), {
      body: [{ id: 'numbered', ...log('a'), metadata: { '0': 'x' } }],
    });
    const found = await stack.call('GET', `${logsOf('fuzzed')}?metadata[0]=x`);
    expect(found.status).toBe(200);
    expect(found.body.data.map((l: { id: string }) => l.id)).toEqual(['log_numbered']);
  });

  it('the longest metadata filter the document allows is answered by the API; a longer query is a 431', async () => {
    // 16 keys of 64 and values of 512 three-byte characters (9 bytes each percent-encoded): about 83 KB,
    // past Node's default 16 KB request head.
    const wide = (n: number) => '\u4e2d'.repeat(n);
    const filter = Array.from(
      { length: 16 },
      (_, i) =>
        `metadata[${encodeURIComponent(String.fromCharCode(0x4e00 + i) + wide(63))}]=${encodeURIComponent(wide(512))}`,
    );
    const longest = await stack.call('GET', `${logsOf('fuzzed')}?${filter.join('&')}`);
    expect(longest.status).toBe(200);
    expect(longest.body.data).toEqual([]);
    const over = await stack.request('GET', `${logsOf('fuzzed')}?model=${'m'.repeat(140 * 1024)}`);
    expect(over.status).toBe(431);
  });

  it('over-long path parameters are a 422, as the document declares', async () => {
    const error = await expectError(stack.request('GET', `/v1/containers/${'0'.repeat(201)}`), 422);
    expect(detailFields(error)).toEqual(['id']);
  });

  it('an unknown list cursor is a 404 naming it; both cursors at once give the page between them', async () => {
    await expectError(
      stack.request('GET', '/v1/datasets/fuzzed-set/items?after=dsi_nope'),
      404,
      'after_cursor_not_found',
    );
    await stack.call('POST', '/v1/datasets/fuzzed-set/items', {
      body: [1, 2, 3, 4].map((i) => ({ id: `i${i}`, input: `q${i}` })),
    });
    const between = await stack.call('GET', '/v1/datasets/fuzzed-set/items?after=dsi_i1&before=dsi_i4');
    expect(between.body.data.map((item: { id: string }) => item.id)).toEqual(['dsi_i2', 'dsi_i3']);
  });

  it('an undeclared method on a known path is a 405 with Allow; an unknown path stays 404', async () => {
    for (const [method, path, allow] of [
      ['TRACE', '/v1/containers', 'GET, HEAD, POST'],
      ['PUT', '/v1/containers/fuzzed', 'GET, HEAD, PATCH, DELETE'],
      ['DELETE', '/v1/evaluations/runs/run_x/results', 'GET, HEAD'],
      ['POST', '/healthz', 'GET, HEAD'],
      // A literal path is its own resource: not also DELETE from `/v1/keys/:id`.
      ['OPTIONS', '/v1/keys/self', 'GET, HEAD'],
      ['PUT', '/v1/evals', 'GET, HEAD, POST'],
      ['TRACE', '/v1/files/file_x/content', 'GET, HEAD'],
    ] as const) {
      const res = await rawRequest(`${stack.api.url}${path}`, method, stack.adminKey);
      expect({ method, path, status: res.status, allow: res.allow }).toEqual({
        method,
        path,
        status: 405,
        allow,
      });
      expect(res.body.error.code).toBe('method_not_allowed');
    }
    expect((await rawRequest(`${stack.api.url}/v1/nothing-here`, 'TRACE', stack.adminKey)).status).toBe(404);
  });

  it('the document states the count bounds of eval graders and OpenAI metadata that the API enforces', async () => {
    const doc = await (await stack.request('GET', '/openapi.json', { key: null })).json();
    const text = JSON.stringify(doc);
    // Each bound the API checks (1 to 20 graders in a multi grader's map, 16 metadata keys) is in the document.
    expect(text).toContain('"minProperties":1,"maxProperties":20');
    expect(text).toContain('"maxProperties":16');
    const evalBody = (graders: unknown) => ({
      data_source_config: { type: 'custom', item_schema: {} },
      testing_criteria: [{ type: 'multi', name: 'm', graders, calculate_output: 'a' }],
    });
    const error = await expectError(stack.request('POST', '/v1/evals', { body: evalBody({}) }), 400);
    expect(error.param).toBe('testing_criteria.0.graders');
    const tooMuchMetadata = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v']));
    await expectError(
      stack.request('POST', '/v1/evals', {
        body: {
          ...evalBody({
            a: { type: 'string_check', name: 's', input: 'x', reference: 'x', operation: 'eq' },
          }),
          metadata: tooMuchMetadata,
        },
      }),
      400,
    );
  });

  it("a model grader's message content parts with keys the store cannot hold are a 400 (OpenAI's class), not a 500", async () => {
    const grader = (part: Record<string, unknown>) => ({
      data_source_config: { type: 'custom', item_schema: {} },
      testing_criteria: [
        {
          type: 'score_model',
          name: 'quality',
          model: 'gpt-4o-mini',
          input: [{ role: 'user', content: [{ type: 'input_text', text: 'Rate {{item.x}}', ...part }] }],
        },
      ],
    });
    await expectError(stack.request('POST', '/v1/evals', { body: grader({ $where: 1 }) }), 400);
    await expectError(stack.request('POST', '/v1/evals', { body: grader({ extra: [[1]] }) }), 400);
    const accepted = await stack.call('POST', '/v1/evals', { body: grader({ extra: { ok: [1, 2] } }) });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  });

  it('a body over the size limit is a 413, and every route with a body declares it', async () => {
    const doc = await (await stack.request('GET', '/openapi.json', { key: null })).json();
    expect(Object.keys(doc.paths['/v1/evals'].post.responses)).toContain('413');
    expect(Object.keys(doc.paths['/v1/containers'].post.responses)).toContain('413');
    const huge = {
      name: 'x'.repeat(6 * 1024 * 1024),
      data_source_config: { type: 'custom', item_schema: {} },
    };
    await expectError(stack.request('POST', '/v1/evals', { body: huge }), 413, 'body_too_large');
  });

  it("the document lets a dataset item's input and output be an eval run's OpenAI row (any JSON object)", async () => {
    const doc = await (await stack.request('GET', '/openapi.json', { key: null })).json();
    const list = resolveRef(doc, doc.paths['/v1/datasets/{id}/items'].get.responses['200']).content[
      'application/json'
    ].schema;
    const item = inlineRefs(doc, resolveRef(doc, list).properties.data.items);
    // Some branch, however nested in anyOf, is a free-form object (no fixed properties).
    const objectBranch = (schema: Json): boolean =>
      (schema.type === 'object' && !schema.properties && Boolean(schema.additionalProperties)) ||
      (schema.anyOf ?? []).some(objectBranch);
    expect(objectBranch(item.properties.input)).toBe(true);
    expect(objectBranch(item.properties.output)).toBe(true);
  });

  it("an eval run's rows the store cannot hold as documents (array in an array, $ and . keys) are accepted and kept exactly", async () => {
    const created = await stack.call('POST', '/v1/evals', {
      body: {
        data_source_config: { type: 'custom', item_schema: {} },
        testing_criteria: [
          { type: 'string_check', name: 's', operation: 'eq', input: '{{item.a}}', reference: '{{item.a}}' },
        ],
      },
    });
    expect(created.status).toBe(200); // OpenAI's create answers 200
    const runWith = (row: Json) =>
      stack.call('POST', `/v1/evals/${created.body.id}/runs`, {
        body: { data_source: { type: 'jsonl', source: { type: 'file_content', content: [row] } } },
      });
    for (const row of [
      { item: { a: [[1]] } },
      { item: { a: 'x' }, sample: { $x: 1, 'a.b': [[]] } },
      // A row shaped like the stored text form is itself stored as text, so it too reads back as sent.
      { item: { assay_json_text: '{}' } },
      { item: { a: 'x', b: [{ c: null }] } },
    ]) {
      const answer = await runWith(row);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.data_source.source.content).toEqual([row]);
    }
  });

  it('graders.run of a grader that needs a worker answers 503 at once when none runs (it used to wait out its timeout)', async () => {
    const started = Date.now();
    const response = await stack.call('POST', '/v1/fine_tuning/alpha/graders/run', {
      body: {
        grader: { type: 'python', name: 'p', source: 'def grade(sample, item):\n    return 1.0\n' },
        model_sample: 'x',
      },
    });
    expect(response.status).toBe(503);
    expect(JSON.stringify(response.body)).toContain('No worker is running');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("an eval's item_schema holding what the store cannot (an array in an array, a $ key) is kept exactly, not a 500", async () => {
    const itemSchema = {
      type: 'object',
      examples: [[1, 2], [[]]],
      $comment: 'x',
      properties: { 'a.b': { type: 'string' } },
    };
    const created = await stack.call('POST', '/v1/evals', {
      body: {
        data_source_config: { type: 'custom', item_schema: itemSchema },
        testing_criteria: [
          { type: 'string_check', name: 'c', operation: 'eq', input: '{{item.a}}', reference: 'x' },
        ],
      },
    });
    // OpenAI's Evals API answers a create with 200.
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const read = await stack.call('GET', `/v1/evals/${created.body.id}`);
    expect(read.body.data_source_config.schema.properties.item).toEqual(itemSchema);
  });
});
