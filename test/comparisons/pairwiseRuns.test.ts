// test tier: needs the Python package index (choix is installed with pip).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { parse as parseJunit, type TestSuites } from 'junit2json';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { bradleyTerryRatings, fitBradleyTerry, RIDGE, winMatrix } from '../../src/metrics/bradleyTerry.js';
import { meanRanks, rankingComparisons } from '../../src/metrics/listwise.js';
import { verdictAgreement } from '../../src/metrics/agreement.js';
import { pairMetrics, type Comparison } from '../../src/metrics/pairwise.js';
import { runAssay } from '../cli/cliHarness.js';
import { pythonWithModules } from '../support/pythonTools.js';
import { post, seedContainer, useRunKit, waitForRun } from '../support/runKit.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * Pairwise and listwise runs end to end, against the fake provider's comparing judge with known
 * model strengths (Bradley–Terry log-odds) and a known bias towards the output shown first.
 *
 * What a configured judge should give, per pair with strength difference d and bias b, judged in
 * both orders: a consistent win with probability σ(d+b)·σ(d−b), a consistent loss σ(−d−b)·σ(−d+b),
 * and inconsistent otherwise. Among consistent pairs the odds of a win are e^{2d}: two agreeing
 * verdicts double the log-odds, so the ratings recover twice the configured strengths.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const ITEMS = 240;
const strengths = { 'model-a': 0.6, 'model-b': 0, 'model-c': -0.6 };
const positionBias = 0.8;
const models = ['fake/model-a', 'fake/model-b', 'fake/model-c'];
const logs = Array.from({ length: ITEMS }, (_, i) => ({ input: `question ${i}`, output: `logged ${i}` }));
const pairwisePrompt = 'Which answer to {{input}} is better?\nA: {{output_a}}\nB: {{output_b}}';
const listwisePrompt = 'Rank the answers to {{input}}:\n{{outputs}}';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const strengthOf = (slug: string) => strengths[slug.slice('fake/'.length) as keyof typeof strengths];

async function exportResults(kit: ReturnType<typeof useRunKit>, runId: string): Promise<Json[]> {
  const response = await kit.stack.request(
    'GET',
    `/v1/evaluations/runs/${runId}/results/export?format=jsonl`,
  );
  const text = await response.text();
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Json)
    .filter((row) => row.object === 'evaluation.result');
}

