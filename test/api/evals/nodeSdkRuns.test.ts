import type OpenAI from 'openai';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestStack } from '../../support/testStack.js';
import { capitals, criteria, finished as finishedRun, sdks } from './nodeSdkFixtures.js';

/**
 * The official Node SDK against the real stack, as in nodeSdk.test.ts: runs that generate
 * (Chat Completions and Responses), grade a container's stored completions, are refused, or
 * are cancelled.
 */
const stack = useTestStack({ worker: true, fakeLlm: { as: 'openai' }, env: { ASSAY_RUN_BATCH_SIZE: '2' } });

describe.each(sdks)('the OpenAI Node SDK, $version, running evals against Assay', ({ SDK, bot }) => {
  let client: OpenAI;
  beforeAll(() => {
    client = new SDK({ baseURL: `${stack.api.url}/v1`, apiKey: stack.adminKey, maxRetries: 0 });
  });
  const finished = (evalId: string, runId: string) => finishedRun(client, evalId, runId);

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
