import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadEnv } from '../../../src/platform/config.js';
import { repoRoot } from '../../../src/stack/paths.js';
import { waitFor } from '../../support/waitFor.js';
import { expectError } from '../../support/apiChecks.js';
import { adminProjectId, judgePrompt, post, waitForRun, workflowsMatching } from '../../support/runKit.js';
import { call, cancel, kit, request, runToCompletion, startRun, useSpecStack } from './specStack.js';

useSpecStack();

describe.concurrent('SPEC § Execution model', () => {
  it('POST answers at once with status queued and starts EvaluationRunWorkflow (workflow id = run id) on task queue assay-<environment>', async () => {
    const run = await startRun({
      container: 'bot',
      evaluators: ['quality'],
      environment: 'idle',
      sample: { type: 'container' },
    });
    expect(run.status).toBe('queued');
    const description = await kit.stack.api.ctx.temporal.workflow.getHandle(run.id).describe();
    expect(description.workflowId).toBe(run.process_id);
    expect(description.type).toBe('EvaluationRunWorkflow');
    expect(description.taskQueue).toBe(`${kit.stack.env.ASSAY_TASK_QUEUE_PREFIX}-idle`);
    // The prefix is this file's own (isolation); out of the box it is `assay`.
    expect(loadEnv({}).ASSAY_TASK_QUEUE_PREFIX).toBe('assay');
    await cancel(run.id);
  });

  it('a run whose environment no worker serves waits, visibly', async () => {
    const run = await startRun({
      container: 'bot',
      evaluators: ['quality'],
      environment: 'idle',
      sample: { type: 'container' },
    });
    // Long enough that the main worker would have finished it twice over.
    await runToCompletion({ container: 'bot', evaluators: ['quality'], sample: { type: 'container' } });
    expect((await call('GET', `/v1/evaluations/runs/${run.id}`)).body).toMatchObject({
      status: 'queued',
      environment: 'idle',
    });
    await cancel(run.id);
  });

  it('results are keyed by (run, item, evaluator, model): a run has each exactly once, across several batches', async () => {
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'generate', models: ['fake/model-a', 'fake/model-b'] },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    const rows = await kit.stack.mongo.db.collection('run_results').find({ run_id: run.id }).toArray();
    const keys = rows.map((r) => `${r.item_id}/${r.evaluator_id}/${r.model}`);
    expect(rows).toHaveLength(6);
    expect(new Set(keys).size).toBe(6);
  });

  it('model calls retry 429/5xx with backoff honouring Retry-After; the run still completes', async () => {
    let calls = 0;
    kit.fake.on({ prompt: 'flaky-q' }, () =>
      ++calls === 1
        ? { fault: '429', retryAfterSeconds: 1 }
        : calls === 2
          ? { fault: '503' }
          : { content: '{"score": 0.8, "reasoning": "ok"}' },
    );
    await post(kit.stack, '/v1/containers', { label: 'flaky' });
    await post(kit.stack, '/v1/containers/flaky/logs', [{ id: 'f1', input: 'flaky-q', output: 'x' }], 200);
    await post(kit.stack, '/v1/evaluators', {
      container: 'flaky',
      name: 'flaky-judge',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: judgePrompt,
    });
    const started = Date.now();
    const run = await runToCompletion({
      container: 'flaky',
      evaluators: ['flaky-judge'],
      sample: { type: 'container' },
    });
    expect(run.status).toBe('completed');
    expect(calls).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(run.metrics.by_evaluator[0]).toMatchObject({ scored: 1, errors: 0, mean: 0.8 });
  });

  it('validation-type failures are not retried: a persistent per-item failure becomes an item error and the run completes', async () => {
    kit.fake.on({ prompt: 'invalid-q' }, () => ({ fault: 'status', status: 400, message: 'bad request' }));
    await post(kit.stack, '/v1/containers', { label: 'invalid' });
    await post(
      kit.stack,
      '/v1/containers/invalid/logs',
      [
        { id: 'i1', input: 'invalid-q', output: 'x' },
        { id: 'i2', input: 'fine-q', output: 'y' },
      ],
      200,
    );
    await post(kit.stack, '/v1/evaluators', {
      container: 'invalid',
      name: 'inv-judge',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: judgePrompt,
    });
    const run = await runToCompletion({
      container: 'invalid',
      evaluators: ['inv-judge'],
      sample: { type: 'container' },
    });
    expect(run.status).toBe('completed');
    expect(kit.fake.requests.filter((r) => r.promptText.includes('invalid-q'))).toHaveLength(1);
    expect(run.metrics.by_evaluator[0]).toMatchObject({ scored: 1, errors: 1 });
    expect(run.progress).toMatchObject({ total: 2, done: 2 });
  });

  it('operators find runs in Temporal by search attributes (container, status, environment) and read progress through a query', async () => {
    const run = await runToCompletion({
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
    });
    const project = await adminProjectId(kit.stack);
    const query = `AssayProject = "${project}" AND AssayContainer = "${run.container_id}" AND AssayStatus = "completed" AND AssayEnvironment = "main"`;
    expect(await workflowsMatching(kit.stack, query, run.id)).toContain(run.id);
    const queued = await startRun({
      container: 'bot',
      evaluators: ['quality'],
      environment: 'idle',
      sample: { type: 'container' },
    });
    await cancel(queued.id);
  });

  it('cancel from the UI (Temporal directly) ends the run as cancelled', async () => {
    const release: (() => void)[] = [];
    kit.fake.on(
      { prompt: 'ui-cancel-q' },
      () =>
        new Promise((resolve) => release.push(() => resolve({ content: '{"score": 1, "reasoning": "ok"}' }))),
    );
    await post(kit.stack, '/v1/containers', { label: 'ui-cancel' });
    const logs = Array.from({ length: 12 }, (_, i) => ({
      id: `ui-cancel-${i}`,
      input: `ui-cancel-q ${i}`,
      output: 'x',
    }));
    await post(kit.stack, '/v1/containers/ui-cancel/logs', logs, 200);
    await post(kit.stack, '/v1/evaluators', {
      container: 'ui-cancel',
      name: 'ui-cancel-judge',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: judgePrompt,
    });
    const run = await startRun({
      container: 'ui-cancel',
      evaluators: ['ui-cancel-judge'],
      sample: { type: 'container' },
    });
    await waitFor(
      async () => release.length,
      (n) => n > 0,
      { what: 'a judge call in flight' },
    );
    await kit.stack.api.ctx.temporal.workflow.getHandle(run.id).cancel();
    while (release.length) release.shift()!();
    const cancelled = await waitForRun(kit.stack, run.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.progress.done).toBeLessThan(12);
  });
});

