import OpenAI, { toFile } from 'openai';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestStack } from '../../support/testStack.js';
import { waitFor } from '../../support/waitFor.js';

/**
 * One contract per parameter: what an eval run's create call accepts, the run executes (each
 * acceptance here has a run that scores), and what it cannot execute is a 400 naming the field.
 * The official Node SDK against the real stack; models are the fake OpenAI server.
 */
const stack = useTestStack({ worker: true, fakeLlm: { as: 'openai' } });
let client: OpenAI;

beforeAll(() => {
  client = new OpenAI({ baseURL: `${stack.api.url}/v1`, apiKey: stack.adminKey, maxRetries: 0 });
});

type APIError = InstanceType<typeof OpenAI.APIError>;
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as APIError,
  );

async function finished(evalId: string, runId: string) {
  return waitFor(
    () => client.evals.runs.retrieve(runId, { eval_id: evalId }),
    (run) => ['completed', 'failed', 'canceled'].includes(run.status),
    { what: `eval run ${runId}` },
  );
}

const echoes = {
  type: 'string_check' as const,
  name: 'echoes',
  operation: 'like' as const,
  input: '{{sample.output_text}}',
  reference: '{{item.question}}',
};

const generated = (sampling_params: Record<string, unknown>) => ({
  type: 'completions' as const,
  model: 'gpt-4o-mini',
  input_messages: {
    type: 'template' as const,
    template: [{ role: 'user' as const, content: '{{item.question}}' }],
  },
  sampling_params,
  source: { type: 'file_content' as const, content: [{ item: { question: 'Capital of Chile?' } }] },
});

