import { describe, expect, it } from 'vitest';
import {
  countResults,
  echoOf,
  expectedMetrics,
  expectMetricsMatch,
  post,
  promptFor,
  seedContainer,
  seedDataset,
  seedJudge,
  useRunKit,
  waitForRun,
} from '../../support/runKit.js';

const logs = [
  { input: 'q1', output: 'a1' },
  { input: 'q2', output: 'a2' },
  { input: 'q3', output: 'a3' },
  { input: 'q4', output: 'a4' },
  { input: 'q5', output: 'a5' },
];
/** q1..q3 pair with the logs (q1 despite its whitespace); q9 pairs with nothing. */
const references = [
  { input: '  q1 ', output: 'r1' },
  { input: 'q2', output: 'r2' },
  { input: 'q3', output: 'r3' },
  { input: 'q9', output: 'r9' },
];

describe('evaluation runs over every combination of data sources', () => {
  let n = 0;
  const kit = useRunKit();

  /** A fresh container (with the logs), dataset and judge per test. */
  async function setup() {
    const label = `ctr-${++n}`;
    await seedContainer(kit.stack, label, logs);
    const dataset = await seedDataset(kit.stack, `refs-${n}`, references);
    const judge = await seedJudge(kit.stack, label, 'quality');
    return { label, dataset, judge };
  }

  async function runToCompletion(body: Record<string, unknown>) {
    const created = await post(kit.stack, '/v1/evaluations/runs', body);
    expect(created).toMatchObject({ object: 'evaluation.run', status: 'queued', process_id: created.id });
    const run = await waitForRun(kit.stack, created.id);
    expect(run.status, JSON.stringify(run.error)).toBe('completed');
    expect(await countResults(kit.stack, run.id)).toBe(run.progress.total);
    expect(run.results).toMatchObject({
      url: `/v1/evaluations/runs/${run.id}/results`,
      total: run.progress.total,
    });
    return run;
  }

  it('container logs × dataset: joins on trimmed input, counts the unpaired', async () => {
    const { label, dataset, judge } = await setup();
    const run = await runToCompletion({
      container: label,
      evaluators: ['quality'],
      sample: { type: 'container' },
      ground_truth: { type: 'dataset', dataset: dataset.name },
    });
    const expected = expectedMetrics([1, 2, 3].map((i) => promptFor(`q${i}`, `a${i}`, `r${i}`)));
    expect(run.metrics.by_evaluator).toHaveLength(1);
    expect(run.metrics.by_evaluator[0]).toMatchObject({ evaluator_id: judge.id, model: null });
    // q4, q5 of the logs and q9 of the dataset
    expectMetricsMatch(run.metrics.by_evaluator[0], expected, 3);
    expect(run.progress).toEqual({ total: 3, done: 3, failed: 0 });
    expect(run.sample.item_count).toBe(5);
    expect(run.ground_truth.item_count).toBe(4);
    expect(run.dataset_id).toBe(dataset.id);
    expect(run.config.evaluators[0]).toMatchObject({ id: judge.id, version: 1 });
    expect(run.started_at).toBeGreaterThan(0);
    expect(run.completed_at).toBeGreaterThanOrEqual(run.started_at);
    expect(run.estimated_spend.actual_usd).toBeGreaterThan(0);
  });

  it('dataset × the default container (ground truth omitted)', async () => {
    const { label, dataset } = await setup();
    const run = await runToCompletion({
      container: label,
      evaluators: ['quality'],
      sample: { type: 'dataset', dataset: dataset.id },
    });
    // The sample is the dataset now: its own input, whitespace included, is what the judge sees.
    const expected = expectedMetrics(
      [0, 1, 2].map((i) => promptFor(references[i]!.input, references[i]!.output, logs[i]!.output)),
    );
    expectMetricsMatch(run.metrics.by_evaluator[0], expected, 3);
  });

  it('the default container (sample omitted) × dataset', async () => {
    const { label, dataset } = await setup();
    const run = await runToCompletion({
      container: label,
      evaluators: ['quality'],
      ground_truth: { type: 'dataset', dataset: dataset.name },
    });
    const expected = expectedMetrics([1, 2, 3].map((i) => promptFor(`q${i}`, `a${i}`, `r${i}`)));
    expectMetricsMatch(run.metrics.by_evaluator[0], expected, 3);
  });

  it('the container against itself: every log is its own ground truth', async () => {
    const { label } = await setup();
    const run = await runToCompletion({
      container: label,
      evaluators: ['quality'],
      sample: { type: 'container' },
    });
    const expected = expectedMetrics(logs.map((l) => promptFor(l.input, l.output, l.output)));
    expectMetricsMatch(run.metrics.by_evaluator[0], expected, 0);
  });

  it('two generating models × dataset: metrics per model and their paired difference', async () => {
    const { label, dataset, judge } = await setup();
    const models = ['fake/model-a', 'fake/model-b'];
    const run = await runToCompletion({
      container: label,
      evaluators: [judge.id],
      sample: { type: 'generate', models },
      ground_truth: { type: 'dataset', dataset: dataset.name },
    });
    const promptsOf = (model: string) =>
      references.map((r) => promptFor(r.input, echoOf(model, r.input), r.output));
    const a = expectedMetrics(promptsOf('model-a'));
    const b = expectedMetrics(promptsOf('model-b'));
    const byModel = Object.fromEntries(run.metrics.by_evaluator.map((m: { model: string }) => [m.model, m]));
    expectMetricsMatch(byModel['fake/model-a'], a);
    expectMetricsMatch(byModel['fake/model-b'], b);
    expect(run.progress.total).toBe(references.length * 2);
    const differences = b.scores.map((s, i) => s - a.scores[i]!);
    expect(run.metrics.paired_differences).toHaveLength(1);
    expect(run.metrics.paired_differences[0]).toMatchObject({
      evaluator_id: judge.id,
      model_a: 'fake/model-a',
      model_b: 'fake/model-b',
      n: references.length,
    });
    expect(run.metrics.paired_differences[0].mean_difference).toBeCloseTo(
      differences.reduce((x, y) => x + y, 0) / differences.length,
      9,
    );
    expect(run.sample.item_count).toBe(references.length * 2);
  });

  it('generate × the default container', async () => {
    const { label } = await setup();
    const run = await runToCompletion({
      container: label,
      evaluators: ['quality'],
      sample: {
        type: 'generate',
        models: ['fake/model-a'],
        messages: [{ role: 'system', content: 'Be brief.' }],
      },
    });
    const expected = expectedMetrics(
      logs.map((l) => promptFor(l.input, echoOf('model-a', l.input), l.output)),
    );
    expectMetricsMatch(run.metrics.by_evaluator[0], expected, 0);
    expect(run.metrics.by_evaluator[0].model).toBe('fake/model-a');
  });

  it('container × a generated ground truth (one model)', async () => {
    const { label } = await setup();
    const run = await runToCompletion({
      container: label,
      evaluators: ['quality'],
      sample: { type: 'container' },
      ground_truth: { type: 'generate', models: ['fake/reference-model'] },
    });
    const expected = expectedMetrics(
      logs.map((l) => promptFor(l.input, l.output, echoOf('reference-model', l.input))),
    );
    expectMetricsMatch(run.metrics.by_evaluator[0], expected, 0);
    expect(run.metrics.by_evaluator[0].model).toBeNull();
  });
});
