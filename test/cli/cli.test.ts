import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseJunit, type TestSuites } from 'junit2json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRunKit, type RunKit } from '../support/runKit.js';
import { judgePattern, runAssay, type CliResult } from './cliHarness.js';

const items = Array.from({ length: 8 }, (_, i) => ({ id: `q${i}`, input: `q${i}`, output: `a${i}` }));
/** v1: helpful scores 0.9 on every item, exact 0.8–0.87; v2 of helpful drops to 0.3–0.37 (a regression). */
const scoreFor = (name: string, version: string, item: number) =>
  name === 'HELPFUL' ? (version === 'v1' ? 0.9 : 0.3 + 0.01 * item) : 0.8 + 0.01 * item;

const assayYaml = (helpfulVersion: string) => `# evaluations as code
containers:
  - label: cli-bot
    description: the support bot
evaluators:
  - name: helpful
    container: cli-bot
    type: judge
    judge_model: fake/judge-model
    judge_prompt: "HELPFUL ${helpfulVersion} item {{input}}"
    threshold: 0.5
  - name: exact
    container: cli-bot
    type: judge
    judge_model: fake/judge-model
    judge_prompt: "EXACT v1 item {{input}}"
    threshold: 0.5
datasets:
  - name: cli-golden
    container: cli-bot
    file: golden.jsonl
runs:
  - name: nightly
    container: cli-bot
    evaluators: [helpful, exact]
    sample: { type: dataset, dataset: cli-golden }
    ground_truth: { type: dataset, dataset: cli-golden }
    gates: ["exact.mean >= 0.5"]
`;

