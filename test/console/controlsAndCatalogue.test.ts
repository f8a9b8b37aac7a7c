/// <reference lib="dom" />
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCount, formatUsd } from '../../console/src/format.js';
import { screenshot, type Browser } from '../support/browser.js';
import { post, seedContainer, seedJudge, waitForRun, type RunKit } from '../support/runKit.js';
import { rows, useConsoleStack, type Json } from './consoleFixtures.js';

/**
 * The console in a real browser, past the run pages: steering a live run, what a read key and a
 * revoked key see, the evaluator, dataset and container pages, and /docs. (The run pages:
 * runPages.test.ts.)
 */
describe('the results console in a real browser: controls, keys, catalogue and /docs', () => {
  const consoleStack = useConsoleStack();
  const { foreignRequests, eventually, api, expectAccessible, signIn } = consoleStack;
  let kit: RunKit;
  let browser: Browser;
  let base: string;
  let readKey: string;
  beforeAll(() => {
    ({ kit, browser, base, readKey } = consoleStack.ready);
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
