import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  countResults,
  expectedMetrics,
  expectMetricsMatch,
  post,
  promptFor,
  seedContainer,
  seedJudge,
  useRunKit,
  waitForRun,
} from '../support/runKit.js';

const logs = Array.from({ length: 12 }, (_, i) => ({ input: `item ${i}`, output: `output ${i}` }));

describe('runs that meet bad models and bad providers', () => {
  const kit = useRunKit();
  beforeAll(async () => {
    await seedContainer(kit.stack, 'bot', logs);
    await seedJudge(kit.stack, 'bot', 'quality');
    await seedJudge(kit.stack, 'bot', 'babbler', { model: 'fake/garbage-model' });
  });
  afterEach(() => {
    kit.fake.clearFaults();
  });

  it('a judge that always answers garbage gives item errors with the raw reply; the run completes', async () => {
    kit.fake.on({ model: 'garbage-model' }, 'I would rate this highly!');
    const run = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'bot',
      evaluators: ['quality', 'babbler'],
      sample: { type: 'container' },
    });
    const done = await waitForRun(kit.stack, run.id);
    expect(done.status).toBe('completed');
    expect(done.progress).toEqual({ total: logs.length * 2, done: logs.length * 2, failed: logs.length });
    const [quality, babbler] = done.metrics.by_evaluator;
    expectMetricsMatch(quality, expectedMetrics(logs.map((l) => promptFor(l.input, l.output, l.output))));
    expect(babbler).toMatchObject({ count: logs.length, scored: 0, errors: logs.length, mean: null });
    const errors = await kit.stack.call(
      'GET',
      `/v1/evaluations/runs/${run.id}/results?status=error&limit=100`,
    );
    expect(errors.body.total).toBe(logs.length);
    expect(errors.body.data[0]).toMatchObject({
      status: 'error',
      error: 'unparseable judge reply',
      raw_reply: 'I would rate this highly!',
      score: null,
    });
  });

  it('30% of calls fail with 429 (Retry-After 1s) or 503: the run completes, every result exactly once', async () => {
    kit.fake.setFaults({ rate: 0.3, kinds: ['429', '503'], retryAfterSeconds: 1 });
    const run = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'bot',
      evaluators: ['quality'],
      sample: { type: 'container' },
    });
    const done = await waitForRun(kit.stack, run.id, undefined, 60_000);
    expect(done.status).toBe('completed');
    expect(kit.fake.requests.some((r) => r.faulted === '429')).toBe(true);
    expect(kit.fake.requests.some((r) => r.faulted === '503')).toBe(true);
    // Exactly one result per (item, evaluator): documents and the run's own count agree.
    expect(await countResults(kit.stack, run.id)).toBe(logs.length);
    expect(done.progress).toEqual({ total: logs.length, done: logs.length, failed: 0 });
    expectMetricsMatch(
      done.metrics.by_evaluator[0],
      expectedMetrics(logs.map((l) => promptFor(l.input, l.output, l.output))),
    );
  });

  it('a code evaluator scores every item of a batch in one sandbox process', async () => {
    await post(kit.stack, '/v1/evaluators', {
      container: 'bot',
      name: 'length',
      type: 'code',
      code: 'def evaluate(sample, ground_truth):\n    return {"score": len(sample["output"]) / 10, "passed": sample["output"] == ground_truth["output"]}\n',
    });
    const run = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'bot',
      evaluators: ['length'],
      sample: { type: 'container' },
    });
    const done = await waitForRun(kit.stack, run.id);
    expect(done.status).toBe('completed');
    const scores = logs.map((l) => l.output.length / 10);
    expect(done.metrics.by_evaluator[0]).toMatchObject({
      count: logs.length,
      scored: logs.length,
      passed: logs.length,
    });
    expect(done.metrics.by_evaluator[0].mean).toBeCloseTo(scores.reduce((a, b) => a + b) / scores.length, 9);
  });
});
