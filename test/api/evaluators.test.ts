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

const judge = {
  type: 'judge',
  container: 'support',
  name: 'helpfulness',
  judge_model: 'openai/gpt-4o-mini',
  judge_prompt:
    'Question: {{input}}\nAnswer: {{output}}\nReference: {{ground_truth}}\nLanguage: {{metadata.lang}}',
  threshold: 0.7,
  inference_params: { temperature: 0, response_format: { type: 'json_object' } },
};
const code = {
  type: 'code',
  container: 'support',
  name: 'exact-match',
  code: 'def evaluate(sample, ground_truth):\n    return sample["output"] == ground_truth["output"]\n',
  requirements: ['rapidfuzz==3.9.6'],
};

describe('evaluators', () => {
  let supportId: string;
  const post = (body: object) => stack.request('POST', '/v1/evaluators', { body });

  const stack = useTestStack({ env: { ASSAY_MAX_BODY_BYTES: '65536' } });
  beforeAll(async () => {
    supportId = (await stack.call('POST', '/v1/containers', { body: { label: 'support' } })).body.id;
    await stack.call('POST', '/v1/containers', { body: { label: 'sales' } });
  });

  it('creates a judge and a code evaluator with their defaults', async () => {
    const created = await stack.call('POST', '/v1/evaluators', { body: judge });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      object: 'evaluator',
      version: 1,
      type: 'judge',
      container_id: supportId,
      name: 'helpfulness',
      description: null,
      code: null,
      requirements: [],
      threshold: 0.7,
      mode: 'pointwise',
      api_type: 'chat_completions',
      metadata: {},
      inference_params: { temperature: 0, response_format: { type: 'json_object' } },
    });
    expect(created.body.id).toMatch(/^evl_/);
    const codeEvaluator = await stack.call('POST', '/v1/evaluators', { body: code });
    expect(codeEvaluator.status).toBe(201);
    expect(codeEvaluator.body).toMatchObject({
      type: 'code',
      judge_model: null,
      requirements: ['rapidfuzz==3.9.6'],
    });
  });

  it('gets by id or name and lists with ?container=, total and cursors', async () => {
    const byName = await stack.call('GET', '/v1/evaluators/helpfulness');
    expect(byName.status).toBe(200);
    expect((await stack.call('GET', `/v1/evaluators/${byName.body.id}`)).body).toEqual(byName.body);
    const all = await stack.call('GET', '/v1/evaluators?limit=1');
    expect(all.body).toMatchObject({ object: 'list', total: 2, has_more: true });
    expect(all.body.data[0].name).toBe('exact-match');
    const next = await stack.call('GET', `/v1/evaluators?limit=1&after=${all.body.last_id}`);
    expect(next.body.data[0].name).toBe('helpfulness');
    expect(next.body.has_more).toBe(false);
    expect((await stack.call('GET', `/v1/evaluators?container=${supportId}`)).body.total).toBe(2);
    expect((await stack.call('GET', '/v1/evaluators?container=sales')).body.total).toBe(0);
    await expectError(stack.request('GET', '/v1/evaluators?container=nope'), 404, 'container_not_found');
    await expectError(stack.request('GET', '/v1/evaluators?colour=red'), 422);
  });

  it('keeps names unique per container (409) and resolves a shared name by container', async () => {
    await expectError(post(judge), 409, 'name_taken');
    const inSales = await stack.call('POST', '/v1/evaluators', { body: { ...judge, container: 'sales' } });
    expect(inSales.status).toBe(201);
    await expectError(stack.request('GET', '/v1/evaluators/helpfulness'), 400, 'ambiguous_evaluator_name');
    expect((await stack.call('GET', '/v1/evaluators/helpfulness?container=sales')).body.id).toBe(
      inSales.body.id,
    );
    const project = await bootstrapProject(stack);
    // How the run engine names evaluators: the run's container first, then container-less ones.
    expect((await project.evaluators.require('helpfulness', supportId)).container_id).toBe(supportId);
    const global = await stack.call('POST', '/v1/evaluators', {
      body: { ...judge, container: undefined, name: 'global-judge' },
    });
    expect(global.body.container_id).toBeNull();
    expect((await project.evaluators.require('global-judge', supportId)).id).toBe(global.body.id);
    await expect(project.evaluators.require('nope', supportId)).rejects.toMatchObject({ status: 404 });
    await stack.request('DELETE', `/v1/evaluators/${inSales.body.id}`);
  });

  it('answers 422 for the type rules, naming each field', async () => {
    const cases: [object, string[]][] = [
      [{ type: 'judge', name: 'j1' }, ['judge_model', 'judge_prompt']],
      [{ ...judge, name: 'j2', code: 'x = 1', requirements: ['numpy'] }, ['code', 'requirements']],
      [{ type: 'code', name: 'c1' }, ['code']],
      [
        {
          ...code,
          name: 'c2',
          judge_model: 'openai/gpt-4o-mini',
          api_type: 'responses',
          inference_params: {},
        },
        ['api_type', 'inference_params', 'judge_model'],
      ],
    ];
    for (const [body, fields] of cases) {
      const error = await expectError(post(body), 422, 'validation_failed');
      expect(detailFields(error), JSON.stringify(body)).toEqual(fields);
    }
  });

  it('answers 422 for schema violations, unknown fields and bad inference params', async () => {
    const error = await expectError(
      post({
        ...judge,
        name: 'bad name',
        colour: 'red',
        threshold: 'high',
        requirements: ['--index-url=http://evil'],
        inference_params: { temperature: 5, logit_bias: {} },
        metadata: { k: 'v'.repeat(513) },
      }),
      422,
    );
    expect(detailFields(error)).toEqual([
      'colour',
      'inference_params.logit_bias',
      'inference_params.temperature',
      'metadata.k',
      'name',
      // A code field on a judge: the type rules answer beside the schema's own problems.
      'requirements',
      'requirements.0',
      'threshold',
    ]);
    const { judge_prompt: _prompt, ...withoutPrompt } = judge;
    const both = await expectError(post({ ...withoutPrompt, threshold: 'high' }), 422);
    expect(detailFields(both)).toEqual(['judge_prompt', 'threshold']);
    expect(both.details.find((d: { field: string }) => d.field === 'judge_prompt').message).toBe(
      'required for a judge evaluator',
    );
    await expectError(post({ ...judge, type: 'regex' }), 422);
  });

  it('answers 422 with line and column for unknown template variables and Python syntax errors', async () => {
    const prompt = await expectError(
      post({ ...judge, name: 'j3', judge_prompt: 'Rate this.\nAnswer: {{answer}}' }),
      422,
    );
    expect(prompt.details).toEqual([expect.objectContaining({ field: 'judge_prompt', line: 2, column: 9 })]);
    const syntax = await expectError(
      post({ ...code, name: 'c3', code: 'def evaluate(sample, ground_truth)\n    return 1\n' }),
      422,
    );
    expect(syntax.details).toEqual([expect.objectContaining({ field: 'code', line: 1 })]);
    expect(syntax.details[0].column).toBeGreaterThan(1);
    const noEvaluate = await expectError(post({ ...code, name: 'c4', code: 'x = 1\n' }), 422);
    expect(detailFields(noEvaluate)).toEqual(['code']);
  });

  it('answers 422 for a judge model no provider serves, and for a mode the evaluator cannot take', async () => {
    for (const model of ['nope/model', 'gpt-4o-mini']) {
      const error = await expectError(post({ ...judge, name: 'j4', judge_model: model }), 422);
      expect(detailFields(error)).toEqual(['judge_model']);
    }
    // A pairwise judge must be shown two outputs; a code evaluator scores one at a time.
    const pairwise = await expectError(post({ ...judge, name: 'j5', mode: 'pairwise' }), 422);
    expect(detailFields(pairwise)).toContain('judge_prompt');
    const listwiseCode = await expectError(post({ ...code, name: 'j5c', mode: 'listwise' }), 422);
    expect(detailFields(listwiseCode)).toEqual(['mode']);
    await expectError(post({ ...judge, name: 'j6', mode: 'sideways' }), 422);
  });

  it('answers 404 for an unknown container, 400 for malformed JSON and 413 for an oversize body', async () => {
    await expectError(post({ ...judge, name: 'j7', container: 'nope' }), 404, 'container_not_found');
    await expectBodyLimits(stack, 'POST', '/v1/evaluators');
    await expectBodyLimits(stack, 'PATCH', '/v1/evaluators/helpfulness?container=support');
  });

  describe('patching', () => {
    let id: string;
    beforeAll(async () => {
      id = (await stack.call('POST', '/v1/evaluators', { body: { ...judge, name: 'versioned' } })).body.id;
    });

    it('makes a new version and keeps the previous ones retrievable', async () => {
      const patched = await stack.call('PATCH', `/v1/evaluators/${id}`, {
        body: { judge_prompt: 'Is {{output}} polite?', threshold: null, description: 'v2' },
      });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({
        version: 2,
        judge_prompt: 'Is {{output}} polite?',
        threshold: null,
        description: 'v2',
        judge_model: 'openai/gpt-4o-mini',
      });
      const v1 = await stack.call('GET', `/v1/evaluators/${id}/versions/1`);
      expect(v1.body).toMatchObject({ version: 1, judge_prompt: judge.judge_prompt, threshold: 0.7 });
      expect((await stack.call('GET', `/v1/evaluators/${id}/versions/2`)).body).toEqual(patched.body);
      await expectError(stack.request('GET', `/v1/evaluators/${id}/versions/3`), 404);
      const project = await bootstrapProject(stack);
      const stored = await stack.mongo.db
        .collection<{ _id: string }>('evaluator_versions')
        .findOne({ _id: `${project.projectId}/${id}/v1` });
      expect(stored).not.toBeNull();
    });

    it('refuses `type` and fields of the other type (422), and bad values as on create', async () => {
      expect(
        detailFields(
          await expectError(stack.request('PATCH', `/v1/evaluators/${id}`, { body: { type: 'code' } }), 422),
        ),
      ).toEqual(['type']);
      expect(
        detailFields(
          await expectError(stack.request('PATCH', `/v1/evaluators/${id}`, { body: { code: 'x' } }), 422),
        ),
      ).toEqual(['code']);
      const prompt = await expectError(
        stack.request('PATCH', `/v1/evaluators/${id}`, { body: { judge_prompt: '{{nope}}' } }),
        422,
      );
      expect(prompt.details[0]).toMatchObject({ field: 'judge_prompt', line: 1, column: 1 });
      await expectError(
        stack.request('PATCH', `/v1/evaluators/${id}`, { body: { judge_model: 'x/y' } }),
        422,
      );
      // A new mode checks the prompt again: this one shows no {{outputs}} to rank.
      const listwise = await expectError(
        stack.request('PATCH', `/v1/evaluators/${id}`, { body: { mode: 'listwise' } }),
        422,
      );
      expect(detailFields(listwise)).toContain('judge_prompt');
      expect((await stack.call('GET', `/v1/evaluators/${id}`)).body.version).toBe(2);
    });

    it('moves between containers, with 409 for a taken name and 404 for an unknown container', async () => {
      await expectError(
        stack.request('PATCH', `/v1/evaluators/${id}`, { body: { name: 'helpfulness' } }),
        409,
      );
      await expectError(stack.request('PATCH', `/v1/evaluators/${id}`, { body: { container: 'nope' } }), 404);
      const moved = await stack.call('PATCH', `/v1/evaluators/${id}`, { body: { container: 'sales' } });
      expect(moved.body).toMatchObject({ version: 3, container_id: expect.stringMatching(/^ctr_/) });
      expect(moved.body.container_id).not.toBe(supportId);
    });
  });

  it('deletes an evaluator, but not while a live run uses it (409)', async () => {
    const { body } = await stack.call('POST', '/v1/evaluators', { body: { ...code, name: 'doomed' } });
    const runId = await insertLiveRun(stack, { evaluator_ids: ['evl_other', body.id] }, 'queued');
    await expectError(stack.request('DELETE', `/v1/evaluators/${body.id}`), 409, 'evaluator_in_use');
    await finishRun(stack, runId);
    const deleted = await stack.call('DELETE', '/v1/evaluators/doomed?container=support');
    expect(deleted.body).toEqual({ object: 'evaluator', id: body.id, deleted: true });
    await expectError(stack.request('GET', `/v1/evaluators/${body.id}`), 404, 'evaluator_not_found');
    await expectError(stack.request('DELETE', `/v1/evaluators/${body.id}`), 404);
    // Results of past runs still name the version that produced them.
    expect(await (await bootstrapProject(stack)).evaluators.getVersion(body.id, 1)).toMatchObject({
      name: 'doomed',
    });
  });

  it("answers 404 for another project's evaluators and 403 to a read-only key writing", async () => {
    const { body } = await stack.call('GET', '/v1/evaluators/exact-match');
    const other = await otherProjectKey(stack, 'evaluators-other');
    for (const [method, path] of [
      ['GET', `/v1/evaluators/${body.id}`],
      ['GET', `/v1/evaluators/${body.id}/versions/1`],
      ['DELETE', `/v1/evaluators/${body.id}`],
    ] as const) {
      await expectError(stack.request(method, path, { key: other }), 404, 'evaluator_not_found');
    }
    await expectError(
      stack.request('PATCH', `/v1/evaluators/${body.id}`, { key: other, body: { description: 'x' } }),
      404,
    );
    await expectError(
      stack.request('POST', '/v1/evaluators', { key: other, body: judge }),
      404,
      'container_not_found',
    );
    expect((await stack.call('GET', '/v1/evaluators', { key: other })).body.total).toBe(0);
    const reader = await keyWithScopes(stack, ['read']);
    await expectError(stack.request('POST', '/v1/evaluators', { key: reader, body: judge }), 403);
    await expectError(
      stack.request('PATCH', `/v1/evaluators/${body.id}`, { key: reader, body: { description: 'x' } }),
      403,
    );
    await expectError(stack.request('DELETE', `/v1/evaluators/${body.id}`, { key: reader }), 403);
    expect((await stack.request('GET', `/v1/evaluators/${body.id}`, { key: reader })).status).toBe(200);
  });
});
