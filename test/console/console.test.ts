/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatContent,
  formatCount,
  formatInterval,
  formatPercent,
  formatScore,
  formatUsd,
} from '../../console/src/format.js';
import { ensureConsoleBuilt } from '../../src/stack/consoleBuild.js';
import { keyWithScopes } from '../support/apiChecks.js';
import { axeViolations, launchBrowser, screenshot, type Browser } from '../support/browser.js';
import { cloneRunWithResults } from '../support/bulkResults.js';
import {
  post,
  seedContainer,
  seedDataset,
  seedJudge,
  startRunKit,
  waitForRun,
  type RunKit,
} from '../support/runKit.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const TEMPORAL_UI = 'http://127.0.0.1:8233';
const rows = Array.from({ length: 12 }, (_, i) => ({
  input: `question ${i}: how do I reset my password?`,
  output: `answer ${i}: Settings, then Security.`,
}));
/** The judge cannot be read on this item: it becomes an item error with the raw reply. */
const unreadable = 'I would rather not give a score.';
const runRequest = {
  container: 'support-bot',
  evaluators: ['helpfulness'],
  sample: { type: 'generate', models: ['fake/model-a', 'fake/model-b'] },
  ground_truth: { type: 'dataset', dataset: 'golden' },
};

describe('the results console in a real browser', () => {
  let kit: RunKit;
  let browser: Browser;
  let base: string;
  let runA: Json;
  let runB: Json;
  let readKey: string;
  const foreignRequests: string[] = [];
  /** Pages poll and fetch as they go: wait for what they show, up to a generous deadline. */
  const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 100 });

  const api = async (path: string) => {
    const response = await kit.stack.call('GET', path);
    expect(response.status, path).toBe(200);
    return response.body as Json;
  };

  async function expectAccessible(page: Page, where: string) {
    const violations = await axeViolations(page);
    expect(violations, `${where}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }

  async function signIn(key: string, path = '/console/'): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(base + path);
    await page.getByLabel('API key').fill(key);
    await page.getByRole('button', { name: 'Open the console' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    return page;
  }

  beforeAll(async () => {
    await ensureConsoleBuilt();
    // One batch at a time, so a slowed-down run stays live long enough to steer.
    kit = await startRunKit({
      ASSAY_TEMPORAL_UI_URL: TEMPORAL_UI,
      ASSAY_RUN_BATCH_SIZE: '4',
      ASSAY_RUN_WINDOW: '1',
    });
    base = kit.stack.api.url;
    await seedContainer(kit.stack, 'support-bot', rows);
    await seedDataset(kit.stack, 'golden', rows);
    await seedJudge(kit.stack, 'support-bot', 'helpfulness', { threshold: 0.5 });
    kit.fake.on({ model: 'judge-model', prompt: /question 3:/ }, unreadable);
    runA = await post(kit.stack, '/v1/evaluations/runs', runRequest);
    runA = await waitForRun(kit.stack, runA.id);
    // A second version of the judge scores model A's answers low and model B's high: against
    // run A, run B has a regression (model A) and an improvement (model B). (The fake's last
    // matching rule answers, so question 3 stays unreadable only in run A.)
    kit.fake.on(
      { model: 'judge-model', prompt: /Rate the answer\.[\s\S]*echo\(model-a\)/ },
      {
        score: 0.05,
        reasoning: 'Does not follow the reference.',
      },
    );
    kit.fake.on(
      { model: 'judge-model', prompt: /Rate the answer\.[\s\S]*echo\(model-b\)/ },
      {
        score: 0.95,
        reasoning: 'Matches the reference.',
      },
    );
    const patch = await kit.stack.call('PATCH', '/v1/evaluators/helpfulness', {
      body: {
        judge_prompt:
          'Rate the answer.\nQuestion: {{input}}\nAnswer: {{output}}\nReference: {{ground_truth}}',
      },
    });
    expect(patch.status).toBe(200);
    runB = await post(kit.stack, '/v1/evaluations/runs', runRequest);
    runB = await waitForRun(kit.stack, runB.id);
    readKey = await keyWithScopes(kit.stack, ['read']);
    browser = await launchBrowser();
    browser.context.on('request', (request) => {
      if (!request.url().startsWith(base) && !request.url().startsWith('data:')) {
        foreignRequests.push(request.url());
      }
    });
  });
  afterAll(async () => {
    await browser?.close();
    await kit?.close();
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

  it('controls: pause, resume, raise the budget and cancel a live run, each after confirming', async () => {
    await seedContainer(
      kit.stack,
      'slow-bot',
      Array.from({ length: 40 }, (_, i) => ({ input: `slow ${i}`, output: `reply ${i}` })),
    );
    await seedJudge(kit.stack, 'slow-bot', 'slow-judge');
    kit.fake.setLatency(400);
    try {
      const live = await post(kit.stack, '/v1/evaluations/runs', {
        container: 'slow-bot',
        evaluators: ['slow-judge'],
        sample: { type: 'container' },
      });
      await waitForRun(kit.stack, live.id, (r) => r.status === 'running');
      const page = await signIn(kit.stack.adminKey, `/console/runs/${live.id}`);
      const badge = page.locator('.title-row .badge');
      const confirm = async (open: string, confirmLabel: string) => {
        await page.getByRole('button', { name: open, exact: true }).click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        await dialog.getByRole('button', { name: confirmLabel }).click();
        await eventually(() => dialog.isVisible()).toBe(false);
      };

      // Closing the dialog without confirming changes nothing.
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Keep as is' }).click();
      expect((await api(`/v1/evaluations/runs/${live.id}`)).status).toBe('running');

      await confirm('Pause', 'Pause run');
      await eventually(() => badge.textContent()).toBe('paused');
      expect((await api(`/v1/evaluations/runs/${live.id}`)).status).toBe('paused');
      await screenshot(page, 'console-run-paused');
      await confirm('Resume', 'Resume run');
      await eventually(() => badge.textContent()).toBe('running');

      await page.getByLabel('Budget (USD)').fill('5');
      await confirm('Raise budget', 'Set budget');
      await eventually(() => page.locator('[data-field=budget]').textContent()).toBe(formatUsd(5));
      expect((await api(`/v1/evaluations/runs/${live.id}`)).estimated_spend.budget_usd).toBe(5);

      await confirm('Cancel run', 'Cancel run');
      await eventually(() => badge.textContent()).toBe('cancelled');
      expect((await api(`/v1/evaluations/runs/${live.id}`)).status).toBe('cancelled');
      expect(await page.getByRole('region', { name: 'Controls' }).count()).toBe(0);
      await page.close();
    } finally {
      kit.fake.setLatency(0);
    }
  });

  it('a read key sees the same results but no write controls', async () => {
    const self = await kit.stack.call('GET', '/v1/keys/self', { key: readKey });
    expect(self.status).toBe(200);
    expect(self.body.scopes).toEqual(['read']);
    kit.fake.setLatency(400);
    const live = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'slow-bot',
      evaluators: ['slow-judge'],
      sample: { type: 'container' },
    });
    try {
      const page = await signIn(readKey, `/console/runs/${live.id}`);
      await page.getByRole('region', { name: 'Progress' }).waitFor();
      for (const name of ['Pause', 'Resume', 'Cancel run', 'Raise budget']) {
        expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
      }
      expect(await page.getByRole('region', { name: 'Controls' }).count()).toBe(0);
      await page.goto(`${base}/console/datasets/golden`);
      await page.getByRole('table', { name: 'Dataset items' }).waitFor();
      expect(await page.getByLabel('JSONL file').count()).toBe(0);
      await page.close();
    } finally {
      kit.fake.setLatency(0);
      await kit.stack.call('POST', `/v1/evaluations/runs/${live.id}/cancel`);
      await waitForRun(kit.stack, live.id);
    }
  });

  it('a key revoked while in use sends the user back to the key form, and forgets it', async () => {
    const { key, info } = await kit.stack.api.ctx.store.keys.createKey(
      kit.stack.env.ASSAY_BOOTSTRAP_PROJECT,
      'revoked in use',
      ['read'],
    );
    const page = await signIn(key);
    expect((await kit.stack.call('DELETE', `/v1/keys/${info.id}`)).status).toBe(200);
    // The next page's typed call answers 401: the console asks for another key.
    await page.getByRole('link', { name: 'Datasets' }).click();
    await page.getByLabel('API key').waitFor();
    await eventually(() => page.getByRole('alert').textContent()).toContain('rejected this API key');
    expect(await page.evaluate(() => sessionStorage.getItem('assay.apiKey'))).toBeNull();
    await page.close();
  });

  it('evaluators show what changed between versions; datasets preview and take a JSONL upload; containers show their task logs', async () => {
    const page = await signIn(kit.stack.adminKey, '/console/evaluators');
    await page.getByRole('link', { name: 'helpfulness' }).click();
    const diff = page.getByLabel('Changes from v1 to v2');
    await diff.waitFor();
    expect((await diff.locator('.diff-removed').allTextContents()).join('')).toContain(
      '- judge_prompt: Q: {{input}}',
    );
    expect((await diff.locator('.diff-added').allTextContents()).join('')).toContain(
      '+ judge_prompt: Rate the answer.',
    );
    await expectAccessible(page, 'evaluator versions');
    await screenshot(page, 'console-evaluator-diff', { fullPage: true });

    await page.goto(`${base}/console/datasets`);
    await page.getByRole('link', { name: 'golden' }).click();
    await page.getByRole('table', { name: 'Dataset items' }).waitFor();
    const items = await api('/v1/datasets/golden/items?limit=10');
    await eventually(() => page.locator('table[aria-label="Dataset items"] tbody tr').count()).toBe(
      items.data.length,
    );
    const jsonl = Array.from({ length: 500 }, (_, i) =>
      JSON.stringify({ id: `up-${i}`, input: `uploaded ${i}`, output: 'ok' }),
    ).join('\n');
    await page
      .getByLabel('JSONL file')
      .setInputFiles({ name: 'more.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(jsonl) });
    await page.getByRole('button', { name: 'Upload' }).click();
    const outcome = page.locator('[data-field=upload-outcome]');
    await outcome.waitFor();
    const dataset = await api('/v1/datasets/golden');
    expect(dataset.item_count).toBe(rows.length + 500);
    expect(await outcome.textContent()).toBe(
      `Uploaded: 500 new, 0 already there; the dataset now holds ${dataset.item_count} items.`,
    );
    await eventually(() => page.locator('dd[data-field=item-count]').textContent()).toBe(
      formatCount(dataset.item_count),
    );
    // A bad line rejects the file, and the page names the line.
    await page.getByLabel('JSONL file').setInputFiles({
      name: 'bad.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from('{"input": "fine"}\n{"output": "no input"}\n'),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    await eventually(() => page.locator('.error-box').textContent()).toContain('line 2');
    expect((await api('/v1/datasets/golden')).item_count).toBe(dataset.item_count);
    await expectAccessible(page, 'dataset page');
    await screenshot(page, 'console-dataset');

    await page.goto(`${base}/console/containers`);
    await page.getByRole('link', { name: 'support-bot' }).click();
    await page.getByRole('table', { name: 'Task logs' }).waitFor();
    const logs = await api('/v1/containers/support-bot/logs');
    await eventually(() => page.locator('table[aria-label="Task logs"] tbody tr').count()).toBe(
      logs.data.length,
    );
    expect(await page.getByRole('navigation', { name: 'Task logs pages' }).textContent()).toContain(
      `of ${formatCount(logs.total)}`,
    );
    await expectAccessible(page, 'container page');
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

  it('/docs renders the OpenAPI document with Swagger UI and runs a request from the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/docs`);
    const doc = await api('/openapi.json');
    const operations = Object.values<Json>(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    await eventually(() => page.locator('.opblock').count()).toBe(operations);
    await page
      .getByRole('button', { name: /Authorize/ })
      .first()
      .click();
    await page.locator('.modal-ux input').first().fill(kit.stack.adminKey);
    await page.locator('.modal-ux button.authorize').click();
    await page.locator('.modal-ux button.btn-done').click();
    const self = page.locator('.opblock', { hasText: '/v1/keys/self' });
    await self.locator('.opblock-summary').first().click();
    await self.getByRole('button', { name: 'Execute' }).click();
    const status = self.locator('.live-responses-table tbody .response-col_status').first();
    await eventually(() => status.textContent()).toContain('200');
    expect(await self.locator('.curl-command').count()).toBeGreaterThan(0);
    await screenshot(page, 'docs');
    await page.close();
    expect(foreignRequests).toEqual([]);
  });
});
