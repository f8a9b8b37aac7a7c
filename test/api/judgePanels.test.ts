import { beforeAll, describe, expect, it } from 'vitest';
import { scoreAgreement } from '../../src/metrics/agreement.js';
import { detailFields, expectError } from '../support/apiChecks.js';
import { post, seedContainer, useRunKit, waitForRun } from '../support/runKit.js';

/**
 * A panel of three judges through the API: each fake judge model scores items its own way, one
 * of them fails some items for good; the evaluator's score is the panel's aggregate, each judge's
 * verdict is kept on the result, and the panel's agreement and per-judge calibration are reported.
 */
const itemCount = 40;
const scoreBy: Record<string, (i: number) => number> = {
  'judge-a': (i) => (i % 4) / 4,
  'judge-b': (i) => Math.min(1, (i % 4) / 4 + 0.25),
  'judge-c': (i) => ((i * 7) % 5) / 4 / 1.25,
};
/** judge-c fails every fifth item with a non-retryable error: the others decide those. */
const judgeCFails = (i: number) => i % 5 === 0;

describe('judge panels', () => {
  const kit = useRunKit();
  let runId: string;
  let panelId: string;

  beforeAll(async () => {
    kit.fake.on({ model: /^judge-[abc]$/, prompt: /^panel item q(\d+)$/ }, (req) => {
      const i = Number(/q(\d+)$/.exec(req.promptText)![1]);
      if (req.model === 'judge-c' && judgeCFails(i))
        return { fault: 'status', status: 400, message: 'refused' };
      return { content: JSON.stringify({ score: scoreBy[req.model]!(i), reasoning: req.model }) };
    });
    await seedContainer(kit.stack, 'pnl', []);
    const items = Array.from({ length: itemCount }, (_, i) => ({
      id: `q${i}`,
      input: `q${i}`,
      output: `a${i}`,
    }));
    await post(kit.stack, '/v1/datasets', { name: 'pnl-set', items });
    const panel = await post(kit.stack, '/v1/evaluators', {
      container: 'pnl',
      name: 'panel',
      type: 'judge',
      judge_model: 'fake/judge-a',
      panel_models: ['fake/judge-b', 'fake/judge-c'],
      panel_aggregate: 'median',
      judge_prompt: 'panel item {{input}}',
      threshold: 0.5,
    });
    expect(panel).toMatchObject({
      panel_models: ['fake/judge-b', 'fake/judge-c'],
      panel_aggregate: 'median',
    });
    panelId = panel.id;
    await post(
      kit.stack,
      `/v1/evaluators/${panelId}/labels`,
      { labels: items.map((item, i) => ({ item_id: `dsi_${item.id}`, score: scoreBy['judge-a']!(i) })) },
      200,
    );
    const run = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'pnl',
      evaluators: ['panel'],
      sample: { type: 'dataset', dataset: 'pnl-set' },
      ground_truth: { type: 'dataset', dataset: 'pnl-set' },
    });
    const done = await waitForRun(kit.stack, run.id);
    expect(done.status).toBe('completed');
    runId = run.id;
  });

  const allResults = async () =>
    (await kit.stack.call('GET', `/v1/evaluations/runs/${runId}/results?limit=100`)).body.data as Array<{
      item_id: string;
      score: number;
      passed: boolean;
      panel: Array<{ model: string; status: string; score: number | null }>;
    }>;
  const indexOf = (itemId: string) => Number(itemId.slice('dsi_q'.length));

  it("scores each item with the median of its judges, keeping every judge's verdict", async () => {
    const results = await allResults();
    expect(results).toHaveLength(itemCount);
    for (const result of results) {
      const i = indexOf(result.item_id);
      expect(result.panel.map((j) => j.model)).toEqual(['fake/judge-a', 'fake/judge-b', 'fake/judge-c']);
      const scores = (['judge-a', 'judge-b', 'judge-c'] as const)
        .filter((m) => !(m === 'judge-c' && judgeCFails(i)))
        .map((m) => scoreBy[m]!(i))
        .sort((a, b) => a - b);
      const median =
        scores.length % 2
          ? scores[(scores.length - 1) / 2]!
          : (scores[scores.length / 2 - 1]! + scores[scores.length / 2]!) / 2;
      expect(result.score).toBeCloseTo(median, 12);
      expect(result.passed).toBe(median >= 0.5);
      expect(result.panel[2]!.status).toBe(judgeCFails(i) ? 'error' : 'scored');
    }
  });

  it("reports each judge's mean and the panel's agreement, equal to a recomputation from the results", async () => {
    const { status, body } = await kit.stack.call('GET', `/v1/evaluations/runs/${runId}/panel_agreement`);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.data).toHaveLength(1);
    const group = body.data[0];
    expect(group).toMatchObject({ evaluator_id: panelId, aggregate: 'median' });
    const results = await allResults();
    const meanOf = (model: string, items: number[]) =>
      items.reduce((s, i) => s + scoreBy[model]!(i), 0) / items.length;
    const all = results.map((r) => indexOf(r.item_id));
    const cScored = all.filter((i) => !judgeCFails(i));
    expect(group.judges).toEqual([
      {
        model: 'fake/judge-a',
        scored: itemCount,
        errors: 0,
        mean: expect.closeTo(meanOf('judge-a', all), 12),
        pass_rate: expect.any(Number),
      },
      {
        model: 'fake/judge-b',
        scored: itemCount,
        errors: 0,
        mean: expect.closeTo(meanOf('judge-b', all), 12),
        pass_rate: expect.any(Number),
      },
      {
        model: 'fake/judge-c',
        scored: cScored.length,
        errors: itemCount - cScored.length,
        mean: expect.closeTo(meanOf('judge-c', cScored), 12),
        pass_rate: expect.any(Number),
      },
    ]);
    const expected = scoreAgreement(results.map((r) => r.panel.map((j) => j.score)));
    expect(group.score_agreement).toEqual(expected);
    expect(group.score_agreement.value).not.toBeNull();
    expect(group.verdict_agreement).toMatchObject({ method: 'fleiss_kappa', items: cScored.length });
  });

  it('holds each judge of the panel against the labels on its own', async () => {
    const body = (await kit.stack.call('GET', `/v1/evaluations/runs/${runId}/calibration`)).body;
    const byJudge = new Map(body.data.map((g: { judge_model: string | null }) => [g.judge_model, g]));
    expect([...byJudge.keys()].sort()).toEqual([null, 'fake/judge-a', 'fake/judge-b', 'fake/judge-c'].sort());
    // The labels are judge-a's own scores: it agrees perfectly.
    expect((byJudge.get('fake/judge-a') as { spearman: { value: number } }).spearman.value).toBeCloseTo(
      1,
      12,
    );
    expect((byJudge.get('fake/judge-a') as { disagreements: unknown[] }).disagreements).toEqual([]);
  });

  it('refuses a panel naming an unserved model, a model twice, or an aggregate without a panel', async () => {
    const create = (body: Record<string, unknown>) =>
      kit.stack.request('POST', '/v1/evaluators', {
        body: {
          container: 'pnl',
          type: 'judge',
          judge_model: 'fake/judge-a',
          judge_prompt: 'x {{input}}',
          ...body,
        },
      });
    const error = await expectError(
      create({ name: 'bad-panel', panel_models: ['nowhere/judge', 'fake/judge-a'] }),
      422,
    );
    expect(detailFields(error)).toEqual(['panel_models.0', 'panel_models.1']);
    const lone = await expectError(create({ name: 'lone', panel_aggregate: 'majority' }), 422);
    expect(detailFields(lone)).toEqual(['panel_aggregate']);
    const big = await expectError(
      create({ name: 'big', panel_models: ['fake/b', 'fake/c', 'fake/d', 'fake/e', 'fake/f'] }),
      422,
    );
    expect(detailFields(big)).toEqual(['panel_models']);
  });
});
