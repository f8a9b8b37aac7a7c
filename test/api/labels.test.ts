import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAssay } from '../cli/cliHarness.js';
import { HUMAN_LABELS_COLLECTION } from '../../src/store/labels.js';
import { detailFields, expectError } from '../support/apiChecks.js';
import { copiesOf } from '../support/leftovers.js';
import { waitFor } from '../support/waitFor.js';
import { post, seedContainer, useRunKit, waitForRun } from '../support/runKit.js';

/**
 * Human labels and a run's calibration against them, through the API, with the fake provider as
 * a judge that agrees with the people on a known share of the items: 160 of 200 (every fifth item
 * flipped), so pass/fail agreement is 0.8 and, with balanced verdicts, Cohen's kappa is 0.6.
 */
const itemCount = 200;
const humanPasses = (i: number) => i % 2 === 0;
const judgeAgrees = (i: number) => i % 5 !== 0;

describe('human labels and calibration', () => {
  const kit = useRunKit();
  let runId: string;
  let judgeId: string;

  beforeAll(async () => {
    kit.fake.on({ prompt: /^calibrated item q(\d+)$/ }, (req) => {
      const i = Number(/q(\d+)$/.exec(req.promptText)![1]);
      const passes = judgeAgrees(i) ? humanPasses(i) : !humanPasses(i);
      return { content: JSON.stringify({ score: passes ? 1 : 0, reasoning: 'as configured' }) };
    });
    await seedContainer(kit.stack, 'cal', []);
    const items = Array.from({ length: itemCount }, (_, i) => ({
      id: `q${i}`,
      input: `q${i}`,
      output: `a${i}`,
    }));
    await post(kit.stack, '/v1/datasets', { name: 'cal-set', items });
    const judge = await post(kit.stack, '/v1/evaluators', {
      container: 'cal',
      name: 'calibrated',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: 'calibrated item {{input}}',
      threshold: 0.5,
    });
    judgeId = judge.id;
    // Labels name items as the API shows them: a dataset item `q0` is `dsi_q0`.
    const labels = items.map((item, i) => ({ item_id: `dsi_${item.id}`, score: humanPasses(i) ? 1 : 0 }));
    // Labelling twice is the same as once.
    for (let round = 0; round < 2; round++) {
      const written = await post(kit.stack, `/v1/evaluators/${judgeId}/labels`, { labels }, 200);
      expect(written).toEqual({ object: 'evaluator.labels', evaluator_id: judgeId, written: itemCount });
    }
    const run = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'cal',
      evaluators: ['calibrated'],
      sample: { type: 'dataset', dataset: 'cal-set' },
      ground_truth: { type: 'dataset', dataset: 'cal-set' },
    });
    const done = await waitForRun(kit.stack, run.id);
    expect(done.status).toBe('completed');
    runId = run.id;
  });

  it('recovers the configured agreement rate within its interval, with kappa, confusion and disagreements', async () => {
    const { status, body } = await kit.stack.call('GET', `/v1/evaluations/runs/${runId}/calibration`);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.data).toHaveLength(1);
    const group = body.data[0];
    expect(group).toMatchObject({ evaluator_id: judgeId, evaluator_name: 'calibrated', items: itemCount });
    expect(group.verdict_agreement.items).toBe(itemCount);
    expect(group.verdict_agreement.rate).toBeCloseTo(0.8, 12);
    expect(group.verdict_agreement.ci95.low).toBeLessThan(0.8);
    expect(group.verdict_agreement.ci95.high).toBeGreaterThan(0.8);
    // 0/1 on both sides: an ordinal scale of two values, kappa over the scores.
    expect(group.cohen_kappa).toMatchObject({ over: 'scores', weights: 'quadratic' });
    expect(group.cohen_kappa.value).toBeCloseTo(0.6, 12);
    expect(group.cohen_kappa.ci95.low).toBeLessThan(0.6);
    expect(group.cohen_kappa.ci95.high).toBeGreaterThan(0.6);
    expect(group.confusion).toEqual({ pass_pass: 80, pass_fail: 20, fail_pass: 20, fail_fail: 80 });
    expect(group.disagreements).toHaveLength(10);
    for (const d of group.disagreements)
      expect(judgeAgrees(Number(d.item_id.slice('dsi_q'.length)))).toBe(false);
  });

  it("reports the run's 0/1 scores with a mean interval equal to the pass rate's, within the scale", async () => {
    const run = (await kit.stack.call('GET', `/v1/evaluations/runs/${runId}`)).body;
    const [metrics] = run.metrics.by_evaluator;
    expect(metrics).toMatchObject({ mean_ci95_method: 'wilson', score_range: { low: 0, high: 1 } });
    expect(metrics.mean_ci95).toEqual(metrics.pass_rate_ci95);
    expect(metrics.mean_ci95.low).toBeGreaterThanOrEqual(0);
    expect(metrics.mean_ci95.high).toBeLessThanOrEqual(1);
  });

  it("gates a judge's agreement with the labels in the CLI (exit 0 / 1)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'assay-calibration-cli-'));
    const env = {
      ASSAY_URL: kit.stack.api.url,
      ASSAY_KEY: kit.stack.adminKey,
      ASSAY_CONFIG_DIR: path.join(dir, 'config'),
      ASSAY_POLL_INTERVAL_MS: '100',
    };
    const args = ['run', '--container', 'cal', '--evaluator', 'calibrated', '--dataset', 'cal-set'];
    try {
      // Kappa is 0.6 with a bootstrap interval around it; agreement 0.8 with Wilson's.
      const trusted = await runAssay([...args, '--gate', 'calibrated.kappa.ci95.low >= 0.4'], env, dir);
      expect(trusted.code, trusted.stderr + trusted.stdout).toBe(0);
      expect(trusted.stdout).toContain('✓ calibrated.kappa.ci95.low >= 0.4');
      const untrusted = await runAssay(
        ['--json', ...args, '--gate', 'calibrated.agreement.ci95.low >= 0.9'],
        env,
        dir,
      );
      expect(untrusted.code, untrusted.stderr).toBe(1);
      const [check] = JSON.parse(untrusted.stdout).gates.checks;
      expect(check).toMatchObject({ evaluator: 'calibrated', passed: false });
      expect(check.value).toBeLessThan(0.8);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('pages the labels back in item id order', async () => {
    const first = (await kit.stack.call('GET', `/v1/evaluators/${judgeId}/labels?limit=3`)).body;
    expect(first).toMatchObject({ object: 'list', total: itemCount, has_more: true });
    expect(first.data.map((l: { item_id: string }) => l.item_id)).toEqual(['dsi_q0', 'dsi_q1', 'dsi_q10']);
    const next = (await kit.stack.call('GET', `/v1/evaluators/${judgeId}/labels?limit=2&after=dsi_q10`)).body;
    expect(next.data.map((l: { item_id: string }) => l.item_id)).toEqual(['dsi_q100', 'dsi_q101']);
  });

  it('refuses labels off the scale, twice for one item, or with nothing to say, naming the field', async () => {
    const error = await expectError(
      kit.stack.request('POST', `/v1/evaluators/${judgeId}/labels`, {
        body: {
          labels: [
            { item_id: 'q1', score: 1.5 },
            { item_id: 'q2', passed: true },
            { item_id: 'q2', score: 0 },
          ],
        },
      }),
      422,
    );
    expect(detailFields(error)).toEqual(['labels.0.score', 'labels.2.item_id']);
    const empty = await expectError(
      kit.stack.request('POST', `/v1/evaluators/${judgeId}/labels`, {
        body: { labels: [{ item_id: 'q1' }] },
      }),
      422,
    );
    expect(detailFields(empty)).toEqual(['labels.0.score']);
    await expectError(
      kit.stack.request('POST', '/v1/evaluators/no-such-evaluator/labels', {
        body: { labels: [{ item_id: 'q1', score: 1 }] },
      }),
      404,
    );
  });

  it("deletes an evaluator's labels with it", async () => {
    const other = await post(kit.stack, '/v1/evaluators', {
      container: 'cal',
      name: 'short-lived',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: 'short {{input}}',
    });
    await post(
      kit.stack,
      `/v1/evaluators/${other.id}/labels`,
      { labels: [{ item_id: 'q1', passed: true }] },
      200,
    );
    const labels = kit.stack.mongo.db.collection(HUMAN_LABELS_COLLECTION);
    expect(await labels.countDocuments({ evaluator_id: other.id })).toBe(1);
    expect((await kit.stack.call('DELETE', `/v1/evaluators/${other.id}`)).status).toBe(200);
    expect(await labels.countDocuments({ evaluator_id: other.id })).toBe(0);
    await expectError(kit.stack.request('GET', `/v1/evaluators/${other.id}/labels`), 404);
  });

  describe('given with the rows at upload', () => {
    const jsonl = (rows: object[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
    const ndjson = { 'content-type': 'application/x-ndjson' };
    const labelCount = () => kit.stack.mongo.db.collection(HUMAN_LABELS_COLLECTION).countDocuments();

    it('reports the same calibration for labels uploaded with the items as for labels set through the endpoint', async () => {
      // The same inputs (so the same judge answers) under other ids, labelled in every way an upload can:
      // half with the dataset's creation (by evaluator id), half in a JSONL upload (by name).
      const row = (i: number) => ({ id: `u${i}`, input: `q${i}`, output: `a${i}` });
      const half = itemCount / 2;
      await post(kit.stack, '/v1/datasets', {
        name: 'cal-uploaded',
        container: 'cal',
        items: Array.from({ length: half }, (_, i) => ({
          ...row(i),
          labels: { [judgeId]: humanPasses(i) ? 1 : 0 },
        })),
      });
      const rest = Array.from({ length: itemCount - half }, (_, j) => {
        const i = half + j;
        // The `{ score, passed }` form too (a score alone here: the endpoint's labels have no verdicts).
        const score = humanPasses(i) ? 1 : 0;
        const label = i % 4 === 1 ? { score } : score;
        return { ...row(i), labels: { calibrated: label } };
      });
      const upload = await kit.stack.call('POST', '/v1/datasets/cal-uploaded/items', {
        body: jsonl(rest),
        headers: ndjson,
      });
      expect(upload.status, JSON.stringify(upload.body)).toBe(200);
      expect(upload.body).toMatchObject({ inserted: itemCount - half, item_count: itemCount });

      const run = await post(kit.stack, '/v1/evaluations/runs', {
        container: 'cal',
        evaluators: ['calibrated'],
        sample: { type: 'dataset', dataset: 'cal-uploaded' },
        ground_truth: { type: 'dataset', dataset: 'cal-uploaded' },
      });
      expect((await waitForRun(kit.stack, run.id)).status).toBe('completed');
      const uploaded = (await kit.stack.call('GET', `/v1/evaluations/runs/${run.id}/calibration`)).body;
      const endpoint = (await kit.stack.call('GET', `/v1/evaluations/runs/${runId}/calibration`)).body;
      // Item ids aside (`dsi_u7` for `dsi_q7`), the same report.
      const renamed = JSON.parse(JSON.stringify(uploaded.data).replaceAll('"dsi_u', '"dsi_q'));
      expect(renamed).toEqual(endpoint.data);
      expect(uploaded.data[0].items).toBe(itemCount);
      const labels = (await kit.stack.call('GET', `/v1/evaluators/${judgeId}/labels?after=dsi_u0&limit=2`))
        .body;
      expect(labels.data[0]).toMatchObject({ item_id: 'dsi_u1', score: 0, passed: null });
    });

    it('labels task logs as they are ingested, giving ids to logs that had none', async () => {
      const ingested = await post(
        kit.stack,
        '/v1/containers/cal/logs',
        {
          logs: [
            { id: 'call-1', input: 'x', output: 'y', labels: { calibrated: 'pass' } },
            { input: 'x', output: 'z', labels: { calibrated: false } },
          ],
        },
        200,
      );
      expect(ingested.inserted).toBe(2);
      const labels = (await kit.stack.call('GET', `/v1/evaluators/${judgeId}/labels?after=log_&limit=100`))
        .body;
      const ofLogs = labels.data.filter((l: { item_id: string }) => l.item_id.startsWith('log_'));
      expect(ofLogs.map((l: { item_id: string; passed: boolean }) => [l.item_id, l.passed]).sort()).toEqual(
        [
          ['log_call-1', true],
          [ingested.ids[1], false],
        ].sort(),
      );
    });

    it('refuses an unknown evaluator or a score off the scale, naming field and evaluator, storing nothing', async () => {
      const before = await labelCount();
      const badItems = [
        { id: 'b0', input: 'x', labels: { calibrated: 1 } },
        { id: 'b1', input: 'x', labels: { 'no-such-judge': 1 } },
        { id: 'b2', input: 'x', labels: { calibrated: 7 } },
      ];
      const created = await expectError(
        kit.stack.request('POST', '/v1/datasets', { body: { name: 'refused', items: badItems } }),
        422,
      );
      expect(detailFields(created)).toEqual(['items.1.labels.no-such-judge', 'items.2.labels.calibrated']);
      expect(JSON.stringify(created)).toContain("no evaluator 'no-such-judge'");
      expect(JSON.stringify(created)).toContain("outside evaluator 'calibrated''s scale [0, 1]");
      await expectError(kit.stack.request('GET', '/v1/datasets/refused'), 404);

      await post(kit.stack, '/v1/datasets', { name: 'kept-small', container: 'cal' });
      const appended = await expectError(
        kit.stack.request('POST', '/v1/datasets/kept-small/items', { body: badItems }),
        422,
      );
      expect(detailFields(appended)).toEqual(['items.1.labels.no-such-judge', 'items.2.labels.calibrated']);
      const streamed = await expectError(
        kit.stack.request('POST', '/v1/datasets/kept-small/items', {
          body: jsonl(badItems),
          headers: ndjson,
        }),
        422,
      );
      expect(detailFields(streamed)).toEqual(['line 2: labels.no-such-judge', 'line 3: labels.calibrated']);
      expect((await kit.stack.call('GET', '/v1/datasets/kept-small')).body.item_count).toBe(0);

      const logs = await expectError(
        kit.stack.request('POST', '/v1/containers/cal/logs', {
          body: [
            { id: 'never-1', input: 'x', output: 'y', labels: { calibrated: 'pass' } },
            { id: 'never-2', input: 'x', output: 'y', labels: { 'no-such-judge': 'fail' } },
          ],
        }),
        422,
      );
      expect(detailFields(logs)).toEqual(['logs.1.labels.no-such-judge']);
      await expectError(kit.stack.request('GET', '/v1/containers/cal/logs/log_never-1'), 404);
      // A verdict that is neither boolean nor pass/fail is the schema's to refuse.
      await expectError(
        kit.stack.request('POST', '/v1/containers/cal/logs', {
          body: [{ input: 'x', output: 'y', labels: { calibrated: 'maybe' } }],
        }),
        422,
      );
      expect(await labelCount()).toBe(before);
    });

    it('leaves no label behind when the dataset, the container or the evaluator goes', async () => {
      const doomed = await post(kit.stack, '/v1/evaluators', {
        container: 'cal',
        name: 'doomed-judge',
        type: 'judge',
        judge_model: 'fake/judge-model',
        judge_prompt: 'doomed {{input}}',
      });
      const dataset = await post(kit.stack, '/v1/datasets', {
        name: 'doomed-set',
        items: [{ id: 'doomed-item', input: 'x', labels: { [judgeId]: 1, [doomed.id]: true } }],
      });
      const container = await post(kit.stack, '/v1/containers', { label: 'doomed-box' });
      await post(
        kit.stack,
        '/v1/containers/doomed-box/logs',
        { logs: [{ id: 'doomed-log', input: 'x', output: 'y', labels: { [judgeId]: 0 } }] },
        200,
      );
      for (const needle of [dataset.id, container.id, 'dsi_doomed-item', 'log_doomed-log', doomed.id])
        expect((await copiesOf(kit.stack.mongo.db, needle)).length, needle).toBeGreaterThan(0);

      expect((await kit.stack.call('DELETE', `/v1/evaluators/${doomed.id}`)).status).toBe(200);
      expect((await kit.stack.call('DELETE', `/v1/datasets/${dataset.id}`)).status).toBe(200);
      expect((await kit.stack.call('DELETE', `/v1/containers/${container.id}`)).status).toBe(200);
      for (const needle of [dataset.id, container.id, 'dsi_doomed-item', 'log_doomed-log']) {
        await waitFor(
          () => copiesOf(kit.stack.mongo.db, needle),
          (copies) => copies.length === 0,
          { what: `no copy of ${needle}` },
        );
      }
      // The evaluator's versions stay (past results name them); none of its labels do.
      const ofDoomed = (await copiesOf(kit.stack.mongo.db, doomed.id)).filter((c) => c.includes('label'));
      expect(ofDoomed).toEqual([]);
    });
  });
});
