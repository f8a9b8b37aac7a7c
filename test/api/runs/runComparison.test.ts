import { beforeAll, describe, expect, it } from 'vitest';
import { keyWithScopes, otherProjectKey } from '../../support/apiChecks.js';
import { post, seedContainer, useRunKit, waitForRun } from '../../support/runKit.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const itemCount = 10;
/**
 * Per-item scores each judge prompt version gives (the fake reads evaluator, version
 * and item from the prompt). quality drops by about 0.2 in v2, tone rises by about
 * 0.1, exact moves ±0.05 around zero: a regression, an improvement, no change.
 */
const scoreOf: Record<string, (version: string, i: number) => number> = {
  QUALITY: (v, i) => 0.5 + 0.04 * i - (v === 'v2' ? 0.2 + 0.01 * (i % 3) : 0),
  TONE: (v, i) => 0.3 + 0.03 * i + (v === 'v2' ? 0.1 + 0.02 * (i % 2) : 0),
  EXACT: (v, i) => 0.6 + 0.02 * i + (v === 'v2' ? (i % 2 === 0 ? 0.05 : -0.05) : 0),
};
const promptPattern = /(QUALITY|TONE|EXACT) (v\d) item q(\d+)/;

/** Student's t 0.975 quantile for 9 degrees of freedom, from a printed table. */
const t975df9 = 2.2621571628;

