import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAssay } from '../../cli/cliHarness.js';
import { otherProjectKey } from '../../support/apiChecks.js';
import {
  echoOf,
  expectedMetrics,
  expectMetricsMatch,
  post,
  promptFor,
  seedContainer,
  seedJudge,
  useRunKit,
  waitForRun,
  workflowsMatching,
} from '../../support/runKit.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * Reruns pay only for what changed: a run whose provider rejected 30% of its calls
 * (non-retryable 400s) is rerun for its errors with the provider healthy, and the
 * provider sees exactly the errored calls again; the rerun's metrics describe every
 * item, as a clean run's would. A rescore with a new judge version over a generated
 * sample asks no generating model again.
 */
const logs = Array.from({ length: 10 }, (_, i) => ({ input: `ticket ${i}`, output: `reply ${i}` }));
const tonePrompt = 'Tone of {{output}} for {{input}}';
const qualityPrompts = logs.map((l) => promptFor(l.input, l.output, l.output));
const tonePrompts = logs.map((l) => `Tone of ${l.output} for ${l.input}`);
/** The (evaluator, item) calls the provider rejects in the first run: 6 of 20. */
const failing = [...[1, 4, 7].map((i) => qualityPrompts[i]!), ...[2, 7, 9].map((i) => tonePrompts[i]!)];

/** Sums in another order differ in the last bits. */
const rounded = (x: number | null) => (x === null ? null : Number(x.toFixed(12)));
/** The metric fields a rerun must share with a clean run (cost and latency are what differ). */
const comparable = (m: Json) => ({
  evaluator_id: m.evaluator_id,
  count: m.count,
  scored: m.scored,
  errors: m.errors,
  unscored: m.unscored,
  mean: rounded(m.mean),
  stdev: rounded(m.stdev),
  min: rounded(m.min),
  max: rounded(m.max),
  p50: rounded(m.p50),
  passed: m.passed,
  pass_rate: rounded(m.pass_rate),
  score_histogram: m.score_histogram,
});
const byEvaluator = (run: Json) =>
  (run.metrics.by_evaluator as Json[])
    .map(comparable)
    .sort((a, b) => a.evaluator_id.localeCompare(b.evaluator_id));

