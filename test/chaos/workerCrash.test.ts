import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseCacheCollection } from '../../src/store/responseCache.js';
import { idFromCaller } from '../../src/store/ids.js';
import { resultKey } from '../../src/store/runResults.js';
import { runProgressQuery, type RunProgress } from '../../src/workflows/definitions.js';
import { defaultReplyFor } from '../support/fake-llm/default-reply.js';
import type { RequestLogEntry } from '../support/fake-llm/server.js';
import { useTestStack } from '../support/testStack.js';
import { startWorkerProcess, type WorkerProcess } from '../support/workerProcess.js';
import {
  echoOf,
  expectedMetrics,
  expectMetricsMatch,
  fakePrices,
  getRun,
  post,
  promptFor,
  seedJudge,
  waitForRun,
} from '../support/runKit.js';
import { waitFor } from '../support/waitFor.js';

/**
 * A worker process SIGKILLed in the middle of a run (batches in flight, model
 * calls outstanding, results buffered but not written), then replaced by a new
 * process: the run completes with every result exactly once, the right metrics,
 * and no model answer paid for twice.
 */
const ITEMS = 200;
const MODELS = ['fake/model-a', 'fake/model-b'];
const LATENCY_MS = 30;
const rows = Array.from({ length: ITEMS }, (_, i) => ({
  id: `item-${i}`,
  input: `question ${i}`,
  output: `reference ${i}`,
}));
/** Unanswered without a status: waiting in the fake for good (or for its latency, then for good). */
const isHeld = (r: RequestLogEntry) => !r.answered && r.status === null;
const secondPrompt = 'Grade {{output}} against {{ground_truth}} (question: {{input}})';

