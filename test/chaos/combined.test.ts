// test order: runs for minutes (test/support/longFilesFirst.ts)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMetrics } from '../../src/core/runMetrics.js';
import { comparisonPlanOf, isComparative, resultSlots } from '../../src/core/comparisonSlots.js';
import { modelPairs } from '../../src/core/modelPairs.js';
import type { Evaluator } from '../../src/domain/evaluators.js';
import { bradleyTerryRatings } from '../../src/metrics/bradleyTerry.js';
import { pairMetrics, type Comparison } from '../../src/metrics/pairwise.js';
import { summarizeResults } from '../../src/core/batchSummary.js';
import { startMongoServer, type MongoServer, type MongoServerOptions } from '../../src/stack/mongo.js';
import { freePort } from '../../src/stack/ports.js';
import { silentProgress } from '../../src/stack/progress.js';
import {
  findTemporalCli,
  startTemporalDevServer,
  type TemporalDevServer,
  type TemporalDevServerOptions,
} from '../../src/stack/temporal.js';
import type { RunResultDoc } from '../../src/store/runResults.js';
import { FakeLlmServer } from '../support/fake-llm/server.js';
import { SeededRandom } from '../support/fake-llm/seeded-random.js';
import { startTestStack, testEnv, type TestStack } from '../support/harness.js';
import { startWorkerProcess, type WorkerProcess } from '../support/workerProcess.js';
import { fakePrices, isFinished, post, seedJudge } from '../support/runKit.js';
import { waitFor } from '../support/waitFor.js';

/**
 * Everything at once (`npm run test:chaos`): three runs in flight (dataset, container and
 * generate sources; judge and code evaluators) on two worker processes, while a seeded
 * schedule kills a worker with SIGKILL three times, restarts Temporal, and stops the store
 * for 10 seconds, and the model provider fails 30% of calls (429, 5xx, hung calls); a fourth run
 * compares three models pairwise (in both orders) beside a scoring judge. Every
 * run must end `completed` with each (item, evaluator, model) result exactly once and
 * metrics equal to a recomputation from the stored results. Own Temporal and MongoDB
 * servers, so the shared ones stay up for the other files.
 */