describe('rerun', () => {
  const kit = useRunKit({ ASSAY_RUN_ITEM_ATTEMPTS: '2' });
  let quality: Json;
  let tone: Json;
  let parent: Json;
  let rerun: Json;
  beforeAll(async () => {
    await seedContainer(kit.stack, 'rr', logs);
    quality = await seedJudge(kit.stack, 'rr', 'quality');
    tone = await seedJudge(kit.stack, 'rr', 'tone', { prompt: tonePrompt });
    await seedContainer(kit.stack, 'gen', logs);
    await seedJudge(kit.stack, 'gen', 'gen-judge');
  });

  const runToEnd = async (body: Json) =>
    waitForRun(kit.stack, (await post(kit.stack, '/v1/evaluations/runs', body)).id);
  const rerunOf = (id: string, body: Json = {}, key?: string) =>
    kit.stack.call('POST', `/v1/evaluations/runs/${id}/rerun`, { body, ...(key ? { key } : {}) });

  it('reruns only the errored (item, evaluator) calls; the rest is carried over and the metrics are whole', async () => {
    kit.fake.reset();
    for (const prompt of failing) {
      kit.fake.on({ prompt }, () => ({ fault: 'status', status: 400, message: 'bad request' }));
    }
    parent = await runToEnd({
      container: 'rr',
      evaluators: ['quality', 'tone'],
      sample: { type: 'container' },
    });
    expect(parent.status).toBe('completed');
    expect(parent.progress).toMatchObject({ total: 20, done: 20, failed: 6 });

    kit.fake.reset();
    const created = await rerunOf(parent.id);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.parent_run_id).toBe(parent.id);
    // Priced for the 6 judge calls it makes, not the parent's 20.
    expect(created.body.estimated_spend.estimated_usd).toBeGreaterThan(0);
    expect(created.body.estimated_spend.estimated_usd).toBeLessThan(parent.estimated_spend.estimated_usd / 2);
    rerun = await waitForRun(kit.stack, created.body.id);
    expect(rerun.status).toBe('completed');
    expect(rerun.progress).toEqual({ total: 20, done: 20, failed: 0, carried_over: 14 });

    const answered = kit.fake.requests.filter((r) => r.answered).map((r) => r.promptText);
    expect(answered.sort()).toEqual([...failing].sort());
    expect(kit.fake.requests).toHaveLength(failing.length);

    const metrics = Object.fromEntries(rerun.metrics.by_evaluator.map((m: Json) => [m.evaluator_id, m]));
    expectMetricsMatch(metrics[quality.id], expectedMetrics(qualityPrompts));
    expectMetricsMatch(metrics[tone.id], expectedMetrics(tonePrompts));
    const clean = await runToEnd({
      container: 'rr',
      evaluators: ['quality', 'tone'],
      sample: { type: 'container' },
    });
    expect(byEvaluator(rerun)).toEqual(byEvaluator(clean));
    // Its spend is what it paid: the 6 calls, not the carried results' cost.
    expect(rerun.estimated_spend.actual_usd).toBeLessThan(clean.estimated_spend.actual_usd / 2);
  });

  it('a rerun can be rerun: listed items only, everything else carried over from the whole lineage', async () => {
    kit.fake.reset();
    const response = await rerunOf(rerun.id, { only: ['log_rr-log-3'] });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const created = response.body;
    expect(created.parent_run_id).toBe(rerun.id);
    const again = await waitForRun(kit.stack, created.id);
    expect(again.progress).toEqual({ total: 20, done: 20, failed: 0, carried_over: 18 });
    expect(kit.fake.requests.map((r) => r.promptText).sort()).toEqual(
      [qualityPrompts[3], tonePrompts[3]].sort(),
    );
    expect(byEvaluator(again)).toEqual(byEvaluator(rerun));
    // The Temporal UI finds a run's reruns by its id.
    const query = `AssayParentRun = "${rerun.id}"`;
    expect(await workflowsMatching(kit.stack, query, again.id)).toEqual([again.id]);
  });

  it('the CLI: `assay runs rerun --only errors --evaluator name@version --wait` gates, writes JUnit, exits like `assay run`', async () => {
    kit.fake.reset();
    const env = { ASSAY_URL: kit.stack.api.url, ASSAY_KEY: kit.stack.adminKey };
    const junit = path.join(mkdtempSync(path.join(tmpdir(), 'assay-rerun-')), 'junit.xml');
    const args = [
      'runs',
      'rerun',
      parent.id,
      '--only',
      'errors',
      '--evaluator',
      'quality@1',
      '--evaluator',
      'tone@1',
    ];
    const held = await runAssay([...args, '--wait', '--gate', 'quality.errors == 0', '--junit', junit], env);
    expect(held.code, held.stderr).toBe(0);
    expect(readFileSync(junit, 'utf8')).toContain('quality');
    expect(kit.fake.requests).toHaveLength(failing.length);
    const failed = await runAssay([...args, '--wait', '--gate', 'quality.mean > 1'], env);
    expect(failed.code, failed.stderr).toBe(1);
    const usage = await runAssay(['runs', 'rerun', parent.id, '--only', 'some'], env);
    expect(usage.code).toBe(2);
    const missing = await runAssay(['runs', 'rerun', 'run_doesnotexist'], env);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('run_doesnotexist');
  });

  it('a rescore with a new judge version over a generated sample makes no generation call', async () => {
    kit.fake.reset();
    const source = {
      container: 'gen',
      evaluators: ['gen-judge'],
      sample: { type: 'generate', models: ['fake/model-a'] },
      ground_truth: { type: 'container' },
    };
    const generated = await runToEnd(source);
    expect(generated.status).toBe('completed');
    expect(kit.fake.requests.filter((r) => r.model === 'model-a')).toHaveLength(logs.length);
    const v2 = 'V2 Q: {{input}}\nA: {{output}}\nRef: {{ground_truth}}';
    expect(
      (await kit.stack.call('PATCH', '/v1/evaluators/gen-judge', { body: { judge_prompt: v2 } })).status,
    ).toBe(200);

    kit.fake.reset();
    const created = await rerunOf(generated.id, { only: 'all', evaluators: ['gen-judge@2'] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const rescored = await waitForRun(kit.stack, created.body.id);
    expect(rescored.status).toBe('completed');
    expect(rescored.config.evaluators[0].version).toBe(2);
    expect(kit.fake.requests.filter((r) => r.model === 'model-a')).toHaveLength(0);
    const judged = kit.fake.requests.filter((r) => r.answered).map((r) => r.promptText);
    expect(judged.sort()).toEqual(
      logs.map((l) => `V2 ${promptFor(l.input, echoOf('model-a', l.input), l.output)}`).sort(),
    );
    expect(rescored.metrics.by_evaluator[0]).toMatchObject({
      count: logs.length,
      scored: logs.length,
      errors: 0,
    });
  });

  it('bad input: a live parent (409), an unknown version (404 naming it), nothing selected (422 with counts), another project (404)', async () => {
    kit.fake.reset();
    kit.fake.setLatency(3000);
    const live = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'rr',
      evaluators: ['quality'],
      sample: { type: 'container' },
    });
    const busy = await rerunOf(live.id);
    expect(busy.status).toBe(409);
    expect(busy.body.error.message).toMatch(/once it has ended/);
    await kit.stack.call('POST', `/v1/evaluations/runs/${live.id}/cancel`);
    kit.fake.setLatency(0);

    const unknown = await rerunOf(parent.id, { evaluators: ['quality@9'] });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('quality@9');

    const nothing = await rerunOf(rerun.id, { only: 'errors' });
    expect(nothing.status).toBe(422);
    expect(nothing.body.error.details[0]).toMatchObject({ field: 'only' });
    expect(nothing.body.error.details[0].message).toContain('20 result(s), 0 are errors');

    const stranger = await otherProjectKey(kit.stack, 'rerun-other-project');
    const foreign = await rerunOf(parent.id, {}, stranger);
    expect(foreign.status).toBe(404);
    await waitForRun(kit.stack, live.id);
  });
});