describe('a worker killed mid-run', () => {
  const workers: WorkerProcess[] = [];
  /** Which calls the fake never answers: the test's way to catch batches mid-flight. */
  let hold: 'none' | 'judgments' | 'all' = 'none';

  const stack = useTestStack({
    fakeLlm: { server: { latencyMs: LATENCY_MS }, provider: { max_concurrency: 32, prices: fakePrices } },
    env: {
      // 20 batches of 10 items (40 results each), two at a time, four units of a batch at a time:
      // a few seconds of work, so the kill lands with batches done, in flight, and not started.
      ASSAY_RUN_BATCH_SIZE: '10',
      ASSAY_RUN_WINDOW: '2',
      ASSAY_RUN_ITEM_CONCURRENCY: '4',
      // Temporal notices the dead worker through the batches' heartbeats: 10 s instead of 30 s.
      // Not less: for 10 s after its last poll the server still sends the workflow's tasks to the
      // dead worker's sticky queue, where they wait out a 10 s schedule-to-start timeout, so a
      // shorter heartbeat timeout trades one wait for the other (3 s here: 17 s to recover, not 12).
      ASSAY_RUN_HEARTBEAT_TIMEOUT_MS: '10000',
    },
  });
  beforeAll(async () => {
    stack.fake.on({}, async (req) => {
      if (hold === 'all' || (hold === 'judgments' && req.model === 'judge-model'))
        await new Promise(() => {});
      return defaultReplyFor(req);
    });
    workers.push(await startWorkerProcess(stack.env));
  });
  afterAll(async () => {
    for (const worker of workers) await worker.stop();
  });

  it('completes on a new worker: every result once, right metrics, no paid answer asked again', async () => {
    const { fake } = stack;
    await post(stack, '/v1/containers', { label: 'bot' });
    await post(stack, '/v1/datasets', { name: 'refs', items: rows });
    const quality = await seedJudge(stack, 'bot', 'quality');
    const grader = await seedJudge(stack, 'bot', 'grader', { prompt: secondPrompt });
    const run = await post(stack, '/v1/evaluations/runs', {
      container: 'bot',
      evaluators: [quality.id, grader.id],
      sample: { type: 'generate', models: MODELS },
      ground_truth: { type: 'dataset', dataset: 'refs' },
    });
    const handle = stack.api.ctx.temporal.workflow.getHandle(run.id);
    const results = stack.mongo.db.collection('run_results');
    const cachedAnswers = () =>
      stack.mongo.db.collection(responseCacheCollection(run.id)).countDocuments({ scope: run.id });

    // Mid-run: some batches done, most not started, those in flight with judgments paid for but
    // not yet written (results are inserted a few dozen at a time).
    const { progress: before } = await waitFor(
      async () => ({
        progress: await handle.query(runProgressQuery),
        judged: fake.requests.filter((r) => r.answered && r.model === 'judge-model').length,
        written: await results.countDocuments({ run_id: run.id }),
      }),
      ({ progress, judged, written }: { progress: RunProgress; judged: number; written: number }) =>
        progress.batchesDone >= 3 && judged - written >= 10,
      { what: 'three finished batches and unwritten judgments' },
    );
    expect(before.batchesDone).toBeLessThan(before.batchCount! - 2);

    // Catch the batches in flight: first hold every judgment, until one is held (its unit's
    // generation is then paid for and cached, its results unwritten); then hold every call. Once
    // nothing can be answered any more and every answer is cached, nothing sits in the gap between
    // "the provider answered" and "the answer is stored" (a gap no worker can close: it cannot store
    // what it never received), and the test knows exactly which answers were paid for.
    hold = 'judgments';
    await waitFor(
      async () => fake.requests.some((r) => r.model === 'judge-model' && isHeld(r)),
      (held) => held,
      { what: 'a held judgment' },
    );
    hold = 'all';
    const { paid: paidBefore } = await waitFor(
      async () => {
        // Read after an I/O wait: a reply already on its way has its status set by then.
        const cached = await cachedAnswers();
        return {
          cached,
          paid: new Set(fake.answeredKeys()),
          settled: fake.requests.every((r) => r.answered || isHeld(r)),
        };
      },
      ({ cached, paid, settled }) => settled && cached === paid.size,
      { what: 'every call answered or held, every answer cached' },
    );
    const writtenAtKill = await results
      .find({ run_id: run.id }, { projection: { item_id: 1, model: 1 } })
      .toArray();
    const resultsAtKill = writtenAtKill.length;

    const doneAtKill = (await getRun(stack, run.id)).progress.done;
    await workers[0]!.kill();
    const killedAt = Date.now();
    // The held calls stay unanswered for good: their worker is gone.
    const inFlightAtKill = fake.requests.filter((r) => !r.answered);
    const restartMark = fake.requests.length;
    hold = 'none';
    workers.push(await startWorkerProcess(stack.env));
    const workerUpAt = Date.now();

    await waitForRun(stack, run.id, (r) => r.progress.done > doneAtKill, 90_000);
    const progressedAt = Date.now();
    const done = await waitForRun(stack, run.id, undefined, 90_000);
    const completedAt = Date.now();
    expect(done.status, JSON.stringify(done.error)).toBe('completed');
    const total = ITEMS * MODELS.length * 2;
    expect(done.progress).toEqual({ total, done: total, failed: 0 });

    // Exactly one result per (item, evaluator, model), and none other.
    const expectedKeys = rows.flatMap((row) =>
      MODELS.flatMap((model) =>
        [quality.id, grader.id].map((e) => resultKey(run.id, idFromCaller('datasetItem', row.id), e, model)),
      ),
    );
    const ids = (await results.find({ run_id: run.id }, { projection: { _id: 1 } }).toArray()).map(
      (d) => d._id,
    );
    expect(ids).toHaveLength(total);
    expect(new Set(ids)).toEqual(new Set(expectedKeys));

    // Metrics as computed from the fake's deterministic scores.
    const byGroup = new Map(
      done.metrics.by_evaluator.map((m: { evaluator_id: string; model: string }) => [
        `${m.evaluator_id} ${m.model}`,
        m,
      ]),
    );
    for (const model of MODELS) {
      const name = model.slice('fake/'.length);
      const echo = (input: string) => echoOf(name, input);
      expectMetricsMatch(
        byGroup.get(`${quality.id} ${model}`),
        expectedMetrics(rows.map((r) => promptFor(r.input, echo(r.input), r.output))),
      );
      expectMetricsMatch(
        byGroup.get(`${grader.id} ${model}`),
        expectedMetrics(rows.map((r) => `Grade ${echo(r.input)} against ${r.output} (question: ${r.input})`)),
      );
    }

    // The provider's view: nothing answered before the crash was asked again; what was in flight
    // was; and over the whole run every distinct call was paid for exactly once.
    const afterRestart = fake.requests.slice(restartMark);
    const askedAgain = afterRestart.filter((r) => paidBefore.has(r.requestKey));
    expect(askedAgain.map((r) => r.requestKey)).toEqual([]);
    const inFlightKeys = new Set(inFlightAtKill.map((r) => r.requestKey));
    const repeated = afterRestart.filter((r) => inFlightKeys.has(r.requestKey));
    expect(new Set(repeated.map((r) => r.requestKey))).toEqual(inFlightKeys);
    const answered = fake.answeredKeys();
    const distinctCalls = ITEMS * MODELS.length * 3; // one generation and two judgments per unit
    expect(new Set(answered).size).toBe(distinctCalls);
    expect(answered).toHaveLength(distinctCalls);

    // The crash lost work whose answers were paid for (generations whose judgments were held,
    // results still buffered): the retried batches rebuilt it from the cache, not the provider.
    const writtenPerUnit = new Map<string, number>();
    for (const r of writtenAtKill) {
      const unit = `${r.item_id} ${r.model}`;
      writtenPerUnit.set(unit, (writtenPerUnit.get(unit) ?? 0) + 1);
    }
    const paidCalls = fake.requests.slice(0, restartMark).filter((r) => r.answered);
    const reusedJudgments = paidCalls.filter((r) => r.model === 'judge-model').length - resultsAtKill;
    const reusedGenerations = paidCalls.filter((r) => {
      if (r.model === 'judge-model') return false;
      const item = idFromCaller('datasetItem', `item-${/question (\d+)/.exec(r.promptText)![1]}`);
      return (writtenPerUnit.get(`${item} fake/${r.model}`) ?? 0) < 2;
    }).length;
    expect(reusedGenerations).toBeGreaterThan(0);
    expect(reusedJudgments).toBeGreaterThanOrEqual(0);

    const firstCallAfter = afterRestart[0]?.receivedAt ?? completedAt;
    console.info(
      `worker crash: killed at batch ${before.batchesDone}+/${before.batchCount} with ${resultsAtKill}/${total} results ` +
        `written, ${paidBefore.size} answers paid and ${inFlightAtKill.length} calls in flight; ` +
        `replacement worker up after ${workerUpAt - killedAt} ms, first model call after ${firstCallAfter - killedAt} ms, ` +
        `run progress moved ${progressedAt - killedAt} ms and the run completed ${completedAt - killedAt} ms after the kill; after the restart ${afterRestart.length} calls: ` +
        `${repeated.length} repeats of calls in flight at the kill, 0 of answered ones; ` +
        `${reusedJudgments} judgments and ${reusedGenerations} generations reused from the cache`,
    );
  });
});
