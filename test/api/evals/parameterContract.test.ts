import OpenAI, { toFile } from 'openai';
import { beforeAll, describe, expect, it } from 'vitest';
import { echoes, evalsClient, finishedRun, refusal } from '../../support/evalsSdk.js';
import { useTestStack } from '../../support/testStack.js';

/**
 * One contract per parameter: what an eval run's create call accepts, the run executes (each
 * acceptance here has a run that scores), and what it cannot execute is a 400 naming the field.
 * The official Node SDK against the real stack; models are the fake OpenAI server.
 */
const stack = useTestStack({ worker: true, fakeLlm: { as: 'openai' } });
let client: OpenAI;

beforeAll(() => {
  client = evalsClient(stack);
});

const finished = (evalId: string, runId: string) => finishedRun(client, evalId, runId);

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

  const parameters = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };
  /** Each API's function tool and what a grader reads of its call (chat nests the function; Responses is flat). */
  const toolApis = [
    {
      api: 'completions' as const,
      endpoint: 'chat',
      city: 'Lima',
      tool: { type: 'function', function: { name: 'get_weather', parameters } },
      nameAt: '{{sample.output_tools[0].function.name}}',
      call: { type: 'function', function: { name: 'get_weather', arguments: '{"city":"Lima"}' } },
    },
    {
      api: 'responses' as const,
      endpoint: 'responses',
      city: 'Quito',
      tool: { type: 'function', name: 'get_weather', parameters, strict: true },
      nameAt: '{{sample.output_tools[0].name}}',
      call: { type: 'function_call', name: 'get_weather', arguments: '{"city":"Quito"}' },
    },
  ];

  it.each(toolApis)(
    '$api: sampling_params.tools reach the model; its tool calls are the sample output_tools the graders read',
    async ({ api, endpoint, city, tool, nameAt, call }) => {
      const question = `Weather in ${city}?`;
      stack.fake.on({ prompt: question }, () => ({
        content: '',
        toolCall: { name: 'get_weather', arguments: `{"city":"${city}"}` },
      }));
      const evalObject = await client.evals.create({
        data_source_config: { type: 'custom', item_schema: { type: 'object' }, include_sample_schema: true },
        testing_criteria: [
          {
            type: 'string_check',
            name: 'calls the tool',
            operation: 'eq',
            input: nameAt,
            reference: 'get_weather',
          },
        ],
      });
      const run = await client.evals.runs.create(evalObject.id, {
        data_source: {
          type: api,
          model: 'gpt-4o-mini',
          input_messages: { type: 'template', template: [{ role: 'user', content: '{{item.q}}' }] },
          sampling_params: { tools: [tool] },
          source: { type: 'file_content', content: [{ item: { q: question } }] },
        },
      } as Parameters<typeof client.evals.runs.create>[1]);
      const done = await finished(evalObject.id, run.id);
      expect(done.result_counts).toEqual({ total: 1, passed: 1, failed: 0, errored: 0 });
      const request = stack.fake.requests.find((r) => r.promptText.includes(question))!;
      expect(request.endpoint).toBe(endpoint);
      expect((request.body as { tools?: unknown }).tools).toEqual([tool]);
      const [item] = (await client.evals.runs.outputItems.list(run.id, { eval_id: evalObject.id })).data;
      expect(item!.sample.output[0]).toMatchObject({ tool_calls: [call] });
    },
  );
});
