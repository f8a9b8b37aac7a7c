import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestStack } from '../support/testStack.js';
import { runAssay } from './cliHarness.js';

/** `assay monitors` and monitors in `assay apply`, as a subprocess against the API (no worker needed). */
const stack = useTestStack();
const dir = mkdtempSync(path.join(tmpdir(), 'assay-cli-monitors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  runAssay(
    args,
    { ASSAY_URL: stack.api.url, ASSAY_KEY: stack.adminKey, ASSAY_CONFIG_DIR: path.join(dir, 'config') },
    dir,
  );
const assay = async (...args: string[]) => {
  const result = await run(...args);
  expect(result.stderr, result.stdout).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
};
const assayJson = async (...args: string[]) => JSON.parse(await assay('--json', ...args));

const fileWith = (samplingRate: number, pattern: string) => `containers:
  - label: watched
evaluators:
  - name: polite
    container: watched
    type: grader
    grader: { type: regex_check, name: polite, input: "{{sample.output_text}}", pattern: "${pattern}" }
monitors:
  - container: watched
    name: watched quality
    evaluators: [polite]
    sampling_rate: ${samplingRate}
    filters: { model: gpt-x }
    alert_rules:
      - { metric: polite.pass_rate, op: "<", value: 0.8, min_items: 50 }
`;

describe('assay monitors', () => {
  it('apply declares monitors: created, unchanged when applied again, a new version when it or its evaluator changes', async () => {
    writeFileSync(path.join(dir, 'v1.yaml'), fileWith(0.5, '^good'));
    const first = await assayJson('apply', '-f', 'v1.yaml');
    expect(first.plan.find((c: { resource: string }) => c.resource === 'monitor')).toMatchObject({
      kind: 'create',
      name: 'watched quality',
    });
    const again = await assayJson('apply', '-f', 'v1.yaml');
    expect(again.totals).toMatchObject({ create: 0, update: 0, delete: 0 });
    expect(again.applied).toEqual([]);

    writeFileSync(path.join(dir, 'v2.yaml'), fileWith(0.25, '^good'));
    const changed = await assayJson('apply', '-f', 'v2.yaml');
    expect(changed.applied).toEqual([expect.objectContaining({ kind: 'update', resource: 'monitor' })]);

    // The evaluator changes: the monitor follows it to its new version in the same apply.
    writeFileSync(path.join(dir, 'v3.yaml'), fileWith(0.25, '^(good|fine)'));
    const followed = await assayJson('apply', '-f', 'v3.yaml');
    expect(followed.applied.map((c: { resource: string }) => c.resource).sort()).toEqual([
      'evaluator',
      'monitor',
    ]);
    expect((await assayJson('apply', '-f', 'v3.yaml')).applied).toEqual([]);

    const [monitor] = (await assayJson('monitors', 'list')).data;
    expect(monitor).toMatchObject({ name: 'watched quality', version: 3, sampling_rate: 0.25 });
    expect(monitor.evaluators[0].version).toBe(2);
  });

  it('creates from flags, refuses a bad flag before any request, and lists, pauses, resumes, backfills and deletes', async () => {
    const bad = await run(
      'monitors',
      'create',
      '--container',
      'watched',
      '--name',
      'x',
      '--evaluators',
      'polite',
      '--sampling-rate',
      '1.5',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--sampling-rate');
    const badRule = await run(
      'monitors',
      'create',
      '--container',
      'watched',
      '--name',
      'x',
      '--evaluators',
      'polite',
      '--alert',
      'polite<<1',
    );
    expect(badRule.code).toBe(2);

    const created = await assayJson(
      'monitors',
      'create',
      '--container',
      'watched',
      '--name',
      'flags',
      '--evaluators',
      'polite',
      '--sampling-rate',
      '0.1',
      '--metadata',
      'tier=pro',
      '--alert',
      'polite.pass_rate<0.9',
      '--daily-budget',
      '2',
    );
    expect(created).toMatchObject({
      object: 'monitor',
      sampling_rate: 0.1,
      filters: { metadata: { tier: 'pro' } },
      daily_budget_usd: 2,
      alert_rules: [{ metric: 'polite.pass_rate', op: '<', value: 0.9, window_hours: 1, min_items: 30 }],
    });
    // An unknown evaluator is the API's refusal: exit 3 with its message.
    const unknown = await run(
      'monitors',
      'create',
      '--container',
      'watched',
      '--name',
      'y',
      '--evaluators',
      'nope',
    );
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('nope');

    expect(await assay('monitors', 'list')).toContain(created.id);
    expect(await assay('monitors', 'get', created.id)).toContain('backlog 0');
    expect((await assayJson('monitors', 'pause', created.id)).status).toBe('paused');
    expect((await assayJson('monitors', 'resume', created.id)).status).toBe('active');
    const metrics = await assayJson(
      'monitors',
      'metrics',
      created.id,
      '--group-by',
      'model',
      '--interval',
      'day',
    );
    expect(metrics).toMatchObject({ object: 'monitor.metrics', interval: 'day', data: [] });
    expect(await assay('monitors', 'metrics', created.id)).toContain('pass rate');

    const backfill = await assayJson(
      'monitors',
      'backfill',
      created.id,
      '--from',
      '2026-01-01',
      '--to',
      '2026-01-02',
    );
    expect(backfill).toMatchObject({
      object: 'evaluation.run',
      metadata: { monitor_id: created.id, backfill_from: '1767225600' },
    });
    const reversed = await run(
      'monitors',
      'backfill',
      created.id,
      '--from',
      '2026-01-02',
      '--to',
      '2026-01-01',
    );
    expect(reversed.code).toBe(3);
    expect(reversed.stderr).toContain('to');

    expect(await assay('monitors', 'delete', created.id)).toContain(`Deleted monitor ${created.id}`);
    expect((await run('monitors', 'get', created.id)).code).toBe(3);
  });
});
