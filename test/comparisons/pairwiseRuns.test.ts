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
import { pairMetrics, type Comparison } from '../../src/metrics/pairwise.js';
import { runAssay } from '../cli/cliHarness.js';
import { pythonWithModules } from '../support/pythonTools.js';
import { post, seedContainer, useRunKit, waitForRun } from '../support/runKit.js';
import {
  exportResults,
  ITEMS,
  listwisePrompt,
  logs,
  models,
  pairwisePrompt,
  positionBias,
  strengths,
  type Json,
} from './comparisonFixtures.js';

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

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const strengthOf = (slug: string) => strengths[slug.slice('fake/'.length) as keyof typeof strengths];

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