describe('SPEC § Configuration', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

  it('the README documents MONGODB_URI, TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, providers, prices, sandbox, rate and body limits', () => {
    for (const name of [
      'MONGODB_URI',
      'TEMPORAL_ADDRESS',
      'TEMPORAL_NAMESPACE',
      'ASSAY_PROVIDERS',
      'ASSAY_RATE_LIMIT_PER_MINUTE',
      'ASSAY_MAX_BODY_BYTES',
    ]) {
      expect(readme, name).toContain(`\`${name}\``);
    }
    expect(readme).toMatch(/`ASSAY_SANDBOX_\w+`/);
    expect(readme).toMatch(/prices/i);
  });

  it('any OpenAI-compatible endpoint is a provider: the judge reached the configured base URL', () => {
    expect(kit.fake.requests.length).toBeGreaterThan(0);
    expect(kit.fake.requests.every((r) => r.model === 'judge-model' || r.model.startsWith('model-'))).toBe(
      true,
    );
  });
});

describe.concurrent('SPEC § Extensions beyond the seed', () => {
  it('run comparison: GET /v1/evaluations/runs/{id}/compare?baseline= pairs per item', async () => {
    const body = {
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    };
    const baseline = await runToCompletion(body);
    const candidate = await runToCompletion(body);
    const comparison = await call(
      'GET',
      `/v1/evaluations/runs/${candidate.id}/compare?baseline=${baseline.id}`,
    );
    expect(comparison.status).toBe(200);
    expect(comparison.body).toMatchObject({
      object: 'evaluation.run_comparison',
      run_id: candidate.id,
      baseline_run_id: baseline.id,
      paired_items: 3,
    });
    // Same judge, same pairs, deterministic scores: no difference.
    expect(comparison.body.comparisons[0]).toMatchObject({ n: 3, mean_difference: 0 });
  });

  it('OpenAI Evals API compatibility: /v1/evals and /v1/files answer with Assay keys', async () => {
    expect((await call('GET', '/v1/evals')).body).toMatchObject({ object: 'list' });
    expect((await call('GET', '/v1/files')).body).toMatchObject({ object: 'list' });
    await expectError(request('GET', '/v1/evals', { key: null }), 401);
  });

  it('a web console on the same origin as the API', async () => {
    const console = await request('GET', '/console', { key: null });
    expect(console.status).toBe(200);
    expect(console.headers.get('content-type')).toContain('text/html');
  });
});
