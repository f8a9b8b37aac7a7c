/// <reference lib="dom" />
import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatContent,
  formatCount,
  formatInterval,
  formatPercent,
  formatScore,
  formatUsd,
} from '../../console/src/format.js';
import { screenshot, type Browser } from '../support/browser.js';
import { cloneRunWithResults } from '../support/bulkResults.js';
import type { RunKit } from '../support/runKit.js';
import { TEMPORAL_UI, unreadable, useConsoleStack, type Json } from './consoleFixtures.js';

/**
 * The console's run pages in a real browser: the key form and the runs list, a run's figures, its
 * results, the comparison of two runs, and a narrow window. (Controls, keys, the catalogue pages
 * and /docs: controlsAndCatalogue.test.ts.)
 */
describe('the results console in a real browser: runs', () => {
  const consoleStack = useConsoleStack();
  const { foreignRequests, eventually, api, expectAccessible, signIn } = consoleStack;
  let kit: RunKit;
  let browser: Browser;
  let base: string;
  let runA: Json;
  let runB: Json;
  beforeAll(() => {
    ({ kit, browser, base, runA, runB } = consoleStack.ready);
  });

  it('asks for a key once, keeps it in session storage only, and lists the runs as the API does', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/console/`);
    await expectAccessible(page, 'key form');
    await page.getByLabel('API key').fill('assay_sk_not_a_real_key_000000000000');
    await page.getByRole('button', { name: 'Open the console' }).click();
    await eventually(() => page.getByRole('alert').textContent()).toContain('unknown or revoked');

    await page.getByLabel('API key').fill(kit.stack.adminKey);
    await page.getByRole('button', { name: 'Open the console' }).click();
    await page.getByRole('table', { name: 'Evaluation runs' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('assay.apiKey'))).toBe(kit.stack.adminKey);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(page.url()).not.toContain(kit.stack.adminKey);

    const listed = await api('/v1/evaluations/runs');
    expect(listed.data.length).toBe(2);
    for (const run of listed.data) {
      const row = page.locator(`tr[data-run-id="${run.id}"]`);
      await eventually(() => row.locator('.badge').textContent()).toBe(run.status);
      expect(await row.locator('[data-field=spend]').textContent()).toBe(
        formatUsd(run.estimated_spend.actual_usd),
      );
      expect(await row.getByRole('progressbar').getAttribute('aria-valuenow')).toBe(
        String(run.progress.done),
      );
    }
    await page.getByLabel('Status').selectOption('cancelled');
    await eventually(() => page.locator('tr[data-run-id]').count()).toBe(0);
    await page.getByLabel('Status').selectOption('completed');
    await eventually(() => page.locator('tr[data-run-id]').count()).toBe(listed.data.length);
    await expectAccessible(page, 'runs list');
    await screenshot(page, 'console-runs');
    await page.close();
  });

  it('run page: metrics, intervals, histograms, paired differences and spend equal the API; the workflow is linked', async () => {
    const page = await signIn(kit.stack.adminKey, `/console/runs/${runA.id}`);
    const run = await api(`/v1/evaluations/runs/${runA.id}`);
    await page.getByRole('table', { name: 'Metrics per evaluator and model' }).waitFor();
    expect(run.metrics.by_evaluator).toHaveLength(2);
    for (const m of run.metrics.by_evaluator) {
      const row = page.locator(`tr[data-evaluator="${m.evaluator_id}"][data-model="${m.model}"]`);
      const cell = (field: string) => row.locator(`[data-field="${field}"]`).textContent();
      expect(await cell('count')).toBe(formatCount(m.count));
      expect(await cell('scored')).toBe(formatCount(m.scored));
      expect(await cell('errors')).toBe(formatCount(m.errors));
      expect(await cell('mean')).toBe(formatScore(m.mean));
      expect(await cell('mean-ci')).toBe(formatInterval(m.mean_ci95, formatScore));
      expect(await cell('pass-rate')).toBe(formatPercent(m.pass_rate));
      expect(await cell('pass-rate-ci')).toBe(formatInterval(m.pass_rate_ci95, formatPercent));
      expect(m.score_histogram.reduce((n: number, b: Json) => n + b.count, 0)).toBe(m.scored);
    }
    expect(run.metrics.by_evaluator.some((m: Json) => m.errors > 0)).toBe(true);
    const histograms = page.getByRole('img', { name: /^Histogram of helpfulness/ });
    await eventually(() => histograms.count()).toBe(2);
    // Plot loads with the first chart, so the bars follow the figures' labels.
    await eventually(async () => (await page.locator('.small-multiples svg rect').count()) > 0).toBe(true);
    const paired = run.metrics.paired_differences[0];
    expect(await page.locator('[data-field="mean-difference"]').first().textContent()).toBe(
      formatScore(paired.mean_difference),
    );
    expect(await page.locator('[data-field=actual]').textContent()).toBe(
      formatUsd(run.estimated_spend.actual_usd),
    );
    const tokensIn = run.metrics.by_evaluator.reduce((n: number, m: Json) => n + m.tokens.input, 0);
    expect(await page.locator('[data-field=tokens-input]').textContent()).toBe(formatCount(tokensIn));
    expect(await page.getByRole('link', { name: /in the Temporal UI/ }).getAttribute('href')).toBe(
      `${TEMPORAL_UI}/namespaces/${kit.stack.env.TEMPORAL_NAMESPACE}/workflows/${run.process_id}`,
    );
    await expectAccessible(page, 'run page');
    await screenshot(page, 'console-run', { fullPage: true });
    await page.close();
  });

  it('results: the virtualised table pages through the API, filters like it, and the drawer shows an item whole', async () => {
    // 250 results: several server pages behind one scrolling table.
    const bulk = await cloneRunWithResults(kit.stack.mongo.db, runA.id, 250);
    const page = await signIn(kit.stack.adminKey, `/console/runs/${bulk}/results`);
    await eventually(() => page.locator('[data-field=results-total]').textContent()).toBe('250 results');
    const firstPage = await api(`/v1/evaluations/runs/${bulk}/results?limit=100`);
    const rendered = page.locator('tbody tr[data-result-id]');
    expect(await rendered.first().getAttribute('data-result-id')).toBe(firstPage.data[0].id);
    // Far fewer rows in the DOM than loaded: the table is virtualised.
    expect(await rendered.count()).toBeLessThan(60);
    const lastPage = await api(`/v1/evaluations/runs/${bulk}/results?limit=50&after=${firstPage.last_id}`);
    const secondLast = await api(`/v1/evaluations/runs/${bulk}/results?limit=100&after=${lastPage.last_id}`);
    const lastId = secondLast.data.at(-1).id;
    const scroller = page.getByRole('region', { name: /Results table/ });
    await eventually(async () => {
      await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      return rendered.last().getAttribute('data-result-id');
    }).toBe(lastId);

    await page.goto(`${base}/console/runs/${runA.id}/results`);
    await page.getByLabel('Status').selectOption('error');
    const errors = await api(`/v1/evaluations/runs/${runA.id}/results?status=error`);
    expect(errors.total).toBeGreaterThan(0);
    await eventually(() => page.locator('[data-field=results-total]').textContent()).toBe(
      `${formatCount(errors.total)} results`,
    );
    expect(page.url()).toContain('status=error');
    const failing = errors.data[0];
    await page.getByRole('button', { name: failing.item_id, exact: true }).first().click();
    const drawer = page.getByRole('dialog', { name: `Item ${failing.item_id}` });
    await drawer.waitFor();
    const item = await api(`/v1/evaluations/runs/${runA.id}/results?item=${failing.item_id}`);
    expect(item.data.length).toBe(2);
    await eventually(() => drawer.locator('[data-field=output]').count()).toBe(2);
    for (const result of item.data) {
      const column = drawer.locator(`.output-column[data-model="${result.model}"]`);
      expect(await column.locator('[data-field=output]').textContent()).toBe(formatContent(result.output));
      const verdict = drawer.locator(`[data-result-id="${result.id}"]`);
      expect(await verdict.locator('[data-field=status]').textContent()).toBe(result.status);
      expect(await verdict.locator('[data-field=evaluator-version]').textContent()).toBe(
        `v${result.evaluator_version}`,
      );
      if (result.error) {
        expect(await verdict.locator('[data-field=error]').textContent()).toBe(result.error);
        expect(await verdict.locator('[data-field=raw-reply]').textContent()).toBe(result.raw_reply);
      }
    }
    expect(await drawer.locator('[data-field=raw-reply]').first().textContent()).toBe(unreadable);
    expect(await drawer.locator('[data-field=input]').textContent()).toBe(formatContent(item.data[0].input));
    expect(await drawer.locator('[data-field=ground-truth]').textContent()).toBe(
      formatContent(item.data[0].ground_truth),
    );
    await expectAccessible(page, 'results with the drawer open');
    await screenshot(page, 'console-results-drawer');
    await page.keyboard.press('Escape');
    await eventually(() => drawer.count()).toBe(0);

    // A scored item shows the judge's reasoning.
    await page.getByLabel('Status').selectOption('scored');
    const scored = await api(`/v1/evaluations/runs/${runA.id}/results?status=scored&limit=1`);
    await page.getByRole('button', { name: scored.data[0].item_id, exact: true }).first().click();
    const reasons = page.getByRole('dialog').locator('[data-field=reason]');
    await reasons.first().waitFor();
    expect(await reasons.first().textContent()).toBe(scored.data[0].reason);
    expect(await page.getByRole('dialog').getByText('Judge reasoning').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('compares two runs over the same items: regressions first, each delta as the compare API answers', async () => {
    const page = await signIn(kit.stack.adminKey, `/console/runs/${runB.id}`);
    await page.getByLabel('Compare with').selectOption(runA.id);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const table = page.getByRole('table', { name: 'Metric differences, regressions first' });
    await table.waitFor();
    expect(page.url()).toContain(`/console/runs/${runB.id}/compare?baseline=${runA.id}`);
    const comparison = await api(`/v1/evaluations/runs/${runB.id}/compare?baseline=${runA.id}`);
    expect(comparison.comparisons.length).toBe(2);
    expect(await page.locator('[data-field=paired-items]').textContent()).toBe(
      formatCount(comparison.paired_items),
    );
    // The page keeps the API's order (regressions first) and shows its numbers.
    const shownOrder = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => `${tr.getAttribute('data-evaluator')}/${tr.getAttribute('data-model')}`),
      );
    expect(shownOrder).toEqual(comparison.comparisons.map((m: Json) => `${m.evaluator_id}/${m.model}`));
    expect(comparison.comparisons.map((m: Json) => [m.model, m.verdict])).toEqual([
      ['fake/model-a', 'regression'],
      ['fake/model-b', 'improvement'],
    ]);
    expect(await table.locator('tbody tr').first().locator('[data-field=verdict]').textContent()).toBe(
      'regression',
    );
    for (const m of comparison.comparisons) {
      const row = table.locator(`tr[data-evaluator="${m.evaluator_id}"][data-model="${m.model}"]`);
      expect(await row.getAttribute('data-verdict')).toBe(m.verdict);
      expect(await row.locator('[data-field=n]').textContent()).toBe(formatCount(m.n));
      const signed = (v: number) => `${v > 0 ? '+' : ''}${v.toFixed(3)}`;
      expect(await row.locator('[data-field=mean-difference]').textContent()).toBe(signed(m.mean_difference));
      expect(await row.locator('[data-field=mean-difference-ci]').textContent()).toBe(
        formatInterval(m.mean_difference_ci95, signed),
      );
    }
    await expectAccessible(page, 'compare page');
    await screenshot(page, 'console-compare', { fullPage: true });
    await page.close();
  });

  it('is usable on a narrow window: only tables scroll sideways', async () => {
    const page = await signIn(kit.stack.adminKey, `/console/runs/${runA.id}`);
    await page.setViewportSize({ width: 390, height: 800 });
    await page.getByRole('table', { name: 'Metrics per evaluator and model' }).waitFor();
    // Every element wider than the window, unless a scrolling box (a table's) holds it.
    const tooWide = await page.evaluate(() =>
      Array.from(document.querySelectorAll('body *'))
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((el) => !el.closest('.table-wrap, .virtual-scroller'))
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`,
        ),
    );
    expect(tooWide).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(1);
    await screenshot(page, 'console-narrow', { fullPage: true });
    await page.close();
  });

  it('loads nothing from outside the server on these pages', () => {
    expect(foreignRequests).toEqual([]);
  });
});