describe('eval run parameters: executed as accepted, or refused at create', () => {
  it('reasoning efforts the SDK names reach the model, for generation and for model graders; top_p 0 is a 400', async () => {
    const evalObject = await client.evals.create({
      data_source_config: { type: 'custom', item_schema: { type: 'object' }, include_sample_schema: true },
      testing_criteria: [
        echoes,
        {
          type: 'score_model',
          name: 'graded with effort',
          model: 'gpt-4o-mini',
          input: [{ role: 'user', content: 'Score {{sample.output_text}}' }],
          range: [0, 1],
          pass_threshold: 0,
          sampling_params: { reasoning_effort: 'max' },
        },
      ],
    });
    for (const effort of ['none', 'xhigh', 'max'] as const) {
      const run = await client.evals.runs.create(evalObject.id, {
        data_source: generated({ reasoning_effort: effort }) as never,
      });
      const done = await finished(evalObject.id, run.id);
      expect(done.result_counts, effort).toEqual({ total: 1, passed: 1, failed: 0, errored: 0 });
    }
    const bodies = stack.fake.requests.map((r) => r.body as Record<string, unknown>);
    // Generations carry no response format; the grader's calls ask for its JSON grade.
    const generations = bodies.filter((b) => !b.response_format);
    expect(generations.map((b) => b.reasoning_effort)).toEqual(['none', 'xhigh', 'max']);
    // The grader's own effort on each of its calls (repeated prompts may come from the response cache).
    const graderCalls = bodies.filter((b) => b.response_format);
    expect(graderCalls.length).toBeGreaterThan(0);
    expect(graderCalls.every((b) => b.reasoning_effort === 'max')).toBe(true);

    const topP = await refusal(
      client.evals.runs.create(evalObject.id, { data_source: generated({ top_p: 0 }) as never }),
    );
    expect(topP).toBeInstanceOf(OpenAI.BadRequestError);
    expect(topP!.param).toBe('data_source.sampling_params.top_p');
    const unknownEffort = await refusal(
      client.evals.runs.create(evalObject.id, {
        data_source: generated({ reasoning_effort: 'huge' }) as never,
      }),
    );
    expect(unknownEffort).toBeInstanceOf(OpenAI.BadRequestError);
    expect(unknownEffort!.param).toBe('data_source.sampling_params.reasoning_effort');
    const topPRun = await client.evals.runs.create(evalObject.id, {
      data_source: generated({ top_p: 0.5, temperature: 0 }) as never,
    });
    expect((await finished(evalObject.id, topPRun.id)).result_counts.passed).toBe(1);
  });

  it("the eval's logs metadata filters apply to its runs; filters the task logs cannot answer are refused", async () => {
    await stack.call('POST', '/v1/containers', { body: { label: 'filtered-bot' } });
    await stack.call('POST', '/v1/containers/filtered-bot/logs', {
      body: {
        logs: [
          { id: 'a', input: 'hello', output: 'hi', metadata: { lang: 'en', tier: 'pro' } },
          { id: 'b', input: 'hallo', output: 'hi', metadata: { lang: 'de', tier: 'pro' } },
          { id: 'c', input: 'hey', output: 'hi', metadata: { lang: 'en', tier: 'free' } },
        ],
      },
    });
    const evalObject = await client.evals.create({
      data_source_config: { type: 'logs', metadata: { container: 'filtered-bot', lang: 'en' } },
      testing_criteria: [
        {
          type: 'string_check',
          name: 'hi',
          operation: 'eq',
          input: '{{sample.output_text}}',
          reference: 'hi',
        },
      ],
    });
    const all = await client.evals.runs.create(evalObject.id, {
      data_source: { type: 'completions', source: { type: 'stored_completions' } },
    });
    expect((await finished(evalObject.id, all.id)).result_counts.total).toBe(2);
    const pro = await client.evals.runs.create(evalObject.id, {
      data_source: { type: 'responses', source: { type: 'responses', metadata: { tier: 'pro' } } },
    });
    expect((await finished(evalObject.id, pro.id)).result_counts).toEqual({
      total: 1,
      passed: 1,
      failed: 0,
      errored: 0,
    });
    const conflicting = await refusal(
      client.evals.runs.create(evalObject.id, {
        data_source: {
          type: 'completions',
          source: { type: 'stored_completions', metadata: { lang: 'de' } },
        },
      }),
    );
    expect(conflicting).toBeInstanceOf(OpenAI.BadRequestError);
    expect(conflicting!.param).toBe('data_source.source.metadata.lang');

    const unrecorded: Record<string, unknown> = {
      users: ['u1'],
      instructions_search: 'be brief',
      tools: ['web_search'],
      reasoning_effort: 'low',
      temperature: 0.2,
      top_p: 0.9,
    };
    for (const [field, value] of Object.entries(unrecorded)) {
      const error = await refusal(
        client.evals.runs.create(evalObject.id, {
          data_source: { type: 'responses', source: { type: 'responses', [field]: value } },
        }),
      );
      expect(error, field).toBeInstanceOf(OpenAI.BadRequestError);
      expect(error!.param).toBe(`data_source.source.${field}`);
    }
    const nonString = await refusal(
      client.evals.create({
        data_source_config: { type: 'logs', metadata: { container: 'filtered-bot', tier: 2 } },
        testing_criteria: [echoes],
      }),
    );
    expect(nonString).toBeInstanceOf(OpenAI.BadRequestError);
    expect(nonString!.param).toBe('data_source_config.metadata.tier');
  });

  it('rows with any JSON (arrays in arrays, keys with . or starting with $) run and read back exactly', async () => {
    const rows = [
      {
        item: { answer: 'Paris', $where: 'x', 'a.b': { 'c.d': [[1, [2]], []] } },
        sample: { output_text: 'Paris', $meta: [[true]] },
      },
      {
        item: {
          answer: 'Rome',
          grid: [
            [0, 1],
            [1, 0],
          ],
        },
        sample: { output_text: 'Lisbon' },
      },
    ];
    const evalObject = await client.evals.create({
      data_source_config: { type: 'custom', item_schema: { type: 'object', required: ['answer'] } },
      testing_criteria: [
        {
          type: 'string_check',
          name: 'exact',
          operation: 'eq',
          input: '{{sample.output_text}}',
          reference: '{{item.answer}}',
        },
      ],
    });
    const file = await client.files.create({
      file: await toFile(Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n')), 'odd.jsonl'),
      purpose: 'evals',
    });
    for (const source of [
      { type: 'file_content' as const, content: rows },
      { type: 'file_id' as const, id: file.id },
    ]) {
      const run = await client.evals.runs.create(evalObject.id, { data_source: { type: 'jsonl', source } });
      expect(run.data_source.source).toEqual(source);
      const done = await finished(evalObject.id, run.id);
      expect(done.result_counts, source.type).toEqual({ total: 2, passed: 1, failed: 1, errored: 0 });
      const items = (await client.evals.runs.outputItems.list(run.id, { eval_id: evalObject.id })).data;
      expect(items.map((i) => i.datasource_item)).toEqual(rows.map((r) => r.item));
    }
  });

  it("output items carry the model grader's prompt and reply; a jsonl run names its samples' model; cosine counts embedding tokens", async () => {
    const evalObject = await client.evals.create({
      data_source_config: { type: 'custom', item_schema: { type: 'object' }, include_sample_schema: true },
      testing_criteria: [
        {
          type: 'label_model',
          name: 'judge',
          model: 'gpt-4o-mini',
          input: [{ role: 'user', content: 'Is {{sample.output_text}} right?' }],
          labels: ['right', 'wrong'],
          passing_labels: ['right'],
        },
        {
          type: 'text_similarity',
          name: 'cosine',
          evaluation_metric: 'cosine',
          input: '{{sample.output_text}}',
          reference: '{{item.answer}}',
          pass_threshold: 0,
        },
      ],
    });
    const run = await client.evals.runs.create(evalObject.id, {
      data_source: {
        type: 'jsonl',
        source: {
          type: 'file_content',
          content: [{ item: { answer: 'Paris' }, sample: { output_text: 'Paris', model: 'my-model' } }],
        },
      },
    });
    const done = await finished(evalObject.id, run.id);
    expect(done.status).toBe('completed');
    expect(done.model).toBe('my-model');
    expect(done.report_url).toBe(`${stack.api.url}/console/runs/${run.id}`);
    const usageModels = done.per_model_usage.map((u) => u.model_name).sort();
    expect(usageModels).toHaveLength(2); // the judge's model and the embeddings model
    expect(done.per_model_usage.every((u) => u.prompt_tokens > 0)).toBe(true);
    const [item] = (await client.evals.runs.outputItems.list(run.id, { eval_id: evalObject.id })).data;
    const judged = item!.results.find((r) => r.name === 'judge')!;
    expect(judged.sample).toMatchObject({
      input: [{ role: 'user', content: 'Is Paris right?' }],
      output: [{ role: 'assistant', content: expect.stringContaining('right') }],
      model: 'gpt-4o-mini',
    });
    expect(item!.results.find((r) => r.name === 'cosine')!.sample).toBeNull();
  });

  it('lists evals by updated_at when asked', async () => {
    const first = await client.evals.create({
      name: 'first',
      data_source_config: { type: 'custom', item_schema: { type: 'object' } },
      testing_criteria: [echoes],
    });
    const second = await client.evals.create({
      name: 'second',
      data_source_config: { type: 'custom', item_schema: { type: 'object' } },
      testing_criteria: [echoes],
    });
    // Seconds resolution: wait for the clock to move, then touch the older eval.
    const createdAt = second.created_at;
    await waitFor(
      async () => Math.floor(Date.now() / 1000),
      (now) => now > createdAt,
      { what: 'the next second' },
    );
    await client.evals.update(first.id, { name: 'first, renamed' });
    const ids = async (order_by: 'created_at' | 'updated_at') =>
      (await client.evals.list({ order: 'desc', order_by, limit: 100 })).data
        .map((e) => e.id)
        .filter((id) => id === first.id || id === second.id);
    expect(await ids('created_at')).toEqual([second.id, first.id]);
    expect(await ids('updated_at')).toEqual([first.id, second.id]);
  });

  it('fine_tuning.alpha.graders: validate checks a grader; run grades a sample with the pure-code graders', async () => {
    const grader = {
      type: 'string_check' as const,
      name: 'exact',
      operation: 'eq' as const,
      input: '{{sample.output_text}}',
      reference: '{{item.answer}}',
    };
    expect(await client.fineTuning.alpha.graders.validate({ grader })).toEqual({ grader });
    const invalid = await refusal(
      client.fineTuning.alpha.graders.validate({ grader: { ...grader, input: '{{ output }}' } }),
    );
    expect(invalid).toBeInstanceOf(OpenAI.BadRequestError);
    expect(invalid!.param).toBe('grader.input');
    const pass = await client.fineTuning.alpha.graders.run({
      grader,
      model_sample: 'Paris',
      item: { answer: 'Paris' },
    });
    expect(pass.reward).toBe(1);
    expect(pass.metadata).toMatchObject({ name: 'exact', type: 'string_check' });
    const fuzzy = await client.fineTuning.alpha.graders.run({
      grader: {
        type: 'text_similarity',
        name: 'fuzzy',
        evaluation_metric: 'fuzzy_match',
        input: '{{sample.output_text}}',
        reference: '{{item.answer}}',
      },
      model_sample: 'It is rome.',
      item: { answer: 'Rome' },
    });
    expect(fuzzy.reward).toBeCloseTo((2 * 3) / (11 + 4), 12);
    const model = await refusal(
      client.fineTuning.alpha.graders.run({
        grader: {
          type: 'score_model',
          name: 'judge',
          model: 'gpt-4o-mini',
          input: [{ role: 'user', content: 'Rate {{sample.output_text}}' }],
        },
        model_sample: 'Paris',
      }),
    );
    expect(model).toBeInstanceOf(OpenAI.BadRequestError);
    expect(model!.message).toMatch(/score_model grader needs a model.*eval runs/);
  });

  it('image and audio parts, and python image tags, are refused at create rather than dropped', async () => {
    const withPart = (part: Record<string, unknown>) =>
      refusal(
        client.evals.create({
          data_source_config: { type: 'custom', item_schema: { type: 'object' } },
          testing_criteria: [
            {
              type: 'score_model',
              name: 'looks',
              model: 'gpt-4o-mini',
              input: [{ role: 'user', content: [{ type: 'input_text', text: 'Rate' }, part] as never }],
            },
          ],
        }),
      );
    for (const part of [
      { type: 'input_image', image_url: 'https://example.com/cat.png' },
      { type: 'input_audio', input_audio: { data: 'AAAA', format: 'wav' } },
    ]) {
      const error = await withPart(part);
      expect(error, part.type).toBeInstanceOf(OpenAI.BadRequestError);
      expect(error!.message).toMatch(/only text parts/);
      expect(error!.param).toMatch(/^testing_criteria\.0\.input\.0\.content/);
    }
    const tagged = await refusal(
      client.evals.create({
        data_source_config: { type: 'custom', item_schema: { type: 'object' } },
        testing_criteria: [
          {
            type: 'python',
            name: 'py',
            source: 'def grade(sample, item):\n    return 1.0\n',
            image_tag: '2025-05-08',
          },
        ],
      }),
    );
    expect(tagged).toBeInstanceOf(OpenAI.BadRequestError);
    expect(tagged!.param).toBe('testing_criteria.0.image_tag');
  });

  it('sampling_params.tools reach the model; its tool calls are the sample output_tools the graders read', async () => {
    stack.fake.on({ prompt: 'Weather in Lima?' }, () => ({
      content: '',
      toolCall: { name: 'get_weather', arguments: '{"city":"Lima"}' },
    }));
    const weatherTool = {
      type: 'function' as const,
      function: {
        name: 'get_weather',
        parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      },
    };
    const evalObject = await client.evals.create({
      data_source_config: { type: 'custom', item_schema: { type: 'object' }, include_sample_schema: true },
      testing_criteria: [
        {
          type: 'string_check',
          name: 'calls the tool',
          operation: 'eq',
          input: '{{sample.output_tools[0].function.name}}',
          reference: 'get_weather',
        },
      ],
    });
    const run = await client.evals.runs.create(evalObject.id, {
      data_source: {
        type: 'completions',
        model: 'gpt-4o-mini',
        input_messages: { type: 'template', template: [{ role: 'user', content: '{{item.q}}' }] },
        sampling_params: { tools: [weatherTool] },
        source: { type: 'file_content', content: [{ item: { q: 'Weather in Lima?' } }] },
      },
    });
    const done = await finished(evalObject.id, run.id);
    expect(done.result_counts).toEqual({ total: 1, passed: 1, failed: 0, errored: 0 });
    const request = stack.fake.requests.find((r) => r.promptText.includes('Weather in Lima?'))!;
    expect((request.body as { tools?: unknown }).tools).toEqual([weatherTool]);
    const [item] = (await client.evals.runs.outputItems.list(run.id, { eval_id: evalObject.id })).data;
    expect(item!.sample.output[0]).toMatchObject({
      content: '',
      tool_calls: [{ type: 'function', function: { name: 'get_weather', arguments: '{"city":"Lima"}' } }],
    });
  });
});
