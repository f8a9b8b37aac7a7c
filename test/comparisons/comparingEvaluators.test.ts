import { beforeAll, describe, expect, it } from 'vitest';
import { verdictAgreement } from '../../src/metrics/agreement.js';
import { post, seedContainer, useRunKit, waitForRun } from '../support/runKit.js';
import {
  exportResults,
  listwisePrompt,
  logs,
  models,
  pairwisePrompt,
  positionBias,
  strengths,
  type Json,
} from './comparisonFixtures.js';

/**
 * Comparing evaluators beyond the judge (code, baseline runs, panels), and comparisons the API
 * refuses, with a 422 naming the field (pairwiseRuns.test.ts has the judge's runs and metrics).
 */
describe('comparisons: pairwise code evaluators, and bad input as a 422 naming the field', () => {
  const kit = useRunKit();
  const expect422 = async (path: string, body: Json, fields: string[]) => {
    const response = await kit.stack.call('POST', path, { body });
    expect(response.status, JSON.stringify(response.body)).toBe(422);
    expect(response.body.error.details.map((d: Json) => d.field)).toEqual(fields);
    return response.body.error;
  };
  beforeAll(async () => {
    await seedContainer(kit.stack, 'bad', logs.slice(0, 2));
    await post(kit.stack, '/v1/evaluators', {
      container: 'bad',
      name: 'pairs',
      type: 'judge',
      mode: 'pairwise',
      judge_model: 'fake/judge-model',
      judge_prompt: pairwisePrompt,
    });
  });

  it('runs a pairwise code evaluator (evaluate_pair) in the sandbox, in both orders', async () => {
    const code = [
      'def evaluate_pair(sample_a, sample_b, ground_truth):',
      '    a, b = len(sample_a["output"]), len(sample_b["output"])',
      '    if a == b:',
      '        return "tie", "as long"',
      '    return ("A" if a > b else "B"), "the longer answer wins"',
      '',
    ].join('\n');
    await post(kit.stack, '/v1/evaluators', {
      container: 'bad',
      name: 'longer',
      type: 'code',
      mode: 'pairwise',
      code,
    });
    const created = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'bad',
      evaluators: ['longer'],
      sample: { type: 'generate', models: ['fake/m', 'fake/model-a'] },
    });
    const run = await waitForRun(kit.stack, created.id, undefined, 120_000);
    expect(run).toMatchObject({ status: 'completed', progress: { total: 2, done: 2, failed: 0 } });
    const results = await exportResults(kit, run.id);
    for (const result of results) {
      // echo(m) is shorter than echo(model-a): model-a wins whichever side it is shown on.
      expect(result.comparison.verdicts).toEqual([
        { order: 'ab', winner: 'B', reasoning: 'the longer answer wins' },
        { order: 'ba', winner: 'A', reasoning: 'the longer answer wins' },
      ]);
      expect(result.comparison.outcome).toBe('loss');
    }
    const served = (await kit.stack.call('GET', `/v1/evaluations/runs/${run.id}/comparisons`)).body;
    expect(served.data[0].pairs[0]).toMatchObject({
      wins: 0,
      losses: 2,
      win_rate: 0,
      position_consistency: 1,
    });

    const missing = await expect422(
      '/v1/evaluators',
      {
        container: 'bad',
        name: 'no-pair',
        type: 'code',
        mode: 'pairwise',
        code: 'def evaluate(s, g):\n    return 1\n',
      },
      ['code'],
    );
    expect(missing.details[0].message).toContain('evaluate_pair(sample_a, sample_b, ground_truth)');
  }, 150_000);

  it("compares a model with a finished baseline run's stored outputs, generating nothing again for it", async () => {
    await post(kit.stack, '/v1/evaluators', {
      container: 'bad',
      name: 'score',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: 'Rate {{output}} for {{input}}',
    });
    const baseline = await waitForRun(
      kit.stack,
      (
        await post(kit.stack, '/v1/evaluations/runs', {
          container: 'bad',
          evaluators: ['score'],
          sample: { type: 'generate', models: ['fake/model-a'] },
        })
      ).id,
    );
    expect(baseline.status).toBe('completed');
    kit.fake.reset();
    const created = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'bad',
      evaluators: ['pairs'],
      sample: { type: 'generate', models: ['fake/model-b'] },
      comparison: { baseline_run: baseline.id },
    });
    const run = await waitForRun(kit.stack, created.id, undefined, 120_000);
    expect(run).toMatchObject({ status: 'completed', progress: { total: 2, done: 2, failed: 0 } });
    expect(run.config.request.comparison).toEqual({
      baseline_run: baseline.id,
      baseline_run_model: 'fake/model-a',
    });
    // Only the new model generated: the baseline's outputs are read from its results.
    const generated = kit.fake.requests.filter((r) => r.model !== 'judge-model').map((r) => r.model);
    expect(generated).toEqual(['model-b', 'model-b']);
    const label = `fake/model-a@${baseline.id}`;
    const results = await exportResults(kit, run.id);
    const stored = await exportResults(kit, baseline.id);
    for (const result of results) {
      expect(result.model).toBe(`fake/model-b vs ${label}`);
      expect(result.comparison.outputs[1]).toBe(stored.find((r) => r.item_id === result.item_id).output);
      expect(result.comparison.outputs[0]).toContain('echo(model-b)');
    }
    const served = (await kit.stack.call('GET', `/v1/evaluations/runs/${run.id}/comparisons`)).body;
    expect(served.data[0].pairs[0]).toMatchObject({
      model_a: 'fake/model-b',
      model_b: label,
      comparisons: 2,
    });

    const unknown = await kit.stack.call('POST', '/v1/evaluations/runs', {
      body: {
        container: 'bad',
        evaluators: ['pairs'],
        sample: { type: 'generate', models: ['fake/model-b'] },
        comparison: { baseline_run: 'run_nope' },
      },
    });
    expect(unknown.status).toBe(404);
    await expect422(
      '/v1/evaluations/runs',
      {
        container: 'bad',
        evaluators: ['pairs'],
        sample: { type: 'generate', models: ['fake/model-b'] },
        comparison: { baseline_run: baseline.id, baseline_run_model: 'fake/model-z' },
      },
      ['comparison.baseline_run_model'],
    );
  }, 150_000);

  it("judges with a pairwise panel: every judge in both orders, the majority as the outcome, Fleiss' kappa over win/loss/tie", async () => {
    const panelModels = ['fake/judge-2', 'fake/judge-3'];
    await seedContainer(kit.stack, 'cmp-panel', logs.slice(0, 60));
    kit.fake.setComparisonJudge({ strengths, positionBias });
    await post(kit.stack, '/v1/evaluators', {
      container: 'cmp-panel',
      name: 'panel-h2h',
      type: 'judge',
      mode: 'pairwise',
      judge_model: 'fake/judge-model',
      panel_models: panelModels,
      judge_prompt: pairwisePrompt,
    });
    const evaluator = (await kit.stack.call('GET', '/v1/evaluators/panel-h2h')).body;
    expect(evaluator.panel_aggregate).toBe('majority');
    // Every item's pair, judged by 3 judges in 2 orders: 6 asks per item.
    const created = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'cmp-panel',
      evaluators: ['panel-h2h'],
      sample: { type: 'generate', models: models.slice(0, 2) },
      ground_truth: { type: 'container' },
    });
    const done = await waitForRun(kit.stack, created.id, undefined, 240_000);
    expect(done.status).toBe('completed');
    const rows = await exportResults(kit, done.id);
    expect(rows).toHaveLength(60);
    const category = (score: number | null) =>
      score === null ? null : ({ 1: 'win', 0.5: 'tie', 0: 'loss' } as Json)[score];
    for (const row of rows) {
      expect(row.panel.map((p: Json) => p.model)).toEqual(['fake/judge-model', ...panelModels]);
      expect(row.comparison.verdicts).toHaveLength(6);
      expect(new Set(row.comparison.verdicts.map((v: Json) => v.judge))).toEqual(
        new Set(['fake/judge-model', ...panelModels]),
      );
      // The outcome is the majority of the judges' decided outcomes; a split is a tie.
      const votes = row.panel.map((p: Json) => category(p.score)).filter((c: string | null) => c !== null);
      const counts = ['win', 'loss', 'tie'].map((c) => votes.filter((v: string) => v === c).length);
      const most = Math.max(...counts);
      const expected =
        most === 0
          ? 'inconsistent'
          : counts.filter((n) => n === most).length > 1
            ? 'tie'
            : ['win', 'loss', 'tie'][counts.indexOf(most)];
      expect(row.comparison.outcome).toBe(expected);
    }
    // The judges do not always agree (each draws its own verdicts), and the panel reports how much.
    expect(rows.some((row) => new Set(row.panel.map((p: Json) => p.score)).size > 1)).toBe(true);
    const agreement = (await kit.stack.call('GET', `/v1/evaluations/runs/${done.id}/panel_agreement`)).body;
    const [group] = agreement.data;
    expect(group).toMatchObject({ evaluator_name: 'panel-h2h', aggregate: 'majority' });
    expect(group.verdict_agreement.method).toBe('fleiss_kappa');
    const units = rows.map((row) => row.panel.map((p: Json) => category(p.score)));
    expect(group.verdict_agreement.value).toBeCloseTo(verdictAgreement(units).value!, 12);
    expect(group.judges.map((j: Json) => j.model)).toEqual(['fake/judge-model', ...panelModels]);
    // Each judge's own mean is its points for model-a (the stronger) over the items it decided.
    for (const judge of group.judges) expect(judge.mean).toBeGreaterThan(0.5);
  });

  it('refuses comparing evaluators that cannot compare', async () => {
    const base = { container: 'bad', type: 'judge', judge_model: 'fake/judge-model' };
    await expect422(
      '/v1/evaluators',
      { ...base, name: 'no-b', mode: 'pairwise', judge_prompt: '{{output_a}}' },
      ['judge_prompt'],
    );
    await expect422(
      '/v1/evaluators',
      { ...base, name: 'scored', mode: 'pairwise', judge_prompt: pairwisePrompt, threshold: 0.5 },
      ['threshold'],
    );
    await expect422(
      '/v1/evaluators',
      { ...base, name: 'list', mode: 'listwise', judge_prompt: pairwisePrompt },
      ['judge_prompt', 'judge_prompt', 'judge_prompt'],
    );
    // A pairwise panel counts its judges' outcomes; a listwise judge has no panel yet.
    await expect422(
      '/v1/evaluators',
      {
        ...base,
        name: 'averaged',
        mode: 'pairwise',
        judge_prompt: pairwisePrompt,
        panel_models: ['fake/judge-2'],
        panel_aggregate: 'mean',
      },
      ['panel_aggregate'],
    );
    await expect422(
      '/v1/evaluators',
      {
        ...base,
        name: 'ranked',
        mode: 'listwise',
        judge_prompt: listwisePrompt,
        panel_models: ['fake/judge-2'],
      },
      ['panel_models'],
    );
  });

  it('refuses a run that gives a pairwise evaluator one output per item, or names models it does not have', async () => {
    const runsBefore = (await kit.stack.call('GET', '/v1/evaluations/runs?container=bad')).body.total;
    const error = await expect422(
      '/v1/evaluations/runs',
      { container: 'bad', evaluators: ['pairs'], sample: { type: 'generate', models: ['fake/model-a'] } },
      ['evaluators.0'],
    );
    expect(error.message).toContain('two or more');
    await expect422(
      '/v1/evaluations/runs',
      { container: 'bad', evaluators: ['pairs'], sample: { type: 'container' } },
      ['evaluators.0'],
    );
    await expect422(
      '/v1/evaluations/runs',
      {
        container: 'bad',
        evaluators: ['pairs'],
        sample: { type: 'generate', models: ['fake/model-a', 'fake/model-b'] },
        comparison: { baseline_model: 'fake/model-z' },
      },
      ['comparison.baseline_model'],
    );
    await expect422(
      '/v1/evaluations/runs',
      {
        container: 'bad',
        evaluators: ['pairs'],
        sample: { type: 'generate', models: ['fake/model-a', 'fake/model-b'] },
        comparison: { pairs: [['fake/model-a', 'fake/model-a']] },
      },
      ['comparison.pairs.0'],
    );
    const runs = (await kit.stack.call('GET', '/v1/evaluations/runs?container=bad')).body;
    expect(runs.total).toBe(runsBefore);
  });
});
