import { describe, expect, it } from 'vitest';

import { detailFields, expectError } from '../../support/apiChecks.js';
import { post } from '../../support/runKit.js';
import { call, cancel, judge, kit, request, runToCompletion, startRun, useSpecStack } from './specStack.js';

useSpecStack();

describe.concurrent('SPEC § Evaluators: their definition', () => {
  it('create, get by id or name, list by ?container=, patch, delete → { object: evaluator, id, deleted: true }', async () => {
    await post(kit.stack, '/v1/containers', { label: 'elsewhere' });
    const created = await post(
      kit.stack,
      '/v1/evaluators',
      judge('crud-judge', { description: 'd', metadata: { a: 'b' } }),
    );
    expect(created).toMatchObject({
      object: 'evaluator',
      type: 'judge',
      name: 'crud-judge',
      description: 'd',
      metadata: { a: 'b' },
    });
    expect((await call('GET', `/v1/evaluators/${created.id}`)).body).toEqual(created);
    expect((await call('GET', '/v1/evaluators/crud-judge')).body).toEqual(created);
    const mine = (await call('GET', '/v1/evaluators?container=bot&limit=100')).body.data.map(
      (e: { id: string }) => e.id,
    );
    expect(mine).toContain(created.id);
    expect((await call('GET', '/v1/evaluators?container=elsewhere')).body.total).toBe(0);
    expect(
      (await call('PATCH', '/v1/evaluators/crud-judge', { body: { description: 'e' } })).body.description,
    ).toBe('e');
    expect((await call('DELETE', `/v1/evaluators/${created.id}`)).body).toEqual({
      object: 'evaluator',
      id: created.id,
      deleted: true,
    });
  });

  it('container: id or label; the evaluator belongs to it', async () => {
    const containerId = (await call('GET', '/v1/containers/bot')).body.id;
    const byId = await post(kit.stack, '/v1/evaluators', { ...judge('by-id'), container: containerId });
    expect(byId.container_id).toBe(containerId);
    await expectError(
      request('POST', '/v1/evaluators', { body: { ...judge('x'), container: 'no-such' } }),
      404,
    );
  });

  it('type is judge or code and not patchable', async () => {
    await post(kit.stack, '/v1/evaluators', judge('fixed-type'));
    expect(
      detailFields(
        await expectError(request('POST', '/v1/evaluators', { body: judge('t', { type: 'regex' }) }), 422),
      ),
    ).toContain('type');
    const error = await expectError(
      request('PATCH', '/v1/evaluators/fixed-type', { body: { type: 'code' } }),
      422,
    );
    expect(detailFields(error)).toContain('type');
    expect((await call('GET', '/v1/evaluators/fixed-type')).body.type).toBe('judge');
  });

  it('judge_model and judge_prompt are required for a judge; the model slug resolves through the provider config', async () => {
    const { judge_model: _m, judge_prompt: _p, ...bare } = judge('incomplete');
    expect(detailFields(await expectError(request('POST', '/v1/evaluators', { body: bare }), 422))).toEqual([
      'judge_model',
      'judge_prompt',
    ]);
    const unknown = await expectError(
      request('POST', '/v1/evaluators', { body: judge('nowhere', { judge_model: 'nobody/model' }) }),
      422,
    );
    expect(detailFields(unknown)).toEqual(['judge_model']);
  });

  it('judge_prompt is a template over {{input}}, {{output}}, {{ground_truth}}, {{metadata.*}}; an unknown variable is a 422', async () => {
    const error = await expectError(
      request('POST', '/v1/evaluators', { body: judge('bad-var', { judge_prompt: 'X {{nonsense}}' }) }),
      422,
    );
    expect(detailFields(error)).toEqual(['judge_prompt']);
    await post(kit.stack, '/v1/containers', { label: 'templated' });
    await post(
      kit.stack,
      '/v1/containers/templated/logs',
      [{ id: 't1', input: 'in', output: 'out', metadata: { lang: 'fr' } }],
      200,
    );
    await post(kit.stack, '/v1/evaluators', { ...judge('templating'), container: 'templated' });
    const run = await runToCompletion({
      container: 'templated',
      evaluators: ['templating'],
      sample: { type: 'container' },
    });
    expect(run.status).toBe('completed');
    expect(kit.fake.requests.some((r) => r.promptText.includes('Q: in A: out R: out L: fr'))).toBe(true);
  });

  it('code is required for a code evaluator: Python defining evaluate(sample, ground_truth); requirements are pip requirement strings', async () => {
    expect(
      detailFields(
        await expectError(
          request('POST', '/v1/evaluators', { body: { container: 'bot', name: 'no-code', type: 'code' } }),
          422,
        ),
      ),
    ).toEqual(['code']);
    const badReq = await expectError(
      request('POST', '/v1/evaluators', {
        body: {
          container: 'bot',
          name: 'bad-req',
          type: 'code',
          code: 'def evaluate(sample, ground_truth):\n    return 1\n',
          requirements: ['not a requirement!!'],
        },
      }),
      422,
    );
    expect(detailFields(badReq)[0]).toMatch(/^requirements/);
  });

  it('threshold: an item passes when score >= threshold', async () => {
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    const results = (await call('GET', `/v1/evaluations/runs/${run.id}/results`)).body.data;
    expect(results.length).toBe(3);
    for (const result of results) expect(result.passed).toBe(result.score >= 0.5);
  });

  it('mode: pointwise by default; pairwise judges swap positions unless told not to', async () => {
    const modal = await post(kit.stack, '/v1/evaluators', judge('modal'));
    expect(modal).toMatchObject({ mode: 'pointwise', position_swap: null });
    const pairwise = { mode: 'pairwise', judge_prompt: '{{input}} A: {{output_a}} B: {{output_b}}' };
    expect(await post(kit.stack, '/v1/evaluators', judge('pairwise', pairwise))).toMatchObject({
      mode: 'pairwise',
      position_swap: true,
    });
    const once = await post(
      kit.stack,
      '/v1/evaluators',
      judge('once', { ...pairwise, position_swap: false }),
    );
    expect(once.position_swap).toBe(false);
    const swapped = await expectError(
      request('POST', '/v1/evaluators', { body: judge('swap', { position_swap: true }) }),
      422,
    );
    expect(detailFields(swapped)).toEqual(['position_swap']);
  });

  it('metadata: a string map, bounded (16 keys, 64-char keys, 512-char values)', async () => {
    const tooMany = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v']));
    for (const metadata of [tooMany, { ['k'.repeat(65)]: 'v' }, { k: 'v'.repeat(513) }, { k: 1 }]) {
      const error = await expectError(
        request('POST', '/v1/evaluators', { body: judge('meta', { metadata }) }),
        422,
      );
      expect(detailFields(error)[0]).toMatch(/^metadata/);
    }
    const atBounds = Object.fromEntries(
      Array.from({ length: 16 }, (_, i) => [`${i}`.padEnd(64, 'k'), 'v'.repeat(512)]),
    );
    expect((await post(kit.stack, '/v1/evaluators', judge('meta', { metadata: atBounds }))).metadata).toEqual(
      atBounds,
    );
  });

  it('name is unique per container (409) and usable wherever an evaluator id is', async () => {
    const mine = await post(kit.stack, '/v1/evaluators', judge('named'));
    await expectError(request('POST', '/v1/evaluators', { body: judge('named') }), 409);
    await post(kit.stack, '/v1/containers', { label: 'other-container' });
    expect(
      (await post(kit.stack, '/v1/evaluators', { ...judge('named'), container: 'other-container' })).name,
    ).toBe('named');
    const run = await startRun({
      container: 'bot',
      evaluators: ['named'],
      environment: 'idle',
      sample: { type: 'container' },
    });
    // The run's container picks which `named` is meant.
    expect(run.evaluator_ids).toEqual([mine.id]);
    await cancel(run.id);
  });

  it('api_type: chat_completions by default, or responses: which OpenAI API the judge calls', async () => {
    expect((await post(kit.stack, '/v1/evaluators', judge('chat-api'))).api_type).toBe('chat_completions');
    await post(kit.stack, '/v1/containers', { label: 'responses-api' });
    await post(
      kit.stack,
      '/v1/containers/responses-api/logs',
      [{ id: 'r1', input: 'resp-q', output: 'resp-a' }],
      200,
    );
    await post(kit.stack, '/v1/evaluators', {
      ...judge('resp-judge', { api_type: 'responses' }),
      container: 'responses-api',
    });
    const run = await runToCompletion({
      container: 'responses-api',
      evaluators: ['resp-judge'],
      sample: { type: 'container' },
    });
    expect(run.metrics.by_evaluator[0].scored).toBe(1);
    const calls = kit.fake.requests.filter((r) => r.promptText.includes('resp-q'));
    expect(calls.map((r) => r.endpoint)).toEqual(['responses']);
    await expectError(request('POST', '/v1/evaluators', { body: judge('x', { api_type: 'grpc' }) }), 422);
  });

  it('inference_params are validated and passed through to the model call', async () => {
    await expectError(
      request('POST', '/v1/evaluators', { body: judge('hot', { inference_params: { temperature: 'hot' } }) }),
      422,
    );
    await post(kit.stack, '/v1/containers', { label: 'params' });
    await post(
      kit.stack,
      '/v1/containers/params/logs',
      [{ id: 'p1', input: 'params-q', output: 'params-a' }],
      200,
    );
    await post(kit.stack, '/v1/evaluators', {
      ...judge('tuned', { inference_params: { temperature: 0.3, max_tokens: 77 } }),
      container: 'params',
    });
    await runToCompletion({ container: 'params', evaluators: ['tuned'], sample: { type: 'container' } });
    const sent = kit.fake.requests.find((r) => r.promptText.includes('params-q'))!.body as Record<
      string,
      unknown
    >;
    expect(sent.temperature).toBe(0.3);
    expect(sent.max_tokens ?? sent.max_completion_tokens).toBe(77);
  });
});
