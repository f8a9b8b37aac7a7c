/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureConsoleBuilt } from '../../src/stack/consoleBuild.js';
import { axeViolations, launchBrowser, type Browser } from '../support/browser.js';
import { useTestStack } from '../support/testStack.js';
import { WebhookReceiver } from '../support/webhookReceiver.js';

/** The console's webhook pages: an endpoint's deliveries, a test event, and a redelivery. */
const receiver = new WebhookReceiver(1);
let receiverUrl = '';
beforeAll(async () => {
  receiverUrl = await receiver.start();
});
afterAll(() => receiver.close());

// One attempt per delivery: the receiver's first 500 leaves the test event failed until redelivered.
const stack = useTestStack({
  worker: true,
  env: { ASSAY_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', ASSAY_WEBHOOK_RETRY_SCHEDULE_MS: '0' },
});

describe('webhooks in the console', () => {
  let browser: Browser;
  beforeAll(async () => {
    await ensureConsoleBuilt();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows an endpoint, sends a test event, shows the failed delivery and redelivers it', async () => {
    const created = await stack.call('POST', '/v1/webhooks', {
      body: { url: receiverUrl, event_types: ['evaluation.run.completed'] },
    });
    expect(created.status).toBe(201);
    const page = await browser.newPage();
    await page.goto(`${stack.api.url}/console/webhooks`);
    await page.getByLabel('API key').fill(stack.adminKey);
    await page.getByRole('button', { name: 'Open the console' }).click();
    await page.getByRole('link', { name: receiverUrl }).click();
    await page.getByRole('button', { name: 'Send test event' }).click();

    const deliveries = page.getByRole('table', { name: 'Deliveries' });
    const row = deliveries.getByRole('row').filter({ hasText: 'webhook.test' });
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain('failed');
    expect(await row.textContent()).toContain('answered 500');
    expect(await axeViolations(page)).toEqual([]);

    await row.getByRole('button', { name: 'Redeliver' }).click();
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain('delivered');
    const ids = new Set(receiver.requests.map((r) => r.headers['webhook-id']));
    expect(receiver.requests.map((r) => r.status)).toEqual([500, 200]);
    expect(ids.size).toBe(1);

    // The extra section still fits a narrow window (only tables scroll sideways).
    await page.setViewportSize({ width: 390, height: 800 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(1);
  });
});