describe('the assay CLI as a subprocess against the stack', () => {
  let kit: RunKit;
  let dir: string;
  let env: Record<string, string>;
  const assay = (...args: string[]) => runAssay(args, env, dir);
  const json = (result: CliResult) => {
    expect(result.stderr.includes('assay:') ? result.stderr : '', result.stdout).toBe('');
    return JSON.parse(result.stdout);
  };

  beforeAll(async () => {
    kit = await startRunKit();
    kit.fake.on({ prompt: judgePattern }, (req) => {
      const [, name, version, item] = judgePattern.exec(req.promptText)!;
      return {
        content: JSON.stringify({ score: scoreFor(name!, version!, Number(item!.slice(1))), reasoning: 'r' }),
      };
    });
    dir = mkdtempSync(path.join(tmpdir(), 'assay-cli-'));
    writeFileSync(path.join(dir, 'golden.jsonl'), items.map((i) => JSON.stringify(i)).join('\n') + '\n');
    writeFileSync(path.join(dir, 'assay.yaml'), assayYaml('v1'));
    env = {
      ASSAY_URL: kit.stack.api.url,
      ASSAY_KEY: kit.stack.adminKey,
      ASSAY_CONFIG_DIR: path.join(dir, 'config'),
      ASSAY_POLL_INTERVAL_MS: '100',
    };
  });
  afterAll(async () => {
    await kit?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('--help everywhere (exit 0); an unknown command or flag is a usage error (exit 2)', async () => {
    // In parallel: each is a fresh Node process, and their start-up is most of this test's time.
    const helps = [['--help'], ['run', '--help'], ['runs', 'watch', '--help'], ['apply', '--help']];
    const [helpResults, unknownCommand, unknownFlag, noCredentials] = await Promise.all([
      Promise.all(helps.map((args) => assay(...args))),
      assay('frobnicate'),
      assay('runs', 'list', '--no-such-flag'),
      runAssay(['runs', 'list'], { ASSAY_CONFIG_DIR: path.join(dir, 'none') }, dir),
    ]);
    helpResults.forEach((result, i) => {
      expect(result.code, helps[i]!.join(' ')).toBe(0);
      expect(result.stdout).toContain('Usage: assay');
    });
    expect(unknownCommand.code).toBe(2);
    expect(unknownFlag.code).toBe(2);
    expect(noCredentials.code).toBe(2);
    expect(noCredentials.stderr).toContain('ASSAY_URL');
    // Values the parser checks are usage errors naming the flag, before any request is sent.
    const [badFormat, badLimit, badStatus, badBudget] = await Promise.all([
      assay('runs', 'export', 'run_x', '-o', path.join(dir, 'out.xml'), '--format', 'xml'),
      assay('runs', 'list', '--limit', '500'),
      assay('runs', 'list', '--status', 'finished'),
      assay('run', 'nightly', '--budget', 'lots'),
    ]);
    for (const [result, flag] of [
      [badFormat, '--format'],
      [badLimit, '--limit'],
      [badStatus, '--status'],
      [badBudget, '--budget'],
    ] as const) {
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain(flag);
    }
    const badGate = await assay('run', 'nightly', '--gate', 'helpful.pass_rate.ci95.middle >= 1');
    expect(badGate.code).toBe(2);
    expect(badGate.stderr).toContain('column 24: expected "low" or "high"');
  });

  it('apply: a plan first, then creates; applying again changes nothing; an edit makes a new evaluator version', async () => {
    const first = await assay('apply', '-f', 'assay.yaml');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('+ container cli-bot');
    expect(first.stdout).toContain('+ evaluator helpful');
    expect(first.stdout).toContain('+ dataset cli-golden  (8 items from golden.jsonl)');
    expect(first.stdout).toContain('Plan: 4 to create, 0 to update, 0 to delete, 0 unchanged.');

    const again = json(await assay('--json', 'apply', '-f', 'assay.yaml'));
    expect(again.totals, JSON.stringify(again.plan)).toEqual({
      create: 0,
      update: 0,
      delete: 0,
      unchanged: 4,
    });
    expect(again.applied).toEqual([]);
    const datasets = await kit.stack.call('GET', '/v1/datasets/cli-golden');
    expect(datasets.body.item_count).toBe(8);

    writeFileSync(
      path.join(dir, 'edited.yaml'),
      assayYaml('v1').replace('threshold: 0.5\n  - name: exact', 'threshold: 0.6\n  - name: exact'),
    );
    const edited = await assay('apply', '-f', 'edited.yaml', '--dry-run');
    expect(edited.stdout).toContain('~ evaluator helpful  (threshold → version 2)');
    expect((await kit.stack.call('GET', '/v1/evaluators/helpful')).body.version).toBe(1);
    expect((await assay('apply', '-f', 'edited.yaml')).code).toBe(0);
    expect((await kit.stack.call('GET', '/v1/evaluators/helpful')).body).toMatchObject({
      version: 2,
      threshold: 0.6,
    });
    const versions = json(await assay('--json', 'evaluators', 'versions', 'helpful'));
    expect(versions.versions.map((v: { changed: string[] }) => v.changed)).toEqual([
      ['created'],
      ['threshold'],
    ]);
    expect((await assay('apply', '-f', 'assay.yaml')).code).toBe(0);
  });

  it('apply: an invalid file is exit 2 with file, line and field, and nothing is written', async () => {
    const broken = assayYaml('v1').replace(
      'threshold: 0.5\n  - name: exact',
      'threshold: high\n  - name: exact',
    );
    writeFileSync(path.join(dir, 'broken.yaml'), broken);
    const result = await assay('apply', '-f', 'broken.yaml');
    expect(result.code).toBe(2);
    const line = broken.split('\n').findIndex((l) => l.includes('threshold: high')) + 1;
    expect(result.stderr).toMatch(new RegExp(`broken\\.yaml:${line}:\\d+: evaluators\\.0\\.threshold: `));
  });

  it('run --wait with gates: exit 0 when they hold, 1 when an interval bound fails; --json and a JUnit file', async () => {
    const passing = await assay(
      'run',
      'nightly',
      '--gate',
      'helpful.pass_rate.ci95.low >= 0.6',
      '--gate',
      'exact.mean >= 0.8',
    );
    expect(passing.code, passing.stderr + passing.stdout).toBe(0);
    expect(passing.stdout).toContain('✓ helpful.pass_rate.ci95.low >= 0.6');

    const junitFile = path.join(dir, 'junit.xml');
    // 8 of 8 passed, yet the Wilson interval's low end is about 0.68: not enough evidence for 0.8.
    const failing = await assay(
      '--json',
      'run',
      'nightly',
      '--gate',
      'helpful.pass_rate.ci95.low >= 0.8',
      '--junit',
      junitFile,
    );
    expect(failing.code, failing.stderr).toBe(1);
    const report = json(failing);
    expect(report.passed).toBe(false);
    expect(report.run.status).toBe('completed');
    const check = report.gates.checks.find((c: { gate: string }) => c.gate.startsWith('helpful'));
    expect(check).toMatchObject({ evaluator: 'helpful', model: null, passed: false });
    expect(check.value).toBeCloseTo(
      report.run.metrics.by_evaluator.find(
        (s: { evaluator_id: string }) =>
          s.evaluator_id ===
          report.run.config.evaluators.find((e: { name: string }) => e.name === 'helpful').id,
      ).pass_rate_ci95.low,
      12,
    );

    const junit = (await parseJunit(readFileSync(junitFile, 'utf8'))) as TestSuites;
    const suite = junit.testsuite![0]!;
    expect(suite.tests).toBe(2);
    expect(suite.failures).toBe(1);
    const failed = suite.testcase!.find((c) => c.name === 'helpful')!;
    expect(failed.failure![0]!.message).toContain('helpful.pass_rate.ci95.low >= 0.8');
    expect(suite.testcase!.find((c) => c.name === 'exact')!.failure).toBeUndefined();
  });

  it('--baseline --fail-on-regression: exit 1 on a paired regression, 0 against itself; Markdown to GITHUB_STEP_SUMMARY', async () => {
    const baseline = json(await assay('--json', 'run', 'nightly', '--wait')).run.id as string;
    writeFileSync(path.join(dir, 'v2.yaml'), assayYaml('v2'));
    expect((await assay('apply', '-f', 'v2.yaml')).code).toBe(0);
    const summary = path.join(dir, 'summary.md');
    const regressed = await runAssay(
      ['run', 'nightly', '-f', 'v2.yaml', '--baseline', baseline, '--fail-on-regression'],
      { ...env, GITHUB_STEP_SUMMARY: summary },
      dir,
    );
    expect(regressed.code, regressed.stderr).toBe(1);
    expect(regressed.stdout).toMatch(/helpful\s+regression/);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toContain('❌ failed');
    expect(markdown).toMatch(/\| helpful \| regression \| -0\.5\d+/);
    const sameAgain = await assay('run', 'nightly', '-f', 'v2.yaml', '--baseline', baseline);
    expect(sameAgain.code, 'without --fail-on-regression a regression is reported, not failed').toBe(0);
    expect((await assay('apply', '-f', 'assay.yaml')).code).toBe(0);
  });

  it('runs list/get/export, datasets push with line errors, logs push', async () => {
    const list = json(await assay('--json', 'runs', 'list', '--container', 'cli-bot'));
    expect(list.data.length).toBeGreaterThan(2);
    const id = list.data[0].id;
    expect(json(await assay('--json', 'runs', 'get', id)).id).toBe(id);
    expect((await assay('runs', 'get', 'run_nothere')).code).toBe(3);
    const exported = path.join(dir, 'results.jsonl');
    const exportResult = json(await assay('--json', 'runs', 'export', id, '-o', exported));
    expect(exportResult.results).toBe(16);
    expect(readFileSync(exported, 'utf8').trim().split('\n')).toHaveLength(16);
    expect(statSync(exported).size).toBeGreaterThan(0);

    const upload = path.join(dir, 'more.jsonl');
    writeFileSync(upload, '{"id":"m1","input":"x"}\n{"id":"m2","input":"y"}\n');
    const pushed = json(
      await assay('--json', 'datasets', 'push', upload, '--dataset', 'cli-more', '--create'),
    );
    expect(pushed).toMatchObject({ inserted: 2, item_count: 2 });
    writeFileSync(upload, '{"id":"m3","input":"x"}\n{"id":"m4","nope":1}\n');
    const bad = await assay('datasets', 'push', upload, '--dataset', 'cli-more');
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/line 2/);

    const logs = path.join(dir, 'logs.jsonl');
    writeFileSync(logs, '{"id":"l1","input":"hi","output":"hello"}\n{"id":"l2","input":"a","output":"b"}\n');
    expect(json(await assay('--json', 'logs', 'push', logs, '--container', 'cli-bot'))).toMatchObject({
      inserted: 2,
    });
    expect(json(await assay('--json', 'logs', 'push', logs, '--container', 'cli-bot'))).toMatchObject({
      inserted: 0,
      duplicates: 2,
    });
  });

  it('login checks the key, saves it 0600, and later commands use it without ASSAY_KEY', async () => {
    const configDir = path.join(dir, 'login-config');
    const child = await runAssay(
      ['login', '--url', kit.stack.api.url],
      { ASSAY_CONFIG_DIR: configDir },
      dir,
      `${kit.stack.adminKey}\n`,
    );
    expect(child.code, child.stderr).toBe(0);
    const file = path.join(configDir, 'credentials.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain(kit.stack.api.url);
    const listed = await runAssay(['--json', 'evaluators', 'list'], { ASSAY_CONFIG_DIR: configDir }, dir);
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout).data.map((e: { name: string }) => e.name)).toContain('helpful');
  });
});
