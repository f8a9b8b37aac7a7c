/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureConsoleBuilt } from '../../src/stack/consoleBuild.js';
import { axeViolations, launchBrowser, type Browser } from '../support/browser.js';
import { post, seedContainer, useRunKit, waitForRun } from '../support/runKit.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A pairwise run in the console: the win-rate matrix and ranking as the API reports them, and an item's two orders. */
const models = ['fake/model-a', 'fake/model-b', 'fake/model-c'];
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

describe('comparisons in the console', () => {
  const kit = useRunKit({ ASSAY_RUN_BATCH_SIZE: '20' });
  let browser: Browser;
  let run: Json;
  let comparisons: Json;
  beforeAll(async () => {
    await ensureConsoleBuilt();
    browser = await launchBrowser();
    await seedContainer(
      kit.stack,
      'duel',
      Array.from({ length: 40 }, (_, i) => ({ input: `q${i}`, output: `a${i}` })),
    );
    await post(kit.stack, '/v1/evaluators', {
      container: 'duel',
      name: 'duel-judge',
      type: 'judge',
      mode: 'pairwise',
      judge_model: 'fake/judge-model',
      judge_prompt: '{{input}}\nA: {{output_a}}\nB: {{output_b}}',
    });
    kit.fake.setComparisonJudge({ strengths: { 'model-a': 1, 'model-c': -1 }, positionBias: 0.5 });
    const created = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'duel',
      evaluators: ['duel-judge'],
      sample: { type: 'generate', models },
    });
    run = await waitForRun(kit.stack, created.id, undefined, 120_000);
    comparisons = (await kit.stack.call('GET', `/v1/evaluations/runs/${run.id}/comparisons`)).body;
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the win-rate matrix and the ranking the API reports, and both orders of an item', async () => {
    expect(run.status).toBe('completed');
    const page = await browser.newPage();
    await page.goto(`${kit.stack.api.url}/console/runs/${run.id}`);
    await page.getByLabel('API key').fill(kit.stack.adminKey);
    await page.getByRole('button', { name: 'Open the console' }).click();

    const matrix = page.getByRole('table', { name: /Win rate of the row model over the column model/ });
    const [ab] = comparisons.data[0].pairs;
    const cell = matrix.locator(
      'tr[data-model="fake/model-a"] td[data-against="fake/model-b"] [data-field=win-rate]',
    );
    await expect.poll(() => cell.textContent(), { timeout: 20_000 }).toBe(percent(ab.win_rate));
    const mirrored = matrix.locator(
      'tr[data-model="fake/model-b"] td[data-against="fake/model-a"] [data-field=win-rate]',
    );
    expect(await mirrored.textContent()).toBe(percent(1 - ab.win_rate));
    expect(await page.locator('[data-field=inconsistent-rate]').textContent()).toBe(
      percent(comparisons.data[0].inconsistent_rate),
    );
    const ranking = page.getByRole('list', { name: 'Ranking by duel-judge' }).locator('li');
    expect(await ranking.evaluateAll((items) => items.map((li) => li.getAttribute('data-model')))).toEqual(
      comparisons.data[0].ratings.map((r: Json) => r.model),
    );
    expect(await axeViolations(page)).toEqual([]);

    const pairModel = encodeURIComponent('fake/model-a vs fake/model-b');
    const stored = (
      await kit.stack.call('GET', `/v1/evaluations/runs/${run.id}/results?model=${pairModel}&limit=1`)
    ).body.data[0];
    await page.goto(`${kit.stack.api.url}/console/runs/${run.id}/results`);
    await page.getByRole('button', { name: stored.item_id, exact: true }).first().click();
    const drawer = page.getByRole('dialog');
    const pair = drawer.locator('[data-model="fake/model-a vs fake/model-b"]');
    await expect.poll(() => pair.locator('[data-order]').count(), { timeout: 20_000 }).toBe(2);
    const shown = await pair.locator('[data-order] [data-field=winner]').allTextContents();
    expect(shown.map((text) => text.split(' ')[0])).toEqual(
      stored.comparison.verdicts.map((v: Json) => v.winner),
    );
    expect(await pair.locator('[data-field=outcome]').textContent()).toBe(stored.comparison.outcome);
  });
});
