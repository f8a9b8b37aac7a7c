import OpenAI from 'openai';
import { beforeAll, describe, expect, it } from 'vitest';
import { echoes, evalsClient, finishedRun, refusal } from '../../support/evalsSdk.js';
import { useTestStack } from '../../support/testStack.js';
import { waitFor } from '../../support/waitFor.js';

/**
 * What the Evals API returns beyond the scores (graders' samples, run model, usage, report
 * URL, list order) and OpenAI's `fine_tuning.alpha.graders` routes, through the official
 * Node SDK against the real stack; models are the fake OpenAI server.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const stack = useTestStack({ worker: true, fakeLlm: { as: 'openai' } });
let client: OpenAI;

beforeAll(() => {
  client = evalsClient(stack);
});

const finished = (evalId: string, runId: string) => finishedRun(client, evalId, runId);

describe('Evals API outputs and the graders routes', () => {
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
        {
          type: 'multi',
          name: 'both',
          graders: {
            judge: {
              type: 'label_model',
              name: 'judge',
              model: 'gpt-4o-mini',
              input: [{ role: 'user', content: 'Is {{sample.output_text}} right, really?' }],
              labels: ['right', 'wrong'],
              passing_labels: ['right'],
            },
          },
          calculate_output: 'judge',
        } as Json,
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
    // A multi grader's sample is its model sub-grader's.
    expect(item!.results.find((r) => r.name === 'both')!.sample).toMatchObject({
      input: [{ role: 'user', content: 'Is Paris right, really?' }],
      model: 'gpt-4o-mini',
    });
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
  });

  it('fine_tuning.alpha.graders.run grades with model, python, cosine and multi graders on a worker', async () => {
    const judge = {
      type: 'score_model' as const,
      name: 'judge',
      model: 'gpt-4o-mini',
      input: [{ role: 'user' as const, content: 'Rate {{sample.output_text}} against {{item.answer}}' }],
    };
    const model = await client.fineTuning.alpha.graders.run({
      grader: judge,
      model_sample: 'Paris',
      item: { answer: 'Paris' },
    });
    expect(model.reward).toBeGreaterThanOrEqual(0);
    expect(model.reward).toBeLessThanOrEqual(1);
    const usage = model.model_grader_token_usage_per_model as Json;
    expect(usage['gpt-4o-mini'].prompt_tokens).toBeGreaterThan(0);
    expect(model.metadata.token_usage).toBe(usage['gpt-4o-mini'].total_tokens);
    expect((model.metadata as Json).sample).toMatchObject({
      input: [{ role: 'user', content: 'Rate Paris against Paris' }],
      model: 'gpt-4o-mini',
    });

    // Python graders import the scientific set OpenAI's grader image had (ASSAY_PYTHON_GRADER_REQUIREMENTS).
    const python = await client.fineTuning.alpha.graders.run({
      grader: {
        type: 'python',
        name: 'fuzzy',
        source: [
          'import importlib',
          'import numpy as np',
          'from rapidfuzz import fuzz',
          'MODULES = "numpy scipy pandas sympy sklearn rapidfuzz nltk jsonschema pydantic yaml deepdiff sqlparse"',
          'for name in MODULES.split():',
          '    importlib.import_module(name)',
          'def grade(sample, item):',
          '    return float(np.float64(fuzz.ratio(sample["output_text"], item["answer"])) / 100)',
        ].join('\n'),
      },
      model_sample: 'Rome',
      item: { answer: 'Rome, Italy' },
    });
    expect(python.reward).toBeCloseTo((2 * 4) / (4 + 11), 12);

    const cosine = await client.fineTuning.alpha.graders.run({
      grader: {
        type: 'text_similarity',
        name: 'cosine',
        evaluation_metric: 'cosine',
        input: '{{sample.output_text}}',
        reference: '{{item.answer}}',
      },
      model_sample: 'Paris',
      item: { answer: 'Paris' },
    });
    expect(cosine.reward).toBeCloseTo(1, 9); // the same text embeds the same
    expect(cosine.metadata.token_usage).toBeGreaterThan(0);

    const multi = await client.fineTuning.alpha.graders.run({
      grader: {
        type: 'multi',
        name: 'both',
        // The SDK types `graders` as one grader; OpenAI's API reference (and Assay) take them by name.
        graders: {
          judge,
          exact: {
            type: 'string_check',
            name: 'exact',
            operation: 'eq',
            input: '{{sample.output_text}}',
            reference: '{{item.answer}}',
          },
        },
        calculate_output: '(judge + exact) / 2',
      } as Json,
      model_sample: 'Paris',
      item: { answer: 'Paris' },
    });
    expect(multi.sub_rewards).toEqual({ judge: model.reward, exact: 1 });
    expect(multi.reward).toBeCloseTo((model.reward + 1) / 2, 12);
    expect((multi.metadata as Json).sample).toMatchObject({ model: 'gpt-4o-mini' });

    // A grader whose code fails is the caller's 400, naming the grader.
    const failing = await refusal(
      client.fineTuning.alpha.graders.run({
        grader: {
          type: 'python',
          name: 'boom',
          source: 'def grade(sample, item):\n    raise ValueError("no")\n',
        },
        model_sample: 'x',
      }),
    );
    expect(failing).toBeInstanceOf(OpenAI.BadRequestError);
    expect(failing!.message).toMatch(/grader: python grader:[\s\S]*ValueError: no/);
  });

  it('deletes an eval right after canceling its run, while the run finishes its items in flight', async () => {
    const evalObject = await client.evals.create({
      data_source_config: { type: 'custom', item_schema: { type: 'object' }, include_sample_schema: true },
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
    // Slow answers: the run is still finishing its first items when the delete comes.
    stack.fake.setLatency(1500);
    try {
      const run = await client.evals.runs.create(evalObject.id, {
        data_source: {
          type: 'completions',
          model: 'gpt-4o-mini',
          input_messages: { type: 'template', template: [{ role: 'user', content: '{{item.q}}' }] },
          source: {
            type: 'file_content',
            content: Array.from({ length: 20 }, (_, i) => ({ item: { q: `slow ${i}`, answer: 'x' } })),
          },
        },
      });
      await waitFor(
        () => Promise.resolve(stack.fake.requests.some((r) => r.promptText.startsWith('slow '))),
        (asked) => asked,
        { what: 'the run asking the model' },
      );
      const canceled = await client.evals.runs.cancel(run.id, { eval_id: evalObject.id });
      expect(canceled.status).toBe('canceled');
      // No 409: the SDK was told the run was canceled.
      expect(await client.evals.delete(evalObject.id)).toMatchObject({ deleted: true });
    } finally {
      stack.fake.setLatency(0);
    }
  });
});