describe('pairwise and listwise runs', () => {
  const kit = useRunKit({ ASSAY_RUN_BATCH_SIZE: '40' });
  let run: Json;
  let comparisons: Json;
  let results: Json[];
  beforeAll(async () => {
    await seedContainer(kit.stack, 'cmp', logs);
    await post(kit.stack, '/v1/evaluators', {
      container: 'cmp',
      name: 'head-to-head',
      type: 'judge',
      mode: 'pairwise',
      judge_model: 'fake/judge-model',
      judge_prompt: pairwisePrompt,
    });
    await post(kit.stack, '/v1/evaluators', {
      container: 'cmp',
      name: 'ranker',
      type: 'judge',
      mode: 'listwise',
      judge_model: 'fake/judge-model',
      judge_prompt: listwisePrompt,
    });
    kit.fake.reset();
    kit.fake.setComparisonJudge({ strengths, positionBias });
    const created = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'cmp',
      evaluators: ['head-to-head', 'ranker'],
      sample: { type: 'generate', models },
      ground_truth: { type: 'container' },
    });
    run = await waitForRun(kit.stack, created.id, undefined, 240_000);
    comparisons = (await kit.stack.call('GET', `/v1/evaluations/runs/${run.id}/comparisons`)).body;
    results = await exportResults(kit, run.id);
  }, 300_000);

  it('stores one result per (item, evaluator, model pair) and asks each model once per item', () => {
    expect(run.status).toBe('completed');
    // 3 pairs for the pairwise judge, 1 ranking for the listwise one.
    expect(run.progress).toMatchObject({ total: ITEMS * 4, done: ITEMS * 4, failed: 0 });
    expect(results).toHaveLength(ITEMS * 4);
    expect(new Set(results.map((r) => r.id)).size).toBe(ITEMS * 4);
    const requests = kit.fake.requests;
    const generations = requests.filter((r) => r.model !== 'judge-model');
    const judgeCalls = requests.filter((r) => r.model === 'judge-model');
    // The pairwise and listwise judges share each (item, model) generation.
    expect(generations).toHaveLength(ITEMS * 3);
    // Each pair in both orders, and one ranking per item.
    expect(judgeCalls).toHaveLength(ITEMS * 3 * 2 + ITEMS);
    // Comparisons are not scores: the run's score metrics do not list them.
    expect(run.metrics.by_evaluator).toEqual([]);
    expect(run.estimated_spend.actual_usd).toBeGreaterThan(0);
  });

  it('shows each pair in both orders and records the verdicts', () => {
    const result = results.find((r) => r.model === 'fake/model-a vs fake/model-b')!;
    expect(result.comparison.models).toEqual(['fake/model-a', 'fake/model-b']);
    expect(result.comparison.outputs[0]).toContain('echo(model-a)');
    expect(result.comparison.verdicts.map((v: Json) => v.order)).toEqual(['ab', 'ba']);
    const abPrompt = kit.fake.requests.find(
      (r) =>
        r.model === 'judge-model' &&
        r.promptText.includes(`${result.comparison.outputs[0]}\nB: ${result.comparison.outputs[1]}`),
    );
    expect(abPrompt).toBeDefined();
  });

  it('recovers the configured position bias as the inconsistent rate', () => {
    const pairwise = comparisons.data.find((d: Json) => d.mode === 'pairwise');
    const expected =
      pairwise.pairs
        .map((pair: Json) => {
          const d = strengthOf(pair.model_a) - strengthOf(pair.model_b);
          const consistent =
            sigmoid(d + positionBias) * sigmoid(d - positionBias) +
            sigmoid(-d - positionBias) * sigmoid(-d + positionBias);
          return 1 - consistent;
        })
        .reduce((a: number, b: number) => a + b, 0) / pairwise.pairs.length;
    const n = ITEMS * 3;
    // Within 3 binomial standard errors of what was configured.
    expect(Math.abs(pairwise.inconsistent_rate - expected)).toBeLessThan(
      3 * Math.sqrt((expected * (1 - expected)) / n),
    );
    expect(pairwise.inconsistent_rate).toBeGreaterThan(0.2);
    for (const pair of pairwise.pairs) {
      expect(pair.position_swap).toBe(true);
      expect(pair.wins + pair.losses + pair.ties + pair.inconsistent).toBe(ITEMS);
    }
  });

  it('recovers the configured strengths as ratings, within their intervals, best first', () => {
    const pairwise = comparisons.data.find((d: Json) => d.mode === 'pairwise');
    expect(pairwise.ratings.map((r: Json) => r.model)).toEqual(models);
    const mean = models.reduce((sum, m) => sum + 2 * strengthOf(m), 0) / models.length;
    for (const rating of pairwise.ratings) {
      const expected = 2 * strengthOf(rating.model) - mean;
      expect(rating.beta_ci.low).toBeLessThan(expected);
      expect(rating.beta_ci.high).toBeGreaterThan(expected);
    }
    expect(pairwise.ratings[0].rank).toBe(1);
    expect(pairwise.ratings[2].rank).toBeGreaterThan(1);
    const ab = pairwise.pairs.find((p: Json) => p.model_a === 'fake/model-a' && p.model_b === 'fake/model-b');
    expect(ab.win_rate_ci.low).toBeGreaterThan(0.5);
  });

  it('equals a recomputation from the stored results, and choix on the same wins', async () => {
    const pairwise = comparisons.data.find((d: Json) => d.mode === 'pairwise');
    const stored: Comparison[] = results
      .filter((r) => r.comparison?.mode === 'pairwise')
      .map((r) => ({
        item: r.item_id,
        first: r.comparison.models[0],
        second: r.comparison.models[1],
        outcome: r.comparison.outcome,
      }));
    const pairs = [
      ['fake/model-a', 'fake/model-b'],
      ['fake/model-a', 'fake/model-c'],
      ['fake/model-b', 'fake/model-c'],
    ].map(([a, b]) => pairMetrics(a!, b!, stored, true));
    expect(pairwise.pairs).toEqual(pairs);
    expect(pairwise.ratings).toEqual(bradleyTerryRatings(models, stored));

    const wins = winMatrix(models, stored);
    const python = await pythonWithModules(
      ['numpy', 'scipy', 'choix'],
      path.join(here, '../metrics/requirements.txt'),
    );
    const child = promisify(execFile)(python, [path.join(here, '../metrics/bradley_terry_reference.py')]);
    child.child.stdin!.end(JSON.stringify({ k: models.length, wins, ridge: RIDGE }));
    const reference = JSON.parse((await child).stdout) as { choix: number[] };
    fitBradleyTerry(wins).forEach((beta, i) => expect(beta).toBeCloseTo(reference.choix[i]!, 5));
    const byModel = new Map(pairwise.ratings.map((r: Json) => [r.model, r.beta]));
    models.forEach((model, i) => expect(byModel.get(model)).toBeCloseTo(reference.choix[i]!, 5));
  });

  it("gates a model pair's win rate and the judge's consistency in the CLI (exit 0 / 1)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'assay-pairwise-cli-'));
    const env = {
      ASSAY_URL: kit.stack.api.url,
      ASSAY_KEY: kit.stack.adminKey,
      ASSAY_CONFIG_DIR: path.join(dir, 'config'),
      ASSAY_POLL_INTERVAL_MS: '100',
    };
    // A container of its own, smaller: the gates need a clear win, not the ratings' precision.
    await seedContainer(kit.stack, 'cmp-cli', logs.slice(0, 40));
    await post(kit.stack, '/v1/evaluators', {
      container: 'cmp-cli',
      name: 'head-to-head',
      type: 'judge',
      mode: 'pairwise',
      judge_model: 'fake/judge-model',
      judge_prompt: pairwisePrompt,
    });
    const args = ['run', '--container', 'cmp-cli', '--evaluator', 'head-to-head'];
    for (const model of models) args.push('--generate', model);
    try {
      const passing = await runAssay(
        [...args, '--gate', 'head-to-head[fake/model-a vs fake/model-c].win_rate.ci95.low > 0.5'],
        env,
        dir,
      );
      expect(passing.code, passing.stderr + passing.stdout).toBe(0);
      expect(passing.stdout).toContain(
        '✓ head-to-head[fake/model-a vs fake/model-c].win_rate.ci95.low > 0.5',
      );
      // The configured bias makes about a third of the pairs inconsistent.
      const junitFile = path.join(dir, 'junit.xml');
      const failing = await runAssay(
        ['--json', ...args, '--gate', 'head-to-head.inconsistent_rate <= 0.1', '--junit', junitFile],
        env,
        dir,
      );
      expect(failing.code, failing.stderr).toBe(1);
      const report = JSON.parse(failing.stdout) as Json;
      expect(report.gates.checks).toHaveLength(3);
      const served = (await kit.stack.call('GET', `/v1/evaluations/runs/${report.run.id}/comparisons`)).body;
      const ab = served.data[0].pairs[0];
      expect(report.gates.checks[0]).toMatchObject({
        evaluator: 'head-to-head',
        model: 'fake/model-a vs fake/model-b',
        value: ab.inconsistent / ab.comparisons,
        passed: false,
      });
      // Each model pair is a JUnit case of its own, failed by the gate.
      const junit = (await parseJunit(readFileSync(junitFile, 'utf8'))) as TestSuites;
      const cases = junit.testsuite![0]!.testcase!;
      expect(cases.map((c) => c.name)).toEqual(
        served.data[0].pairs.map((p: Json) => `head-to-head [${p.model_a} vs ${p.model_b}]`),
      );
      expect(cases[0]!.failure![0]!.message).toContain('head-to-head.inconsistent_rate <= 0.1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('ranks listwise with a fixed display order per item, varied across items', () => {
    const listwise = comparisons.data.find((d: Json) => d.mode === 'listwise');
    const rankings = results.filter((r) => r.comparison?.mode === 'listwise');
    expect(rankings).toHaveLength(ITEMS);
    const firstShown = new Set(rankings.map((r) => r.comparison.display_order[0]));
    expect(firstShown.size).toBe(3);
    const recomputed = meanRanks(
      models,
      rankings.map((r) => ({ item: r.item_id, ranked: r.comparison.ranking })),
    );
    expect(listwise.mean_ranks.map((m: Json) => m.mean_rank)).toEqual(recomputed.map((m) => m.mean_rank));
    // model-a is the strongest: the lowest mean rank, its interval wholly below model-c's.
    const [a, , c] = listwise.mean_ranks;
    expect(a.mean_rank_ci.high).toBeLessThan(c.mean_rank_ci.low);
    expect(listwise.ratings[0].model).toBe('fake/model-a');
    expect(listwise.pairs).toEqual(
      [
        ['fake/model-a', 'fake/model-b'],
        ['fake/model-a', 'fake/model-c'],
        ['fake/model-b', 'fake/model-c'],
      ].map(([x, y]) =>
        pairMetrics(
          x!,
          y!,
          rankingComparisons(rankings.map((r) => ({ item: r.item_id, ranked: r.comparison.ranking }))),
          false,
        ),
      ),
    );
  });
});

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
