import OpenAI, { toFile } from 'openai';
import OpenAIOldest from 'openai-oldest';
import { beforeAll, describe, expect, it } from 'vitest';
import { copiesOf } from '../../support/leftovers.js';
import { useTestStack } from '../../support/testStack.js';
import { waitFor } from '../../support/waitFor.js';

/**
 * The official Node SDK, unchanged but for baseURL and key, against the real stack
 * (API, Temporal worker, MongoDB). Models are the fake OpenAI server standing in for
 * the built-in `openai` provider, so bare model names work as they do on OpenAI.
 */
const stack = useTestStack({ worker: true, fakeLlm: { as: 'openai' }, env: { ASSAY_RUN_BATCH_SIZE: '2' } });

/** The current openai-node and the oldest release the README promises (package.json's `openai-oldest`). */
const sdks = [
  { version: 'current (openai 7.x)', SDK: OpenAI, bot: 'support-bot' },
  // Typed as the current SDK: the tests use only what both versions have.
  {
    version: 'oldest promised (openai 6.0.0)',
    SDK: OpenAIOldest as unknown as typeof OpenAI,
    bot: 'old-bot',
  },
];

const capitals = [
  { item: { question: 'Capital of France?', answer: 'Paris' }, sample: { output_text: 'Paris' } },
  { item: { question: 'Capital of Italy?', answer: 'Rome' }, sample: { output_text: 'It is rome.' } },
  { item: { question: 'Capital of Spain?', answer: 'Madrid' }, sample: { output_text: 'Lisbon' } },
];

const criteria = [
  {
    type: 'string_check' as const,
    name: 'exact',
    operation: 'eq' as const,
    input: '{{sample.output_text}}',
    reference: '{{item.answer}}',
  },
  {
    type: 'string_check' as const,
    name: 'mentions',
    operation: 'ilike' as const,
    input: '{{sample.output_text}}',
    reference: '{{item.answer}}',
  },
  {
    type: 'text_similarity' as const,
    name: 'fuzzy',
    evaluation_metric: 'fuzzy_match' as const,
    input: '{{sample.output_text}}',
    reference: '{{item.answer}}',
    pass_threshold: 0.5,
  },
];

