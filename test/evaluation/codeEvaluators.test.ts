import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countResults,
  post,
  seedContainer,
  seedDataset,
  startRunKit,
  waitForRun,
  type RunKit,
} from '../support/runKit.js';

/** rapidfuzz's `fuzz.ratio`, computed independently: 100 × (1 − indel distance / total length). */
function fuzzRatio(a: string, b: string): number {
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      lcs[i]![j] =
        a[i - 1] === b[j - 1] ? lcs[i - 1]![j - 1]! + 1 : Math.max(lcs[i - 1]![j]!, lcs[i]![j - 1]!);
  const total = a.length + b.length;
  return total === 0 ? 100 : (100 * 2 * lcs[a.length]![b.length]!) / total;
}

const pairs = [
  { input: 'greeting', output: 'hello world', reference: 'hello wrld' },
  { input: 'farewell', output: 'goodbye', reference: 'good bye' },
  { input: 'thanks', output: 'thank you', reference: 'thank you' },
  { input: 'question', output: 'what time is it', reference: 'what is the time' },
  { input: 'answer', output: 'it is noon', reference: 'noon' },
];

describe('code evaluators in runs, with requirements from the package index', () => {
  let kit: RunKit;
  let venvDir: string;
  beforeAll(async () => {
    venvDir = mkdtempSync(path.join(tmpdir(), 'assay-venvs-'));
    // Batches of 2 items: several batches ask for the same environment at once.
    kit = await startRunKit({
      ASSAY_SANDBOX_DIR: venvDir,
      ASSAY_ENVIRONMENTS: 'main,heavy',
      ASSAY_WORKER_ENVIRONMENTS: 'main,heavy',
    });
    await seedContainer(
      kit.stack,
      'fuzzy',
      pairs.map((p) => ({ input: p.input, output: p.output })),
    );
    await seedDataset(
      kit.stack,
      'references',
      pairs.map((p) => ({ input: p.input, output: p.reference })),
    );
  }, 300_000);
  afterAll(async () => {
    await kit?.close();
    rmSync(venvDir, { recursive: true, force: true });
  });

  it('installs a real package once and scores with it, on the environment the run names', async () => {
    await post(kit.stack, '/v1/evaluators', {
      container: 'fuzzy',
      name: 'fuzzy-match',
      type: 'code',
      requirements: ['rapidfuzz'],
      threshold: 80,
      code: [
        'from rapidfuzz import fuzz',
        '',
        'def evaluate(sample, ground_truth):',
        '    return fuzz.ratio(sample["output"], ground_truth["output"])',
        '',
      ].join('\n'),
    });
    const run = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'fuzzy',
      evaluators: ['fuzzy-match'],
      ground_truth: { type: 'dataset', dataset: 'references' },
      environment: 'heavy',
    });
    const done = await waitForRun(kit.stack, run.id, undefined, 240_000);
    expect(done.status, JSON.stringify(done.error)).toBe('completed');
    expect(done.environment).toBe('heavy');

    const expected = pairs.map((p) => fuzzRatio(p.output, p.reference));
    const metrics = done.metrics.by_evaluator[0];
    expect(metrics).toMatchObject({ count: pairs.length, scored: pairs.length, errors: 0 });
    expect(metrics.mean).toBeCloseTo(expected.reduce((a, b) => a + b) / expected.length, 6);
    expect(metrics.passed).toBe(expected.filter((score) => score >= 80).length);

    // Three batches asked for rapidfuzz; one environment was built.
    const environments = readdirSync(venvDir).filter((name) => /^[0-9a-f]{16,}$/.test(name));
    expect(environments).toHaveLength(1);
  });

  it("reports a requirement the index does not have as the evaluator's error, with pip's message", async () => {
    await post(kit.stack, '/v1/evaluators', {
      container: 'fuzzy',
      name: 'broken-requirements',
      type: 'code',
      requirements: ['this-package-does-not-exist-assay==1.0'],
      code: 'def evaluate(sample, ground_truth):\n    return 1.0\n',
    });
    const run = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'fuzzy',
      evaluators: ['broken-requirements'],
      ground_truth: { type: 'dataset', dataset: 'references' },
    });
    const done = await waitForRun(kit.stack, run.id, undefined, 240_000);
    // Not endless retries and not a failed run: every item carries the install error.
    expect(done.status).toBe('completed');
    expect(done.metrics.by_evaluator[0]).toMatchObject({
      count: pairs.length,
      scored: 0,
      errors: pairs.length,
    });
    expect(await countResults(kit.stack, run.id)).toBe(pairs.length);
    const results = await kit.stack.call('GET', `/v1/evaluations/runs/${run.id}/results?limit=100`);
    for (const result of results.body.data) {
      expect(result.status).toBe('error');
      expect(result.error).toMatch(/this-package-does-not-exist-assay/);
      expect(result.error).toMatch(/No matching distribution|Could not find a version/);
    }
  });
});
