import type OpenAI from 'openai';
import { toFile } from 'openai';
import { beforeAll, describe, expect, it } from 'vitest';
import { copiesOf } from '../../support/leftovers.js';
import { useTestStack } from '../../support/testStack.js';
import { capitals, criteria, finished as finishedRun, sdks } from './nodeSdkFixtures.js';

/**
 * The official Node SDK, unchanged but for baseURL and key, against the real stack
 * (API, Temporal worker, MongoDB). Models are the fake OpenAI server standing in for
 * the built-in `openai` provider, so bare model names work as they do on OpenAI.
 * Evals and their runs over given items and uploaded files here; generating, stored
 * completions, refusals and cancelling in nodeSdkRuns.test.ts.
 */
const stack = useTestStack({ worker: true, fakeLlm: { as: 'openai' }, env: { ASSAY_RUN_BATCH_SIZE: '2' } });

describe.each(sdks)('the OpenAI Node SDK, $version, against Assay', ({ SDK }) => {
  let client: OpenAI;
  beforeAll(() => {
    client = new SDK({ baseURL: `${stack.api.url}/v1`, apiKey: stack.adminKey, maxRetries: 0 });
  });
  const finished = (evalId: string, runId: string) => finishedRun(client, evalId, runId);

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
});