describe('comparing two runs, paired per item', () => {
  let baselineId: string;
  let candidateId: string;

  const runOn = async (dataset: string, evaluators: string[]) => {
    const run = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'cmp',
      evaluators,
      // The same dataset on both sides: every item is its own ground truth.
      sample: { type: 'dataset', dataset },
      ground_truth: { type: 'dataset', dataset },
    });
    const done = await waitForRun(kit.stack, run.id);
    expect(done.status).toBe('completed');
    return run.id as string;
  };
  const setPromptVersion = async (version: string) => {
    for (const name of ['QUALITY', 'TONE', 'EXACT']) {
      const response = await kit.stack.call('PATCH', `/v1/evaluators/${name.toLowerCase()}`, {
        body: { judge_prompt: `${name} ${version} item {{input}}` },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
    }
  };
  const allResults = async (runId: string, evaluator: string): Promise<Json[]> => {
    const page = await kit.stack.call(
      'GET',
      `/v1/evaluations/runs/${runId}/results?evaluator=${evaluator}&limit=100`,
    );
    expect(page.body.has_more).toBe(false);
    return page.body.data;
  };
  const compare = (id: string, baseline: string, key?: string) =>
    kit.stack.call('GET', `/v1/evaluations/runs/${id}/compare?baseline=${baseline}`, { key });

  const kit = useRunKit();
  beforeAll(async () => {
    kit.fake.on({ prompt: promptPattern }, (req) => {
      const [, name, version, item] = promptPattern.exec(req.promptText)!;
      const score = scoreOf[name!]!(version!, Number(item));
      return { content: JSON.stringify({ score, reasoning: `${name} ${version}` }) };
    });
    await seedContainer(kit.stack, 'cmp', []);
    const items = Array.from({ length: itemCount }, (_, i) => ({
      id: `q${i}`,
      input: `q${i}`,
      output: `a${i}`,
    }));
    await post(kit.stack, '/v1/datasets', { name: 'cmp-set', items });
    await post(kit.stack, '/v1/datasets', {
      name: 'cmp-other',
      items: [{ id: 'z0', input: 'z0', output: 'z' }],
    });
    for (const name of ['QUALITY', 'TONE', 'EXACT']) {
      await post(kit.stack, '/v1/evaluators', {
        container: 'cmp',
        name: name.toLowerCase(),
        type: 'judge',
        judge_model: 'fake/judge-model',
        judge_prompt: `${name} v1 item {{input}}`,
        threshold: 0.55,
      });
    }
    baselineId = await runOn('cmp-set', ['quality', 'tone', 'exact']);
    // A new prompt version: new prompts (no response-cache hits), same evaluator ids.
    await setPromptVersion('v2');
    candidateId = await runOn('cmp-set', ['quality', 'tone', 'exact']);
  });

  it('pairs per item and matches an independent computation of means, paired differences and t intervals', async () => {
    const response = await compare(candidateId, baselineId);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const body = response.body;
    expect(body).toMatchObject({
      object: 'evaluation.run_comparison',
      run_id: candidateId,
      baseline_run_id: baselineId,
      paired_items: itemCount,
      reason: null,
    });
    expect(body.comparisons.map((c: Json) => [c.evaluator_name, c.verdict])).toEqual([
      ['quality', 'regression'],
      ['tone', 'improvement'],
      ['exact', 'unchanged'],
    ]);

    for (const comparison of body.comparisons) {
      const name = comparison.evaluator_name;
      const [runResults, baseResults] = [
        await allResults(candidateId, name),
        await allResults(baselineId, name),
      ];
      const baseByItem = new Map(baseResults.map((r) => [r.item_id, r]));
      const pairs = runResults.map((r) => [r.score as number, baseByItem.get(r.item_id)!.score as number]);
      expect(pairs).toHaveLength(itemCount);
      const diffs = pairs.map(([a, b]) => a! - b!);
      const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
      const meanDiff = mean(diffs);
      const sd = Math.sqrt(diffs.reduce((s, d) => s + (d - meanDiff) ** 2, 0) / (diffs.length - 1));
      const half = (t975df9 * sd) / Math.sqrt(diffs.length);
      expect(comparison.n).toBe(itemCount);
      expect(comparison.model).toBeNull();
      expect(comparison.unpaired).toEqual({ run: 0, baseline: 0 });
      expect(comparison.mean_difference).toBeCloseTo(meanDiff, 9);
      expect(comparison.mean_difference_ci95.low).toBeCloseTo(meanDiff - half, 9);
      expect(comparison.mean_difference_ci95.high).toBeCloseTo(meanDiff + half, 9);
      expect(comparison.run.mean).toBeCloseTo(mean(pairs.map((p) => p[0]!)), 9);
      expect(comparison.baseline.mean).toBeCloseTo(mean(pairs.map((p) => p[1]!)), 9);
      const runPass = runResults.filter((r) => r.passed).length / itemCount;
      const basePass = baseResults.filter((r) => r.passed).length / itemCount;
      expect(comparison.run.pass_rate).toBeCloseTo(runPass, 9);
      expect(comparison.baseline.pass_rate).toBeCloseTo(basePass, 9);
      expect(comparison.pass_rate_difference).toBeCloseTo(runPass - basePass, 9);
      // The expected scores themselves, not only the stored ones: the fake gave what the table says.
      const expectedDiff = mean(
        Array.from(
          { length: itemCount },
          (_, i) => scoreOf[name.toUpperCase()]!('v2', i) - scoreOf[name.toUpperCase()]!('v1', i),
        ),
      );
      expect(comparison.mean_difference).toBeCloseTo(expectedDiff, 9);
    }
  });

  it('compared the other way round, the regression becomes the improvement', async () => {
    const body = (await compare(baselineId, candidateId)).body;
    expect(body.comparisons.map((c: Json) => [c.evaluator_name, c.verdict])).toEqual([
      ['tone', 'regression'],
      ['quality', 'improvement'],
      ['exact', 'unchanged'],
    ]);
  });

  it('a read-only key may compare; another project sees neither run (404)', async () => {
    const reader = await keyWithScopes(kit.stack, ['read']);
    expect((await compare(candidateId, baselineId, reader)).status).toBe(200);
    const stranger = await otherProjectKey(kit.stack, 'cmp-other-project');
    const response = await compare(candidateId, baselineId, stranger);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('evaluation_run_not_found');
  });

  it('404 for an unknown baseline, 422 naming the field for a malformed one', async () => {
    const missing = await compare(candidateId, 'run_doesnotexist');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('run_doesnotexist');
    const malformed = await kit.stack.call('GET', `/v1/evaluations/runs/${candidateId}/compare`);
    expect(malformed.status).toBe(422);
    expect(malformed.body.error.details[0].field).toContain('baseline');
  });

  it('runs over different items: 200 with no paired item and a reason; runs sharing no evaluator: 400', async () => {
    const other = await runOn('cmp-other', ['quality']);
    const disjoint = await compare(other, baselineId);
    expect(disjoint.status).toBe(200);
    expect(disjoint.body.paired_items).toBe(0);
    expect(disjoint.body.reason).toMatch(/share no item/);
    expect(disjoint.body.comparisons).toEqual([
      expect.objectContaining({
        evaluator_name: 'quality',
        n: 0,
        verdict: 'insufficient_data',
        mean_difference: null,
        unpaired: { run: 1, baseline: itemCount },
      }),
    ]);
    const toneOnly = await runOn('cmp-other', ['tone']);
    const unrelated = await compare(toneOnly, other);
    expect(unrelated.status).toBe(400);
    expect(unrelated.body.error).toMatchObject({ code: 'runs_not_comparable', param: 'query.baseline' });
  });
});
