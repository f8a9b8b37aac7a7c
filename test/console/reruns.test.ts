/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureConsoleBuilt } from '../../src/stack/consoleBuild.js';
import { axeViolations, launchBrowser, type Browser } from '../support/browser.js';
import { post, seedContainer, seedJudge, useRunKit, waitForRun } from '../support/runKit.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * "Rerun errors" from a run page: the dialog shows the API's estimate before anything starts, the
 * rerun opens as a run linked to its parent, and its comparison defaults to the parent.
 */
describe('reruns in the console', () => {
  const kit = useRunKit();
  let browser: Browser;
  let parent: Json;
  beforeAll(async () => {
    await ensureConsoleBuilt();
    browser = await launchBrowser();
    const logs = Array.from({ length: 6 }, (_, i) => ({ input: `ticket ${i}`, output: `reply ${i}` }));
    await seedContainer(kit.stack, 'again', logs);
    await seedJudge(kit.stack, 'again', 'quality', { prompt: 'Rate {{output}} for {{input}}' });
    // Two items' judge calls are refused for good: two item errors.
    for (const i of [1, 4]) {
      kit.fake.on({ prompt: `Rate reply ${i} for ticket ${i}` }, () => ({ fault: 'status', status: 400 }));
    }
    const created = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'again',
      evaluators: ['quality'],
      sample: { type: 'container' },
    });
    parent = await waitForRun(kit.stack, created.id);
    kit.fake.reset();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the estimate, starts the rerun on confirming, and links it to its parent', async () => {
    expect(parent.progress).toMatchObject({ total: 6, failed: 2 });
    const estimate = (
      await kit.stack.call('POST', `/v1/evaluations/runs/${parent.id}/rerun/estimate`, { body: {} })
    ).body;
    expect(estimate).toMatchObject({ object: 'evaluation.rerun_estimate', results: 2, parent_results: 6 });

    const page = await browser.newPage();
    await page.goto(`${kit.stack.api.url}/console/runs/${parent.id}`);
    await page.getByLabel('API key').fill(kit.stack.adminKey);
    await page.getByRole('button', { name: 'Open the console' }).click();
    await page.getByRole('button', { name: 'Rerun errors' }).click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.locator('[data-field=rerun-estimate]').textContent(), { timeout: 20_000 })
      .toContain('2 of 6 results evaluated anew');
    expect(await axeViolations(page)).toEqual([]);
    // Nothing starts before confirming.
    expect((await kit.stack.call('GET', '/v1/evaluations/runs?container=again')).body.total).toBe(1);
    await dialog.getByRole('button', { name: 'Start rerun' }).click();

    await expect.poll(() => page.url(), { timeout: 20_000 }).not.toContain(parent.id);
    const childId = page.url().split('/runs/')[1]!;
    const child = await waitForRun(kit.stack, childId);
    expect(child).toMatchObject({ parent_run_id: parent.id, status: 'completed' });
    expect(child.progress).toMatchObject({ total: 6, failed: 0, carried_over: 4 });
    await page.getByRole('link', { name: parent.id }).first().waitFor();
    expect(await page.locator('#baseline-select').inputValue()).toBe(parent.id);
  });

  it('shows what the project answer cache saved a run', async () => {
    const body = {
      container: 'again',
      evaluators: ['quality'],
      sample: { type: 'container' },
      cache: 'project',
      cache_nondeterministic: true,
    };
    await waitForRun(kit.stack, (await post(kit.stack, '/v1/evaluations/runs', body)).id);
    const second = await waitForRun(kit.stack, (await post(kit.stack, '/v1/evaluations/runs', body)).id);
    expect(second.estimated_spend.cache_hits).toBe(6);

    const page = await browser.newPage();
    await page.goto(`${kit.stack.api.url}/console/runs/${second.id}`);
    await page.getByLabel('API key').fill(kit.stack.adminKey);
    await page.getByRole('button', { name: 'Open the console' }).click();
    const saved = page.locator('[data-field=saved]');
    await saved.waitFor();
    expect(await saved.textContent()).toContain('6 calls answered from the project cache');
    expect(await page.locator('[data-field=actual]').textContent()).toBe('$0.0000');
  });
});
