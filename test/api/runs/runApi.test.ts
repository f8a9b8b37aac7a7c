import { beforeAll, describe, expect, it } from 'vitest';
import { startWorkers } from '../../../src/temporal/worker.js';
import { loadWorkflowBundle } from '../../support/harness.js';
import {
  expectedMetrics,
  post,
  promptFor,
  seedContainer,
  seedDataset,
  seedJudge,
  useRunKit,
  waitForRun,
} from '../../support/runKit.js';

const logs = Array.from({ length: 6 }, (_, i) => ({ input: `question ${i}`, output: `answer ${i}` }));

describe('the evaluation runs API', () => {
  // `idle` is a known environment that no worker serves (until one test starts one).
  const kit = useRunKit({ ASSAY_ENVIRONMENTS: 'main,idle' });
  beforeAll(async () => {
    await seedContainer(kit.stack, 'bot', logs);
    await seedDataset(kit.stack, 'refs', logs);
    await seedJudge(kit.stack, 'bot', 'quality');
  });

  const create = (body: Record<string, unknown>, headers?: Record<string, string>) =>
    kit.stack.call('POST', '/v1/evaluations/runs', { body, headers });

  describe('validation', () => {
    it('422 when neither side is given, naming the field', async () => {
      const response = await create({ container: 'bot', evaluators: ['quality'] });
      expect(response.status).toBe(422);
      expect(response.body.error.details).toEqual([expect.objectContaining({ field: 'sample' })]);
    });

    it('400 when both sides generate: nothing supplies the inputs', async () => {
      const response = await create({
        container: 'bot',
        evaluators: ['quality'],
        sample: { type: 'generate', models: ['fake/model-a'] },
        ground_truth: { type: 'generate', models: ['fake/model-b'] },
      });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('no_seed_side');
    });

    it('422 for a generated ground truth with two models, an unknown model and an unknown environment, all at once', async () => {
      const response = await create({
        container: 'bot',
        evaluators: ['quality'],
        environment: 'nowhere',
        sample: { type: 'generate', models: ['nobody/model-x'] },
        ground_truth: { type: 'generate', models: ['fake/model-a', 'fake/model-b'] },
      });
      expect(response.status).toBe(422);
      const fields = response.body.error.details.map((d: { field: string }) => d.field);
      expect(fields).toEqual(
        expect.arrayContaining(['environment', 'ground_truth.models', 'sample.models.0']),
      );
    });

    it('404 naming the missing container, evaluator or dataset', async () => {
      const noContainer = await create({
        container: 'nope',
        evaluators: ['quality'],
        sample: { type: 'container' },
      });
      expect(noContainer.status).toBe(404);
      expect(noContainer.body.error.message).toContain("'nope'");
      const noEvaluator = await create({
        container: 'bot',
        evaluators: ['ghost'],
        sample: { type: 'container' },
      });
      expect(noEvaluator.status).toBe(404);
      expect(noEvaluator.body.error).toMatchObject({ code: 'evaluator_not_found' });
      expect(noEvaluator.body.error.message).toContain("'ghost'");
      const noDataset = await create({
        container: 'bot',
        evaluators: ['quality'],
        sample: { type: 'dataset', dataset: 'missing-set' },
      });
      expect(noDataset.status).toBe(404);
      expect(noDataset.body.error).toMatchObject({ code: 'dataset_not_found' });
    });
  });

  it('Idempotency-Key: a retried create returns the same run, another body with the key is a 409', async () => {
    const body = {
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
      metadata: { try: '1' },
    };
    const headers = { 'idempotency-key': 'create-once-1' };
    const first = await create(body, headers);
    expect(first.status).toBe(201);
    const again = await create(body, headers);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const other = await create({ ...body, metadata: { try: '2' } }, headers);
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('idempotency_key_reused');
    const runs = await kit.stack.call('GET', '/v1/evaluations/runs?container=bot');
    expect(runs.body.data.filter((r: { metadata: { try?: string } }) => r.metadata.try).length).toBe(1);
    await waitForRun(kit.stack, first.body.id);
  });

  it('lists runs by container and status, pages results by filter, and exports them as JSONL and CSV', async () => {
    const run = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    const done = await waitForRun(kit.stack, run.id);
    expect(done.status).toBe('completed');
    const expected = expectedMetrics(logs.map((l) => promptFor(l.input, l.output, l.output)));

    const completed = await kit.stack.call(
      'GET',
      '/v1/evaluations/runs?container=bot&status=completed&limit=100',
    );
    expect(completed.body.data.map((r: { id: string }) => r.id)).toContain(run.id);
    expect(completed.body.data.every((r: { status: string }) => r.status === 'completed')).toBe(true);
    const unknown = await kit.stack.call('GET', '/v1/evaluations/runs?container=nobody');
    expect(unknown.body).toMatchObject({ data: [], total: 0 });

    const passed = await kit.stack.call(
      'GET',
      `/v1/evaluations/runs/${run.id}/results?evaluator=quality&passed=true`,
    );
    expect(passed.body.total).toBe(expected.passed);
    const errors = await kit.stack.call('GET', `/v1/evaluations/runs/${run.id}/results?error=true`);
    expect(errors.body.total).toBe(0);

    // Page through two at a time: every result once, in order.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await kit.stack.call(
        'GET',
        `/v1/evaluations/runs/${run.id}/results?limit=2${after ? `&after=${encodeURIComponent(after)}` : ''}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(logs.length);
      seen.push(...page.body.data.map((r: { id: string }) => r.id));
      after = page.body.has_more ? page.body.last_id : null;
    } while (after);
    expect(seen).toHaveLength(logs.length);
    expect(new Set(seen).size).toBe(logs.length);
    expect([...seen].sort()).toEqual(seen);

    const jsonl = await kit.stack.request(
      'GET',
      `/v1/evaluations/runs/${run.id}/results/export?format=jsonl`,
    );
    expect(jsonl.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await jsonl.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(logs.length);
    expect(lines.map((l) => l.score).sort()).toEqual([...expected.scores].sort());

    const csv = await kit.stack.request(
      'GET',
      `/v1/evaluations/runs/${run.id}/results/export?format=csv&passed=true`,
    );
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = (await csv.text()).trim().split('\r\n');
    expect(rows[0]).toMatch(/^id,item_id,evaluator_id,/);
    expect(rows).toHaveLength(1 + expected.passed);
  });

  it('a run in an environment no worker serves waits visibly as queued; a worker for it finishes it', async () => {
    const run = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
      environment: 'idle',
    });
    expect(run).toMatchObject({ status: 'queued', environment: 'idle' });
    const { env, mongo } = kit.stack;
    const worker = await startWorkers({
      env: { ...env, ASSAY_WORKER_ENVIRONMENTS: ['idle'] },
      logger: kit.stack.api.ctx.logger,
      workflowBundle: loadWorkflowBundle(),
      deps: { env, db: mongo.db, logger: kit.stack.api.ctx.logger, providers: kit.stack.api.ctx.providers },
    });
    try {
      expect((await waitForRun(kit.stack, run.id)).status).toBe('completed');
    } finally {
      await worker.shutdown();
    }
  });

  it('a dataset that vanished before the run prepared ends the run in error with a clear message', async () => {
    await seedDataset(kit.stack, 'doomed', logs);
    const run = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'dataset', dataset: 'doomed' },
      environment: 'idle',
    });
    // Deleted behind the API's back (the API refuses while a live run uses it).
    await kit.stack.mongo.db.collection('datasets').deleteOne({ id: run.dataset_id });
    const { env, mongo } = kit.stack;
    const worker = await startWorkers({
      env: { ...env, ASSAY_WORKER_ENVIRONMENTS: ['idle'] },
      logger: kit.stack.api.ctx.logger,
      workflowBundle: loadWorkflowBundle(),
      deps: { env, db: mongo.db, logger: kit.stack.api.ctx.logger, providers: kit.stack.api.ctx.providers },
    });
    try {
      const failed = await waitForRun(kit.stack, run.id);
      expect(failed.status).toBe('error');
      expect(failed.error.code).toBe('RunFatal');
      expect(failed.error.message).toContain(run.dataset_id);
      expect(failed.completed_at).toBeGreaterThan(0);
    } finally {
      await worker.shutdown();
    }
  });
});