const SEED = 14;
const ITEMS = 40;
const rows = Array.from({ length: ITEMS }, (_, i) => ({
  id: `item-${i}`,
  input: `question ${i}`,
  output: `answer ${i}`,
}));
const MODELS = ['fake/model-a', 'fake/model-b'];
/** The pairwise run: three models, every pair judged in both orders (`ASSAY_CHAOS_PAIRWISE_ITEMS` scales it up). */
const THREE_MODELS = ['fake/model-a', 'fake/model-b', 'fake/model-c'];
const PAIRWISE_ITEMS = Number(process.env.ASSAY_CHAOS_PAIRWISE_ITEMS ?? ITEMS);
/** What more items may add to the waits: about 1.2 s per item at this latency and the throttled concurrency. */
const EXTRA_MS = (PAIRWISE_ITEMS - ITEMS) * 1200;
const CODE = 'def evaluate(sample, ground_truth):\n    return len(str(sample["output"])) % 7 / 7\n';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe('combined chaos', () => {
  const { MONGODB_URI: _external, ...serverEnv } = process.env;
  let dir: string;
  let temporalOptions: TemporalDevServerOptions;
  let mongoOptions: MongoServerOptions;
  let temporal: TemporalDevServer | undefined;
  let mongo: MongoServer | undefined;
  let fake: FakeLlmServer;
  let stack: TestStack;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'assay-chaos-'));
    temporalOptions = {
      cli: await findTemporalCli(silentProgress),
      port: await freePort(),
      dbFile: path.join(dir, 'temporal.sqlite'),
      namespace: 'default',
      logFile: path.join(dir, 'temporal.log'),
    };
    mongoOptions = {
      port: await freePort(),
      dataDir: path.join(dir, 'mongo'),
      logFile: path.join(dir, 'mongo.log'),
    };
    temporal = await startTemporalDevServer(temporalOptions);
    mongo = await startMongoServer(mongoOptions, silentProgress, serverEnv);
    fake = await FakeLlmServer.start({ latencyMs: { min: 200, max: 500 }, seed: SEED });
    const env = testEnv({
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: temporalOptions.namespace,
      MONGODB_URI: mongo.uri,
      // Hung calls time out after 2 s, then are retried like any other failure.
      ASSAY_PROVIDERS: JSON.stringify({
        fake: { base_url: fake.baseUrl, max_concurrency: 16, timeout_ms: 2000, prices: fakePrices },
      }),
      ASSAY_RUN_BATCH_SIZE: '5',
      // Throttled so the faults meet many batches in flight; a scaled-up run may widen them.
      ASSAY_RUN_WINDOW: process.env.ASSAY_CHAOS_WINDOW ?? '2',
      ASSAY_RUN_ITEM_CONCURRENCY: process.env.ASSAY_CHAOS_ITEM_CONCURRENCY ?? '2',
      ASSAY_RUN_HEARTBEAT_TIMEOUT_MS: '5000',
    });
    stack = await startTestStack({ env });
    for (let i = 0; i < 2; i++) workers.push(await startWorkerProcess(env));
  });
  afterAll(async () => {
    for (const worker of workers) await worker.stop();
    await stack?.close();
    await fake?.close();
    await temporal?.stop();
    await mongo?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A GET that rides out the outages (503s, refused connections) by answering null. */
  const tryGet = async (url: string): Promise<Json | null> => {
    try {
      const response = await stack.call('GET', url);
      return response.status === 200 ? response.body : null;
    } catch {
      return null;
    }
  };

  async function seed() {
    await post(stack, '/v1/containers', { label: 'bot' });
    await post(stack, '/v1/datasets', { name: 'golden', items: rows });
    const logs = rows.map((r) => ({ id: r.id, input: r.input, output: r.output }));
    await post(stack, '/v1/containers/bot/logs', { logs }, 200);
    const judge = await seedJudge(stack, 'bot', 'quality');
    const versus = await post(stack, '/v1/evaluators', {
      container: 'bot',
      name: 'versus',
      type: 'judge',
      mode: 'pairwise',
      judge_model: 'fake/judge-model',
      judge_prompt: '{{input}}\nA: {{output_a}}\nB: {{output_b}}',
    });
    const pairRows = Array.from({ length: PAIRWISE_ITEMS }, (_, i) => ({
      id: `p-${i}`,
      input: `topic ${i}`,
    }));
    await post(stack, '/v1/datasets', { name: 'topics', items: pairRows });
    const code = await post(stack, '/v1/evaluators', {
      container: 'bot',
      name: 'length',
      type: 'code',
      code: CODE,
    });
    const start = (body: object) => post(stack, '/v1/evaluations/runs', { container: 'bot', ...body });
    return [
      await start({
        evaluators: [judge.id, code.id],
        sample: { type: 'dataset', dataset: 'golden' },
        ground_truth: { type: 'dataset', dataset: 'golden' },
      }),
      await start({ evaluators: [judge.id], sample: { type: 'container' } }),
      await start({
        evaluators: [judge.id, code.id],
        sample: { type: 'generate', models: MODELS },
        ground_truth: { type: 'dataset', dataset: 'golden' },
      }),
      await start({
        evaluators: [versus.id, judge.id],
        sample: { type: 'generate', models: THREE_MODELS },
        ground_truth: { type: 'dataset', dataset: 'topics' },
      }),
    ];
  }

  it(
    'every run completes with each result exactly once and metrics that match its results',
    async () => {
      const runs = await seed();
      const random = new SeededRandom(SEED);
      fake.setFaults({ rate: 0.3, kinds: ['429', '500', '503', 'hang'], retryAfterSeconds: 1, seed: SEED });
      const log: string[] = [];
      const unfinished = async () => {
        let count = 0;
        for (const run of runs) {
          const now = await tryGet(`/v1/evaluations/runs/${run.id}`);
          if (!now || !isFinished(now)) count++;
        }
        return count;
      };
      // The slow events (the store's 10 s, Temporal's restart) early, while every run is still going.
      const events = ['kill', 'store', 'temporal', 'kill', 'kill'] as const;
      for (const event of events) {
        await sleep(random.between(500, 2500));
        const inFlight = await unfinished();
        if (event === 'kill') {
          const index = Math.floor(random.next() * workers.length);
          await workers[index]!.kill();
          log.push(`killed worker ${index} (${inFlight} runs unfinished)`);
          workers[index] = await startWorkerProcess(stack.env);
        } else if (event === 'temporal') {
          await temporal!.stop();
          temporal = undefined;
          log.push(`stopped Temporal (${inFlight} runs unfinished)`);
          await sleep(3000);
          temporal = await startTemporalDevServer(temporalOptions);
        } else {
          await mongo!.stop();
          mongo = undefined;
          log.push(`stopped the store for 10 s (${inFlight} runs unfinished)`);
          await sleep(10_000);
          mongo = await startMongoServer(mongoOptions, silentProgress, serverEnv);
        }
      }
      fake.clearFaults();

      for (const run of runs) {
        const done = await waitFor(
          () => tryGet(`/v1/evaluations/runs/${run.id}`),
          (now) => now !== null && isFinished(now),
          { timeoutMs: 180_000 + EXTRA_MS, what: `run ${run.id}` },
        );
        expect(done.status, JSON.stringify(done.error)).toBe('completed');
        await expectResultsExactlyOnce(done, run === runs[3] ? PAIRWISE_ITEMS : ITEMS);
      }
      const requests = fake.requests;
      console.info(
        `chaos (seed ${SEED}): ${log.join('; ')}; ${requests.length} model calls, ` +
          `${requests.filter((r) => r.faulted).length} faulted (${requests.filter((r) => r.faulted === 'hang').length} hung)`,
      );
    },
    360_000 + EXTRA_MS,
  );

  /** One result per (item, evaluator, model or model pair), and the run's metrics recomputed from them. */
  async function expectResultsExactlyOnce(run: Json, items: number) {
    const docs = (await stack.mongo.db
      .collection('run_results')
      .find({ run_id: run.id })
      .toArray()) as unknown as RunResultDoc[];
    const models: string[] = run.sample.source.type === 'generate' ? run.sample.source.models : [];
    const plan = comparisonPlanOf(run.config.request.comparison, models);
    const evaluators: Evaluator[] = run.config.evaluators;
    const perItem = evaluators.reduce((sum, e) => sum + resultSlots(e, models, plan).length, 0);
    expect(run.progress.total).toBe(items * perItem);
    expect(docs).toHaveLength(run.progress.total);
    const tuples = new Set(docs.map((d) => `${d.item_id}|${d.evaluator_id}|${d.model ?? '-'}`));
    expect(tuples.size).toBe(docs.length);
    expect(run.progress.done).toBe(docs.length);
    expect(run.progress.failed).toBe(docs.filter((d) => d.status === 'error').length);

    const comparing = evaluators.filter(isComparative);
    if (comparing.length > 0) {
      const served = (await stack.call('GET', `/v1/evaluations/runs/${run.id}/comparisons`)).body;
      const stored: Comparison[] = docs
        .filter((d) => d.comparison?.outcome)
        .map((d) => ({
          item: d.item_id,
          first: d.comparison!.models[0]!,
          second: d.comparison!.models[1]!,
          outcome: d.comparison!.outcome!,
        }));
      expect(served.data[0].pairs).toEqual(
        modelPairs(models, plan.selection).map(([a, b]) => pairMetrics(a, b, stored, true)),
      );
      expect(served.data[0].ratings).toEqual(bradleyTerryRatings(models, stored));
    }
    const recomputed = runMetrics(summarizeResults(docs, models), {
      evaluatorIds: evaluators.filter((e) => !isComparative(e)).map((e) => e.id),
      sampleModels: models,
      unpaired: run.metrics.by_evaluator[0].unpaired,
    });
    expect(run.metrics.by_evaluator).toHaveLength(recomputed.by_evaluator.length);
    recomputed.by_evaluator.forEach((expected, i) => {
      const actual = run.metrics.by_evaluator[i];
      for (const field of [
        'evaluator_id',
        'model',
        'count',
        'scored',
        'errors',
        'unscored',
        'passed',
      ] as const) {
        expect(actual[field], `${field} of ${expected.evaluator_id}/${expected.model}`).toEqual(
          expected[field],
        );
      }
      expect(actual.parse_failures).toEqual(expected.parse_failures);
      expect(actual.tokens).toEqual(expected.tokens);
      for (const field of ['mean', 'stdev', 'pass_rate', 'spend_usd'] as const) {
        if (expected[field] === null) expect(actual[field]).toBeNull();
        else expect(actual[field]).toBeCloseTo(expected[field] as number, 9);
      }
    });
  }
});
