/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureConsoleBuilt } from '../../src/stack/consoleBuild.js';
import { axeViolations, launchBrowser, screenshot, type Browser } from '../support/browser.js';
import { post, seedContainer, useRunKit, waitForRun } from '../support/runKit.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * A run over items labelled at upload, in the console: the calibration the API reports (rho and
 * kappa with intervals, the confusion matrix, a scatter, the disagreements linking to the item's
 * results). The fake judge agrees with the people on all but every fifth item.
 */
const itemCount = 40;
const humanPasses = (i: number) => i % 2 === 0;
const judgeAgrees = (i: number) => i % 5 !== 0;
const score = (value: number | null) => (value === null ? '—' : value.toFixed(3));
const interval = (ci: { low: number; high: number } | null) =>
  ci ? `${score(ci.low)} – ${score(ci.high)}` : '—';

describe('calibration in the console', () => {
  const kit = useRunKit();
  let browser: Browser;
  let run: Json;
  let calibration: Json;
  beforeAll(async () => {
    await ensureConsoleBuilt();
    browser = await launchBrowser();
    kit.fake.on({ prompt: /^console calibration q(\d+)$/ }, (req) => {
      const i = Number(/q(\d+)$/.exec(req.promptText)![1]);
      const passes = judgeAgrees(i) ? humanPasses(i) : !humanPasses(i);
      return { content: JSON.stringify({ score: passes ? 1 : 0, reasoning: 'as configured' }) };
    });
    await seedContainer(kit.stack, 'trust', []);
    await post(kit.stack, '/v1/evaluators', {
      container: 'trust',
      name: 'trusted-judge',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: 'console calibration {{input}}',
      threshold: 0.5,
    });
    await post(kit.stack, '/v1/datasets', {
      name: 'labelled',
      container: 'trust',
      items: Array.from({ length: itemCount }, (_, i) => ({
        id: `q${i}`,
        input: `q${i}`,
        output: `a${i}`,
        labels: { 'trusted-judge': humanPasses(i) ? 1 : 0 },
      })),
    });
    const created = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'trust',
      evaluators: ['trusted-judge'],
      sample: { type: 'dataset', dataset: 'labelled' },
      ground_truth: { type: 'dataset', dataset: 'labelled' },
    });
    run = await waitForRun(kit.stack, created.id, undefined, 120_000);
    calibration = (await kit.stack.call('GET', `/v1/evaluations/runs/${run.id}/calibration`)).body;
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the judge's agreement with the labels as the API reports it, accessibly, linking disagreements to results", async () => {
    expect(run.status).toBe('completed');
    const [group] = calibration.data;
    expect(group.items).toBe(itemCount);
    const page = await browser.newPage();
    await page.goto(`${kit.stack.api.url}/console/runs/${run.id}`);
    await page.getByLabel('API key').fill(kit.stack.adminKey);
    await page.getByRole('button', { name: 'Open the console' }).click();

    const section = page.locator('[data-calibration="trusted-judge"]');
    const kappa = section.locator('[data-field=kappa]');
    await expect
      .poll(() => kappa.textContent(), { timeout: 20_000 })
      .toBe(`${score(group.cohen_kappa.value)} ${interval(group.cohen_kappa.ci95)}`);
    expect(await section.locator('[data-field=spearman]').textContent()).toBe(
      `${score(group.spearman.value)} ${interval(group.spearman.ci95)}`,
    );
    const matrix = page.getByRole('table', { name: /Confusion matrix, trusted-judge/ });
    const cell = (human: string, judge: string) =>
      matrix.locator(`tr[data-human=${human}] td[data-judge=${judge}]`).textContent();
    expect([
      await cell('pass', 'pass'),
      await cell('pass', 'fail'),
      await cell('fail', 'pass'),
      await cell('fail', 'fail'),
    ]).toEqual(
      [
        group.confusion.pass_pass,
        group.confusion.pass_fail,
        group.confusion.fail_pass,
        group.confusion.fail_fail,
      ].map(String),
    );
    // The scatter: four (judge, human) pairs on a 0/1 scale, said in words for screen readers.
    const scatter = page.getByRole('img', { name: /Judge score against human label, trusted-judge/ });
    await expect
      .poll(() => scatter.locator('svg circle').count(), { timeout: 20_000 })
      .toBe(group.score_pairs.length);
    expect(await scatter.getAttribute('aria-label')).toContain(
      `${group.score_pairs[0].items} items judged ${group.score_pairs[0].judge} and labelled ${group.score_pairs[0].human}`,
    );

    const disagreements = page.getByRole('table', { name: /Biggest disagreements/ });
    const rows = disagreements.locator('tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-item')))).toEqual(
      group.disagreements.map((d: Json) => d.item_id),
    );
    const [first] = group.disagreements;
    expect(await rows.first().locator('[data-field=judge]').textContent()).toBe(
      `${score(first.judge)} (${first.judge_passed ? 'pass' : 'fail'})`,
    );
    expect(await rows.first().locator('[data-field=human]').textContent()).toBe(score(first.human));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'run-calibration', { fullPage: true });

    await disagreements.getByRole('link', { name: first.item_id, exact: true }).click();
    const drawer = page.getByRole('dialog');
    await expect
      .poll(() => drawer.locator('#drawer-title').textContent(), { timeout: 20_000 })
      .toContain(first.item_id);
    expect(page.url()).toContain(`/runs/${run.id}/results`);
  });
});
