import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/stack/paths.js';
import { useTestStack } from '../support/testStack.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const walkthrough = readme.slice(
  readme.indexOf('<!-- walkthrough:start -->'),
  readme.indexOf('<!-- walkthrough:end -->'),
);
/** The runnable part of the README's walk-through: its ```bash blocks, in order. */
const blocks = [...walkthrough.matchAll(/^```bash\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
const curlCommands = blocks.flatMap((block) => block.split('\n').filter((line) => /^curl\s/.test(line)));

/** Makes every curl of the walk-through report its status and fail the script unless it is 2xx. */
const curlCheck = path.join(repoRoot, 'test', 'support', 'curl-2xx.sh');

describe("the README's API walk-through", () => {
  let dir: string;
  const stack = useTestStack({ worker: true });
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'assay-walkthrough-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('has curl commands to run', () => {
    expect(blocks.length).toBeGreaterThan(5);
    expect(curlCommands.length).toBeGreaterThan(8);
  });

  it('runs every curl command of the walk-through against a fresh server, each answering 2xx', async () => {
    const statusFile = path.join(dir, 'statuses');
    const script = ['set -euo pipefail', `source '${curlCheck}'`, `exec 3>'${statusFile}'`, ...blocks].join(
      '\n',
    );
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn('bash', ['-c', script], {
        cwd: repoRoot,
        env: {
          ...process.env,
          ASSAY_URL: stack.api.url,
          MONGODB_URI: stack.env.MONGODB_URI,
          MONGODB_DATABASE: stack.env.MONGODB_DATABASE,
        },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(result.code, `${result.stderr}\n${result.stdout}`).toBe(0);
    const statuses = readFileSync(statusFile, 'utf8').trim().split('\n').map(Number);
    // Every curl line ran; a polling loop may add more calls.
    expect(statuses.length).toBeGreaterThanOrEqual(curlCommands.length);
    for (const status of statuses) expect(status).toBeGreaterThanOrEqual(200);
    for (const status of statuses) expect(status).toBeLessThan(300);

    // And the walk-through did what it says: the resources exist in the walk-through's project.
    const project = await stack.api.ctx.store.keys.listKeys('demo');
    const store = stack.api.ctx.store.forProject(project[0]!.project_id);
    expect((await store.datasets.present(await store.datasets.require('faq-golden'))).item_count).toBe(3);
    expect((await store.evaluators.require('helpfulness')).version).toBe(2);
    expect(await store.logs.docs.count()).toBe(2);
    // Labels set through the endpoint (two logs) and given at upload (three items) alike.
    const labels = await store.labels.forEvaluator((await store.evaluators.require('mentions-settings')).id);
    expect([...labels.keys()].sort()).toEqual(['dsi_q1', 'dsi_q2', 'dsi_q3', 'log_call-1', 'log_call-2']);
    const [run] = (await store.runs.docs.list({}, { limit: 10 })).docs;
    expect(run).toMatchObject({ status: 'completed' });
    expect(run!.metrics!.by_evaluator[0]!.scored).toBeGreaterThanOrEqual(1);
  });
});