describe.each(sdks)('the OpenAI Node SDK, $version, against Assay', ({ SDK, bot }) => {
  let client: OpenAI;
  beforeAll(() => {
    client = new SDK({ baseURL: `${stack.api.url}/v1`, apiKey: stack.adminKey, maxRetries: 0 });
  });

  async function finished(evalId: string, runId: string) {
    return waitFor(
      () => client.evals.runs.retrieve(runId, { eval_id: evalId }),
      (run) => ['completed', 'failed', 'canceled'].includes(run.status),
      { what: `eval run ${runId}` },
    );
  }

  it('creates, lists, updates and deletes evals', async () => {
    const created = await client.evals.create({
      name: 'capitals',
      metadata: { team: 'geo' },
      data_source_config: {
        type: 'custom',
        item_schema: {
          type: 'object',
          properties: { question: { type: 'string' }, answer: { type: 'string' } },
          required: ['answer'],
        },
        include_sample_schema: true,
      },
      testing_criteria: criteria,
    });
    expect(created).toMatchObject({ object: 'eval', name: 'capitals', metadata: { team: 'geo' } });
    expect(created.id).toMatch(/^eval_/);
    expect(created.data_source_config.schema).toMatchObject({
      properties: { item: { required: ['answer'] }, sample: {} },
    });

    const updated = await client.evals.update(created.id, { name: 'capitals v2' });
    expect(updated.name).toBe('capitals v2');
    expect((await client.evals.retrieve(created.id)).name).toBe('capitals v2');

    const second = await client.evals.create({
      data_source_config: { type: 'custom', item_schema: { type: 'object' } },
      testing_criteria: [criteria[0]!],
    });
    const ids: string[] = [];
    for await (const e of client.evals.list({ limit: 1 })) ids.push(e.id);
    expect(ids).toEqual(expect.arrayContaining([created.id, second.id]));

    expect(await client.evals.delete(second.id)).toMatchObject({ deleted: true, eval_id: second.id });
    await expect(client.evals.retrieve(second.id)).rejects.toBeInstanceOf(SDK.NotFoundError);
    // Deleted means deleted: no copy of it anywhere in the store.
    expect(await copiesOf(stack.mongo.db, second.id)).toEqual([]);
  });

  it('rejects bad definitions with OpenAI-style 4xx errors naming the field', async () => {
    const error = await client.evals
      .create({
        data_source_config: { type: 'custom', item_schema: { type: 'object' } },
        testing_criteria: [{ ...criteria[0]!, input: '{{ output }}' }],
      })
      .catch((e: unknown) => e);
    // OpenAI answered invalid input with a 400 naming the field, and migrated scripts catch that class.
    expect(error).toBeInstanceOf(SDK.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.APIError>).message).toMatch(
      /testing_criteria\.0\.input.*namespace 'output'/,
    );
    expect((error as InstanceType<typeof OpenAI.APIError>).param).toBe('testing_criteria.0.input');
  });

  it('runs an eval over file_content and pages through its output items', async () => {
    const evalObject = await client.evals.create({
      name: 'capitals-inline',
      data_source_config: {
        type: 'custom',
        item_schema: { type: 'object', required: ['answer'] },
        include_sample_schema: true,
      },
      testing_criteria: criteria,
    });
    const run = await client.evals.runs.create(evalObject.id, {
      name: 'inline',
      data_source: { type: 'jsonl', source: { type: 'file_content', content: capitals } },
    });
    expect(run).toMatchObject({ object: 'eval.run', eval_id: evalObject.id, status: 'queued' });

    const done = await finished(evalObject.id, run.id);
    expect(done.status).toBe('completed');
    // Paris passes everything; "It is rome." passes ilike only (fuzzy 0.4 < 0.5); Lisbon fails all.
    expect(done.result_counts).toEqual({ total: 3, passed: 1, failed: 2, errored: 0 });
    expect(done.per_testing_criteria_results).toEqual([
      { testing_criteria: 'exact', passed: 1, failed: 2 },
      { testing_criteria: 'mentions', passed: 2, failed: 1 },
      { testing_criteria: 'fuzzy', passed: 1, failed: 2 },
    ]);
    expect(done.report_url).toBe(`${stack.api.url}/console/runs/${run.id}`);

    const items = [];
    for await (const item of client.evals.runs.outputItems.list(run.id, {
      eval_id: evalObject.id,
      limit: 2,
    })) {
      items.push(item);
    }
    expect(items.map((i) => i.datasource_item_id)).toEqual([0, 1, 2]);
    expect(items.map((i) => i.status)).toEqual(['pass', 'fail', 'fail']);
    expect(items[1]!.datasource_item).toEqual(capitals[1]!.item);
    expect(items[1]!.results.map((r) => [r.name, r.passed])).toEqual([
      ['exact', false],
      ['mentions', true],
      ['fuzzy', false],
    ]);
    expect(items[1]!.results[2]!.score).toBeCloseTo((2 * 3) / (11 + 4), 12); // fuzz.ratio("It is rome.", "Rome")

    const failed = await client.evals.runs.outputItems.list(run.id, {
      eval_id: evalObject.id,
      status: 'fail',
    });
    expect(failed.data.map((i) => i.datasource_item_id)).toEqual([1, 2]);
    const newestFirst: number[] = [];
    for await (const item of client.evals.runs.outputItems.list(run.id, {
      eval_id: evalObject.id,
      limit: 2,
      order: 'desc',
    })) {
      newestFirst.push(item.datasource_item_id);
    }
    expect(newestFirst).toEqual([2, 1, 0]);
    const one = await client.evals.runs.outputItems.retrieve(items[0]!.id, {
      eval_id: evalObject.id,
      run_id: run.id,
    });
    expect(one).toMatchObject({ id: items[0]!.id, status: 'pass', datasource_item: capitals[0]!.item });

    // The same run through the native API.
    const native = await stack.call('GET', `/v1/evaluations/runs/${run.id}`);
    expect(native.body).toMatchObject({
      object: 'evaluation.run',
      status: 'completed',
      container_id: expect.any(String),
    });
    expect(native.body.metrics.by_evaluator).toHaveLength(3);

    const completedRuns = await client.evals.runs.list(evalObject.id, { status: 'completed' });
    expect(completedRuns.data.map((r) => r.id)).toEqual([run.id]);
    expect((await client.evals.runs.list(evalObject.id, { status: 'queued' })).data).toEqual([]);
    expect(await client.evals.runs.delete(run.id, { eval_id: evalObject.id })).toMatchObject({
      deleted: true,
      run_id: run.id,
    });
    await expect(client.evals.runs.retrieve(run.id, { eval_id: evalObject.id })).rejects.toBeInstanceOf(
      SDK.NotFoundError,
    );
  });

  it('uploads a JSONL file, validates it line by line, runs over it and serves its content', async () => {
    const jsonl = capitals.map((line) => JSON.stringify(line)).join('\n') + '\n';
    const file = await client.files.create({
      file: await toFile(Buffer.from(jsonl), 'capitals.jsonl'),
      purpose: 'evals',
    });
    expect(file).toMatchObject({
      object: 'file',
      purpose: 'evals',
      filename: 'capitals.jsonl',
      bytes: Buffer.byteLength(jsonl),
      status: 'processed',
    });
    expect((await client.files.retrieve(file.id)).id).toBe(file.id);
    expect(await (await client.files.content(file.id)).text()).toBe(jsonl);
    expect((await client.files.list({ purpose: 'evals' })).data.map((f) => f.id)).toContain(file.id);

    const bad = await client.files
      .create({
        file: await toFile(Buffer.from('{"item": {}}\nnot json\n{"sample": {}}\n'), 'bad.jsonl'),
        purpose: 'evals',
      })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(SDK.BadRequestError);
    expect((bad as Error).message).toMatch(/line 2.*malformed JSON.*line 3/);
    const wrongPurpose = await client.files
      .create({ file: await toFile(Buffer.from(jsonl), 'x.jsonl'), purpose: 'fine-tune' })
      .catch((e: unknown) => e);
    expect(wrongPurpose).toBeInstanceOf(SDK.BadRequestError);

    const evalObject = await client.evals.create({
      data_source_config: { type: 'custom', item_schema: { type: 'object', required: ['answer'] } },
      testing_criteria: [criteria[1]!],
    });
    const run = await client.evals.runs.create(evalObject.id, {
      data_source: { type: 'jsonl', source: { type: 'file_id', id: file.id } },
    });
    const done = await finished(evalObject.id, run.id);
    expect(done.result_counts).toEqual({ total: 3, passed: 2, failed: 1, errored: 0 });

    // Items that break the eval's item_schema are refused before anything runs.
    const invalid = await client.evals.runs
      .create(evalObject.id, {
        data_source: {
          type: 'jsonl',
          source: { type: 'file_content', content: [{ item: { question: 'no answer' } }] },
        },
      })
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(SDK.BadRequestError);
    expect((invalid as Error).message).toMatch(/item_schema/);

    expect(await client.files.delete(file.id)).toMatchObject({ id: file.id, deleted: true });
    await expect(client.files.retrieve(file.id)).rejects.toBeInstanceOf(SDK.NotFoundError);
    // What is left names the file only as the data source eval runs read (their items were copied).
    const references = await copiesOf(stack.mongo.db, file.id);
    expect(references.length).toBeGreaterThan(0);
    expect(references.filter((where) => !where.startsWith('eval_runs/'))).toEqual([]);
  });

  it('generates completions with a bare model name and grades them, model graders included', async () => {
    const evalObject = await client.evals.create({
      data_source_config: { type: 'custom', item_schema: { type: 'object' }, include_sample_schema: true },
      testing_criteria: [
        {
          type: 'string_check',
          name: 'echoes',
          operation: 'like',
          input: '{{sample.output_text}}',
          reference: '{{item.question}}',
        },
        {
          type: 'label_model',
          name: 'label',
          model: 'gpt-4o-mini',
          input: [{ role: 'user', content: 'Is {{sample.output_text}} right?' }],
          labels: ['right', 'wrong'],
          passing_labels: ['right'],
        },
        {
          type: 'score_model',
          name: 'score',
          model: 'gpt-4o-mini',
          input: [{ role: 'user', content: 'Score {{sample.output_text}}' }],
          range: [0, 1],
          pass_threshold: 0,
        },
        {
          type: 'text_similarity',
          name: 'cosine',
          evaluation_metric: 'cosine',
          input: '{{sample.output_text}}',
          reference: '{{item.question}}',
          pass_threshold: 0.5,
        },
      ],
    });
    const run = await client.evals.runs.create(evalObject.id, {
      data_source: {
        type: 'completions',
        model: 'gpt-4o-mini',
        input_messages: { type: 'template', template: [{ role: 'user', content: '{{item.question}}' }] },
        sampling_params: { temperature: 0, seed: 7 },
        source: { type: 'file_content', content: capitals.map(({ item }) => ({ item })) },
      },
    });
    const done = await finished(evalObject.id, run.id);
    expect(done.status).toBe('completed');
    expect(done.result_counts).toEqual({ total: 3, passed: 3, failed: 0, errored: 0 });
    expect(done.per_model_usage.map((u) => u.model_name)).toContain('gpt-4o-mini');
    const { data } = await client.evals.runs.outputItems.list(run.id, { eval_id: evalObject.id });
    // The fake echoes the prompt: "echo(gpt-4o-mini): Capital of France?".
    expect(data[0]!.sample.output[0]!.content).toBe('echo(gpt-4o-mini): Capital of France?');
    expect(data[0]!.sample.input).toEqual([{ role: 'user', content: 'Capital of France?' }]);
    expect(data[0]!.sample.usage.total_tokens).toBeGreaterThan(0);
  });

  it('generates through the Responses API with a JSON response format, graded on output_json', async () => {
    const evalObject = await client.evals.create({
      data_source_config: { type: 'custom', item_schema: { type: 'object' }, include_sample_schema: true },
      testing_criteria: [
        {
          type: 'string_check',
          name: 'json answer',
          operation: 'like',
          input: '{{sample.output_json.answer}}',
          reference: '{{item.question}}',
        },
      ],
    });
    const run = await client.evals.runs.create(evalObject.id, {
      data_source: {
        type: 'responses',
        model: 'gpt-4o-mini',
        input_messages: { type: 'template', template: [{ role: 'user', content: '{{item.question}}' }] },
        sampling_params: {
          temperature: 0,
          text: {
            format: {
              type: 'json_schema',
              name: 'answer',
              schema: { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] },
            },
          },
        },
        source: { type: 'file_content', content: [{ item: { question: 'Capital of Peru?' } }] },
      },
    });
    const done = await finished(evalObject.id, run.id);
    expect(done.result_counts).toEqual({ total: 1, passed: 1, failed: 0, errored: 0 });
    expect(stack.fake.requests.some((r) => r.endpoint === 'responses')).toBe(true);
  });

  it("grades stored completions: a container's task logs, filtered by metadata, as given or regenerated", async () => {
    const logs = [
      {
        id: `${bot}-1`,
        input: 'How do I reset my password?',
        output: 'Open Settings, then Security.',
        metadata: { lang: 'en' },
      },
      {
        id: `${bot}-2`,
        input: [{ role: 'user', content: 'Can I export data?' }],
        output: 'No.',
        metadata: { lang: 'en' },
      },
      { id: `${bot}-3`, input: 'Wie kündige ich?', output: 'Unter Konto > Abo.', metadata: { lang: 'de' } },
    ];
    expect((await stack.call('POST', '/v1/containers', { body: { label: bot } })).status).toBe(201);
    expect((await stack.call('POST', `/v1/containers/${bot}/logs`, { body: { logs } })).status).toBe(200);
    const evalObject = await client.evals.create({
      data_source_config: { type: 'stored_completions', metadata: { container: bot } },
      testing_criteria: [
        {
          type: 'string_check',
          name: 'points to settings',
          operation: 'ilike',
          input: '{{sample.output_text}}',
          reference: 'settings',
        },
        {
          type: 'string_check',
          name: 'english',
          operation: 'eq',
          input: '{{item.metadata.lang}}',
          reference: 'en',
        },
      ],
    });
    const asLogged = await client.evals.runs.create(evalObject.id, {
      data_source: { type: 'completions', source: { type: 'stored_completions', metadata: { lang: 'en' } } },
    });
    const done = await finished(evalObject.id, asLogged.id);
    expect(done.result_counts).toEqual({ total: 2, passed: 1, failed: 1, errored: 0 });
    const items = (await client.evals.runs.outputItems.list(asLogged.id, { eval_id: evalObject.id })).data;
    expect(items.map((i) => i.datasource_item.input).sort()).toEqual([logs[0]!.input, logs[1]!.input].sort());

    const regenerated = await client.evals.runs.create(evalObject.id, {
      data_source: {
        type: 'completions',
        model: 'gpt-4o-mini',
        input_messages: { type: 'item_reference', item_reference: 'item.input' },
        source: { type: 'stored_completions', metadata: { lang: 'de' } },
      },
    });
    const again = await finished(evalObject.id, regenerated.id);
    expect(again.result_counts).toEqual({ total: 1, passed: 0, failed: 1, errored: 0 });
    const [item] = (await client.evals.runs.outputItems.list(regenerated.id, { eval_id: evalObject.id }))
      .data;
    expect(item!.sample.output[0]!.content).toBe('echo(gpt-4o-mini): Wie kündige ich?');

    const unnamed = await client.evals.create({
      data_source_config: { type: 'logs' },
      testing_criteria: [{ type: 'string_check', name: 'x', operation: 'eq', input: 'a', reference: 'a' }],
    });
    const refused = await client.evals.runs
      .create(unnamed.id, { data_source: { type: 'completions', source: { type: 'stored_completions' } } })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SDK.BadRequestError);
    expect((refused as Error).message).toMatch(/metadata\.container/);
  });

  it('refuses what Assay cannot do with a 4xx naming the feature', async () => {
    const evalObject = await client.evals.create({
      data_source_config: { type: 'custom', item_schema: { type: 'object' } },
      testing_criteria: [criteria[0]!],
    });
    // item_schema patterns run on RE2: this one would take a backtracking engine minutes.
    const patterned = await client.evals.create({
      data_source_config: {
        type: 'custom',
        item_schema: { type: 'object', properties: { answer: { type: 'string', pattern: '^(a+)+$' } } },
      },
      testing_criteria: [criteria[0]!],
    });
    const hostile = await client.evals.runs
      .create(patterned.id, {
        data_source: {
          type: 'jsonl',
          source: { type: 'file_content', content: [{ item: { answer: 'a'.repeat(40) + 'b' } }] },
        },
      })
      .catch((e: unknown) => e);
    expect(hostile).toBeInstanceOf(SDK.BadRequestError);
    expect((hostile as Error).message).toMatch(/item_schema.*pattern/);
    const missingFile = await client.evals.runs
      .create(evalObject.id, { data_source: { type: 'jsonl', source: { type: 'file_id', id: 'file_nope' } } })
      .catch((e: unknown) => e);
    expect(missingFile).toBeInstanceOf(SDK.BadRequestError);
    await expect(client.evals.runs.retrieve('run_nope', { eval_id: evalObject.id })).rejects.toBeInstanceOf(
      SDK.NotFoundError,
    );
    const otherProject = new SDK({
      baseURL: client.baseURL,
      apiKey: 'assay_not_a_real_key_at_all_000000',
      maxRetries: 0,
    });
    await expect(otherProject.evals.retrieve(evalObject.id)).rejects.toBeInstanceOf(SDK.AuthenticationError);
  });

  it('cancels a run on both paths the SDKs use, answering canceled or the final status', async () => {
    stack.fake.setLatency(2000);
    const evalObject = await client.evals.create({
      data_source_config: { type: 'custom', item_schema: { type: 'object' } },
      testing_criteria: [criteria[0]!],
    });
    const slowRun = () =>
      client.evals.runs.create(evalObject.id, {
        data_source: {
          type: 'completions',
          model: 'gpt-4o-mini',
          input_messages: { type: 'template', template: [{ role: 'user', content: '{{item.question}}' }] },
          source: {
            type: 'file_content',
            content: Array.from({ length: 20 }, (_, i) => ({ item: { question: `q${i}` } })),
          },
        },
      });
    const run = await slowRun();
    // The SDK's own cancel, through whichever path this version posts to.
    const requested: string[] = [];
    const recording = new SDK({
      baseURL: client.baseURL,
      apiKey: stack.adminKey,
      maxRetries: 0,
      fetch: (url: string | URL | Request, init?: RequestInit) => {
        requested.push(String(url));
        return fetch(url, init);
      },
    });
    const canceled = await recording.evals.runs.cancel(run.id, { eval_id: evalObject.id });
    const cancelPath = new URL(requested[0]!).pathname;
    expect(canceled).toMatchObject({ id: run.id, status: 'canceled' });
    // The other path, by hand: openai-node 6 and openai-python 2 post to the run, 7 and 3 to `/cancel`.
    const current = await slowRun();
    const otherPath = cancelPath.endsWith('/cancel') ? '' : '/cancel';
    const viaCancelPath = await client.post<{ id: string; status: string }>(
      `/evals/${evalObject.id}/runs/${current.id}${otherPath}`,
    );
    expect(viaCancelPath).toMatchObject({ id: current.id, status: 'canceled' });
    const done = await finished(evalObject.id, run.id);
    const doneToo = await finished(evalObject.id, current.id);
    stack.fake.setLatency(0);
    expect([done.status, doneToo.status]).toEqual(['canceled', 'canceled']);
    expect(done.result_counts.total).toBeLessThan(20);
    // Canceling a run that has ended answers its final status (a timeout clean-up does not fail).
    expect(await client.evals.runs.cancel(run.id, { eval_id: evalObject.id })).toMatchObject({
      status: 'canceled',
    });
  });

  it('a conflict tells the SDK not to retry it', async () => {
    stack.fake.setLatency(2000);
    const evalObject = await client.evals.create({
      data_source_config: { type: 'custom', item_schema: { type: 'object' } },
      testing_criteria: [criteria[0]!],
    });
    const run = await client.evals.runs.create(evalObject.id, {
      data_source: {
        type: 'completions',
        model: 'gpt-4o-mini',
        input_messages: { type: 'template', template: [{ role: 'user', content: 'hi' }] },
        source: { type: 'file_content', content: [{ item: {} }, { item: {} }, { item: {} }] },
      },
    });
    const conflict = await client.evals.delete(evalObject.id).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(SDK.ConflictError);
    expect((conflict as InstanceType<typeof OpenAI.APIError>).headers?.get('x-should-retry')).toBe('false');
    await client.evals.runs.cancel(run.id, { eval_id: evalObject.id });
    await finished(evalObject.id, run.id);
    stack.fake.setLatency(0);
  });
});
