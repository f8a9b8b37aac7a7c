import { describe, expect, it } from 'vitest';
import { waitFor } from '../../support/waitFor.js';
import { detailFields, expectError } from '../../support/apiChecks.js';
import {
  countResults,
  expectedMetrics,
  expectMetricsMatch,
  judgePrompt,
  post,
  promptFor,
  waitForRun,
} from '../../support/runKit.js';
import { call, cancel, kit, request, runToCompletion, startRun, useSpecStack } from './specStack.js';

useSpecStack();

describe.concurrent('SPEC § Evaluation runs', () => {
  it('POST creates a run; GET lists with ?container= and ?status=; GET one', async () => {
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
    });
    const listed = (await call('GET', '/v1/evaluations/runs?container=bot&status=completed&limit=100')).body;
    expect(listed.data.map((r: { id: string }) => r.id)).toContain(run.id);
    expect(listed.data.every((r: { status: string }) => r.status === 'completed')).toBe(true);
    expect((await call('GET', '/v1/evaluations/runs?container=unique-one')).body.total).toBe(0);
    expect((await call('GET', `/v1/evaluations/runs/${run.id}`)).body.id).toBe(run.id);
  });

  it('the response object carries every field of evaluation.run', async () => {
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'dataset', dataset: 'refs' },
      metadata: { ticket: 'T-1' },
    });
    const datasetId = (await call('GET', '/v1/datasets/refs')).body.id;
    expect(run).toMatchObject({
      object: 'evaluation.run',
      process_id: run.id,
      status: 'completed',
      evaluator_ids: [expect.stringMatching(/^evl_/)],
      container_id: expect.stringMatching(/^ctr_/),
      dataset_id: datasetId,
      sample: { type: 'dataset', dataset_id: datasetId, item_count: 3 },
      ground_truth: { type: 'container' },
      metadata: { ticket: 'T-1' },
      environment: 'main',
      progress: { total: 3, done: 3, failed: 0 },
      error: null,
    });
    expect(run.results.url).toContain(`/v1/evaluations/runs/${run.id}/results`);
    const metrics = run.metrics.by_evaluator[0];
    for (const field of [
      'count',
      'scored',
      'errors',
      'mean',
      'stdev',
      'pass_rate',
      'mean_ci95',
      'pass_rate_ci95',
      'latency_ms',
      'tokens',
    ]) {
      expect(metrics, field).toHaveProperty(field);
    }
    expect(run.config.evaluators[0]).toMatchObject({
      name: 'quality',
      judge_prompt: judgePrompt,
      version: 1,
    });
    expect(run.estimated_spend.actual_usd).toBeGreaterThan(0);
    expect(run.started_at).toBeGreaterThanOrEqual(run.created_at);
    expect(run.completed_at).toBeGreaterThanOrEqual(run.started_at);
  });

  it('cancel, pause and resume', async () => {
    // The judge's calls wait at a gate the test opens and closes.
    let open = false;
    const held: (() => void)[] = [];
    const verdict = { content: '{"score": 1, "reasoning": "ok"}' };
    kit.fake.on({ prompt: 'slow-q' }, () =>
      open ? verdict : new Promise((resolve) => held.push(() => resolve(verdict))),
    );
    const setGate = (opened: boolean) => {
      open = opened;
      if (opened) while (held.length) held.shift()!();
    };
    await post(kit.stack, '/v1/containers', { label: 'controlled' });
    const items = Array.from({ length: 12 }, (_, i) => ({
      id: `slow-${i}`,
      input: `slow-q ${i}`,
      output: 'x',
    }));
    await post(kit.stack, '/v1/containers/controlled/logs', items, 200);
    await post(kit.stack, '/v1/evaluators', {
      container: 'controlled',
      name: 'slow',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: judgePrompt,
    });
    const run = await startRun({
      container: 'controlled',
      evaluators: ['slow'],
      sample: { type: 'container' },
    });
    await waitFor(
      async () => held.length,
      (n) => n > 0,
      { what: 'a judge call in flight' },
    );
    expect((await post(kit.stack, `/v1/evaluations/runs/${run.id}/pause`, {}, 202)).id).toBe(run.id);
    setGate(true);
    const paused = await waitForRun(kit.stack, run.id, (r) => r.status === 'paused');
    // The window (4 batches of 2) finished; the other 2 batches never started.
    expect(paused.progress.done).toBeLessThanOrEqual(8);
    setGate(false);
    await post(kit.stack, `/v1/evaluations/runs/${run.id}/resume`, {}, 202);
    await waitFor(
      async () => held.length,
      (n) => n > 0,
      { what: 'the resumed run calling again' },
    );
    await cancel(run.id);
    setGate(true);
    const cancelled = await waitForRun(kit.stack, run.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.completed_at).toBeGreaterThan(0);
  });

  it('results are paginated and filterable by evaluator, model, passed and error', async () => {
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality', 'strict'],
      sample: { type: 'generate', models: ['fake/model-a', 'fake/model-b'] },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    const base = `/v1/evaluations/runs/${run.id}/results`;
    const all = (await call('GET', `${base}?limit=100`)).body;
    expect(all.total).toBe(2 * 2 * 3);
    const page = (await call('GET', `${base}?limit=5`)).body;
    expect(page).toMatchObject({ has_more: true, total: 12 });
    const rest = (await call('GET', `${base}?limit=100&after=${page.last_id}`)).body;
    expect(rest.data).toHaveLength(7);
    const strictId = (await call('GET', '/v1/evaluators/strict')).body.id;
    expect(
      (await call('GET', `${base}?evaluator=strict`)).body.data.every(
        (r: { evaluator_id: string }) => r.evaluator_id === strictId,
      ),
    ).toBe(true);
    expect((await call('GET', `${base}?evaluator=strict`)).body.total).toBe(6);
    expect((await call('GET', `${base}?model=fake/model-a`)).body.total).toBe(6);
    const passed = all.data.filter((r: { passed: boolean }) => r.passed).length;
    expect((await call('GET', `${base}?passed=true`)).body.total).toBe(passed);
    expect((await call('GET', `${base}?passed=false`)).body.total).toBe(12 - passed);
    expect((await call('GET', `${base}?error=true`)).body.total).toBe(0);
  });

  it('data source dataset { type, dataset, limit? } and container { type, container?, since?, until?, limit?, filter? }', async () => {
    const limited = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'dataset', dataset: 'refs', limit: 2 },
      ground_truth: { type: 'container', container: 'bot', filter: { metadata: {} } },
    });
    expect(limited.status).toBe('completed');
    expect(limited.sample.item_count).toBe(2);
    await post(kit.stack, '/v1/containers', { label: 'windowed' });
    const at = (id: string, created_at: number) => ({ id, input: id, output: id, created_at });
    await post(
      kit.stack,
      '/v1/containers/windowed/logs',
      [at('w1', 1_000), at('w2', 2_000), at('w3', 3_000)],
      200,
    );
    const windowed = await runToCompletion({
      container: 'windowed',
      evaluators: [(await call('GET', '/v1/evaluators/quality')).body.id],
      sample: { type: 'container', since: 1500, until: 2500 },
    });
    expect(windowed.sample.item_count).toBe(1);
  });

  it('data source generate { type, models, prompt?/messages?, inference_params? }: completions from the other side, one set per model', async () => {
    const models = ['fake/model-a', 'fake/model-b'];
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'generate', models, inference_params: { temperature: 0 } },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    expect(run.metrics.by_evaluator.map((m: { model: string }) => m.model).sort()).toEqual(models);
    for (const metrics of run.metrics.by_evaluator) expect(metrics.scored).toBe(3);
    for (const model of models) {
      const rows = (await call('GET', `/v1/evaluations/runs/${run.id}/results?model=${model}`)).body.data;
      expect(rows).toHaveLength(3);
      for (const row of rows) expect(row.output).toBe(`echo(${model.split('/')[1]}): ${row.input}`);
    }
  });

  it('on ground_truth a generate source has exactly one model (422)', async () => {
    const error = await expectError(
      request('POST', '/v1/evaluations/runs', {
        body: {
          container: 'bot',
          evaluators: ['quality'],
          sample: { type: 'container' },
          ground_truth: { type: 'generate', models: ['fake/model-a', 'fake/model-b'] },
        },
      }),
      422,
    );
    expect(detailFields(error)).toContain('ground_truth.models');
  });

  it('at least one of sample/ground_truth must be given (422)', async () => {
    const error = await expectError(
      request('POST', '/v1/evaluations/runs', { body: { container: 'bot', evaluators: ['quality'] } }),
      422,
    );
    expect(detailFields(error)).toEqual(['sample']);
  });

  it('at least one resolved side must not be generate (400)', async () => {
    // ground_truth omitted resolves to the container's logs, so one generate side alone is fine.
    const ok = await startRun({
      container: 'bot',
      evaluators: ['quality'],
      environment: 'idle',
      sample: { type: 'generate', models: ['fake/model-a'] },
    });
    await cancel(ok.id);
    await expectError(
      request('POST', '/v1/evaluations/runs', {
        body: {
          container: 'bot',
          evaluators: ['quality'],
          sample: { type: 'generate', models: ['fake/model-a'] },
          ground_truth: { type: 'generate', models: ['fake/model-b'] },
        },
      }),
      400,
      'no_seed_side',
    );
  });

  it('items of two non-generate sides pair on their canonical input; unpaired items are counted, not scored', async () => {
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    // q9 has no reference: counted as unpaired, not scored.
    expectMetricsMatch(
      run.metrics.by_evaluator[0],
      expectedMetrics([0, 1, 2].map((i) => promptFor(`q${i}`, `a${i}`, `r${i}`))),
      1,
    );
    expect(await countResults(kit.stack, run.id)).toBe(3);
  });

  it('each evaluator scores each pair independently, per generating model', async () => {
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality', 'strict'],
      sample: { type: 'container' },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    expect(run.metrics.by_evaluator).toHaveLength(2);
    for (const metrics of run.metrics.by_evaluator) expect(metrics.scored).toBe(3);
    expect(await countResults(kit.stack, run.id)).toBe(6);
  });

  it('editing or deleting an evaluator never changes a run that already started', async () => {
    await post(kit.stack, '/v1/evaluators', {
      container: 'bot',
      name: 'doomed',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: 'doomed {{output}}',
    });
    const run = await startRun({
      container: 'bot',
      evaluators: ['doomed'],
      sample: { type: 'container' },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    const done = await waitForRun(kit.stack, run.id);
    await call('PATCH', '/v1/evaluators/doomed', { body: { judge_prompt: 'changed {{output}}' } });
    expect((await call('DELETE', '/v1/evaluators/doomed')).status).toBe(200);
    const after = (await call('GET', `/v1/evaluations/runs/${run.id}`)).body;
    expect(after.config).toEqual(done.config);
    expect(after.metrics).toEqual(done.metrics);
    expect(after.config.evaluators[0].judge_prompt).toBe('doomed {{output}}');
  });
});
