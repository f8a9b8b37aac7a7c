import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestStack } from '../support/testStack.js';
import { runAssay } from './cliHarness.js';

/** `assay webhooks` as a subprocess against the API (no worker: the test delivery stays pending). */
const stack = useTestStack({ env: { ASSAY_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
const dir = mkdtempSync(path.join(tmpdir(), 'assay-cli-webhooks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const assay = async (...args: string[]) => {
  const result = await runAssay(
    args,
    { ASSAY_URL: stack.api.url, ASSAY_KEY: stack.adminKey, ASSAY_CONFIG_DIR: path.join(dir, 'config') },
    dir,
  );
  expect(result.stderr, result.stdout).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
};

describe('assay webhooks', () => {
  it('creates, lists, rotates and shows the deliveries of an endpoint', async () => {
    const created = JSON.parse(
      await assay('webhooks', 'create', 'http://127.0.0.1:9/hooks', '--events', 'eval.run.failed', '--json'),
    );
    expect(created).toMatchObject({ object: 'webhook', event_types: ['eval.run.failed'] });
    expect(created.secret).toMatch(/^whsec_/);

    expect(await assay('webhooks', 'list')).toContain(created.id);

    const rotated = JSON.parse(await assay('webhooks', 'rotate', created.id, '--overlap', '60', '--json'));
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.secrets).toHaveLength(2);

    const test = await stack.call('POST', `/v1/webhooks/${created.id}/test`);
    const table = await assay('webhooks', 'deliveries', created.id);
    expect(table).toContain(test.body.id);
    expect(table).toContain('pending');
  });
});
