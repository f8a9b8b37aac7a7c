/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureConsoleBuilt } from '../../src/stack/consoleBuild.js';
import { axeViolations, launchBrowser, type Browser } from '../support/browser.js';
import { useTestStack } from '../support/testStack.js';
import { waitFor } from '../support/waitFor.js';

/** The console's monitor pages: the list, and a monitor's progress, charts and alerts. */
const stack = useTestStack({ worker: true, env: { ASSAY_MONITOR_POLL_MS: '200' } });

describe('monitors in the console', () => {
  let browser: Browser;
  beforeAll(async () => {
    await ensureConsoleBuilt();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists monitors and shows one's backlog, its series with their bands and the alert on the timeline", async () => {
    const call = async (path: string, body: unknown) => {
      const res = await stack.call('POST', path, { body });
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
      return res.body;
    };
    await call('/v1/containers', { label: 'shop' });
    await call('/v1/evaluators', {
      container: 'shop',
      name: 'polite',
      type: 'grader',
      grader: { type: 'regex_check', name: 'polite', input: '{{sample.output_text}}', pattern: '^good' },
    });
    const monitor = await call('/v1/monitors', {
      container: 'shop',
      name: 'shop quality',
      evaluators: ['polite'],
      alert_rules: [{ metric: 'polite.pass_rate', op: '<', value: 0.9, min_items: 20 }],
    });
    const logs = Array.from({ length: 40 }, (_, n) => ({
      id: `c-${n}`,
      input: `q ${n}`,
      output: `bad ${n}`,
    }));
    await call('/v1/containers/shop/logs', { logs });
    await waitFor(
      () => stack.call('GET', `/v1/monitors/${monitor.id}/alerts`),
      (res) => res.body.data.length === 1,
      { what: 'the alert', timeoutMs: 30_000 },
    );

    const page = await browser.newPage();
    await page.goto(`${stack.api.url}/console/monitors`);
    await page.getByLabel('API key').fill(stack.adminKey);
    await page.getByRole('button', { name: 'Open the console' }).click();
    await page.getByRole('link', { name: 'shop quality' }).click();

    await expect.poll(() => page.locator('[data-field="results"]').textContent()).toContain('40 results');
    expect(await page.locator('[data-field="backlog"]').textContent()).toBe('0 logs');
    const passRate = page.getByRole('img', { name: /^Pass rate per hour/ });
    await expect.poll(() => passRate.locator('svg path').count()).toBeGreaterThan(0);
    // The alert's rule across the timeline, and its row with the window that fired it.
    await expect.poll(() => passRate.locator('svg [stroke-dasharray]').count()).toBeGreaterThan(0);
    const alertRow = page
      .getByRole('table', { name: 'Alerts' })
      .getByRole('row')
      .filter({ hasText: 'polite.pass_rate' });
    expect(await alertRow.textContent()).toContain('firing');
    expect(await axeViolations(page)).toEqual([]);
  });
});
