import { describe, expect, it } from 'vitest';

import { post } from '../../support/runKit.js';
import { call, cancel, judge, kit, runToCompletion, startRun, useSpecStack } from './specStack.js';

useSpecStack();

describe.concurrent('SPEC § Evaluators: what a judge or code evaluator scores', () => {
  it('a judge returns a score via a JSON-schema structured output { score, reasoning }, score in [0,1]', async () => {
    await post(kit.stack, '/v1/containers', { label: 'structured' });
    await post(
      kit.stack,
      '/v1/containers/structured/logs',
      [{ id: 's1', input: 'struct-q', output: 'struct-a' }],
      200,
    );
    await post(kit.stack, '/v1/evaluators', { ...judge('structured-judge'), container: 'structured' });
    const run = await runToCompletion({
      container: 'structured',
      evaluators: ['structured-judge'],
      sample: { type: 'container' },
    });
    const sent = kit.fake.requests.find((r) => r.promptText.includes('struct-q'))!;
    const format = (
      sent.body as { response_format?: { type: string; json_schema?: { schema: { properties: object } } } }
    ).response_format;
    expect(format?.type).toBe('json_schema');
    expect(Object.keys(format!.json_schema!.schema.properties)).toEqual(
      expect.arrayContaining(['score', 'reasoning']),
    );
    const [result] = (await call('GET', `/v1/evaluations/runs/${run.id}/results`)).body.data;
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it('an unparseable reply is retried, then recorded as an item error with the raw reply: unscored, never a silent zero', async () => {
    kit.fake.on({ prompt: 'garbled-q' }, 'I would rather not say.');
    await post(kit.stack, '/v1/containers', { label: 'garbled' });
    await post(
      kit.stack,
      '/v1/containers/garbled/logs',
      [{ id: 'g1', input: 'garbled-q', output: 'x' }],
      200,
    );
    await post(kit.stack, '/v1/evaluators', { ...judge('garbled-judge'), container: 'garbled' });
    const run = await runToCompletion({
      container: 'garbled',
      evaluators: ['garbled-judge'],
      sample: { type: 'container' },
    });
    expect(run.status).toBe('completed');
    expect(kit.fake.requests.filter((r) => r.promptText.includes('garbled-q')).length).toBeGreaterThan(1);
    const [result] = (await call('GET', `/v1/evaluations/runs/${run.id}/results?error=true`)).body.data;
    expect(result).toMatchObject({
      status: 'error',
      score: null,
      passed: null,
      raw_reply: 'I would rather not say.',
    });
    expect(result.error).toEqual(expect.any(String));
    expect(run.metrics.by_evaluator[0]).toMatchObject({
      scored: 0,
      errors: 1,
      mean: null,
      parse_failures: { items: 1 },
    });
  });

  it('an item that could not be scored (nothing to judge) is unscored: counted, never a zero', async () => {
    await post(kit.stack, '/v1/datasets', {
      name: 'silent',
      container: 'bot',
      items: [
        { id: 'silent-1', input: 'silent-q' },
        { id: 'silent-2', input: 'loud-q', output: 'x' },
      ],
    });
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'dataset', dataset: 'silent' },
      ground_truth: { type: 'dataset', dataset: 'silent' },
    });
    const results = (await call('GET', `/v1/evaluations/runs/${run.id}/results`)).body.data;
    const unscored = results.find((r: { input: string }) => r.input === 'silent-q');
    const scored = results.find((r: { input: string }) => r.input === 'loud-q');
    expect(unscored).toMatchObject({ status: 'unscored', score: null, input: 'silent-q' });
    const metrics = run.metrics.by_evaluator[0];
    expect(metrics).toMatchObject({ count: 2, scored: 1, unscored: 1 });
    expect(metrics.mean).toBe(scored.score);
  });

  it('versioned: a PATCH makes a new version, every result records its version, and a started run keeps its snapshot', async () => {
    await post(kit.stack, '/v1/containers', { label: 'versions' });
    await post(
      kit.stack,
      '/v1/containers/versions/logs',
      [{ id: 'v1', input: 'ver-q', output: 'ver-a' }],
      200,
    );
    const v1 = await post(kit.stack, '/v1/evaluators', {
      ...judge('versioned', { judge_prompt: 'first {{output}}' }),
      container: 'versions',
    });
    expect(v1.version).toBe(1);
    const queued = await startRun({
      container: 'versions',
      evaluators: ['versioned'],
      environment: 'idle',
      sample: { type: 'container' },
    });
    const v2 = (
      await call('PATCH', `/v1/evaluators/${v1.id}`, { body: { judge_prompt: 'second {{output}}' } })
    ).body;
    expect(v2.version).toBe(2);
    expect((await call('GET', `/v1/evaluators/${v1.id}/versions/1`)).body.judge_prompt).toBe(
      'first {{output}}',
    );
    expect((await call('GET', `/v1/evaluations/runs/${queued.id}`)).body.config.evaluators[0]).toMatchObject({
      version: 1,
      judge_prompt: 'first {{output}}',
    });
    await cancel(queued.id);
    const run = await runToCompletion({
      container: 'versions',
      evaluators: ['versioned'],
      sample: { type: 'container' },
    });
    const [result] = (await call('GET', `/v1/evaluations/runs/${run.id}/results`)).body.data;
    expect(result.evaluator_version).toBe(2);
  });

  it('a code evaluator returns a number, a bool or { score, passed?, reason? }, sandboxed: no network, no secrets', async () => {
    await post(kit.stack, '/v1/containers', { label: 'coded' });
    await post(
      kit.stack,
      '/v1/containers/coded/logs',
      [
        { id: 'c-num', input: 'num', output: 'x' },
        { id: 'c-bool', input: 'bool', output: 'x' },
        { id: 'c-dict', input: 'dict', output: 'x' },
        { id: 'c-env', input: 'env', output: 'x' },
        { id: 'c-net', input: 'net', output: 'x' },
      ],
      200,
    );
    const code = [
      'import os, socket',
      'def evaluate(sample, ground_truth):',
      '    kind = sample["input"]',
      '    if kind == "num": return 0.25',
      '    if kind == "bool": return True',
      '    if kind == "dict": return {"score": 0.5, "passed": False, "reason": "half"}',
      '    if kind == "env": return 1.0 if any("fake" in v or "sk" in v.lower() for v in os.environ.values()) else 0.0',
      '    try:',
      '        socket.create_connection(("127.0.0.1", 9), timeout=1); return 1.0',
      '    except OSError:',
      '        return 0.0',
      '',
    ].join('\n');
    await post(kit.stack, '/v1/evaluators', {
      container: 'coded',
      name: 'code-eval',
      type: 'code',
      code,
      threshold: 0.5,
    });
    const run = await runToCompletion({
      container: 'coded',
      evaluators: ['code-eval'],
      sample: { type: 'container' },
    });
    expect(run.status).toBe('completed');
    const results = (await call('GET', `/v1/evaluations/runs/${run.id}/results`)).body.data;
    const byInput = Object.fromEntries(results.map((r: { input: string }) => [r.input, r]));
    expect(byInput.num).toMatchObject({ score: 0.25, passed: false });
    expect(byInput.bool).toMatchObject({ score: 1, passed: true });
    expect(byInput.dict).toMatchObject({ score: 0.5, passed: false, reason: 'half' });
    expect(byInput.env).toMatchObject({ score: 0 });
    expect(byInput.net).toMatchObject({ score: 0 });
  });
});
