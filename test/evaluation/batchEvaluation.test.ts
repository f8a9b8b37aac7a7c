import { randomBytes } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { BatchEvaluation } from '../../src/evaluation/batchEvaluation.js';
import type { BatchUnit } from '../../src/evaluation/batchUnits.js';
import type { EvaluationDeps } from '../../src/evaluation/deps.js';
import { ResultWriter } from '../../src/evaluation/resultWriter.js';
import type { Evaluator } from '../../src/domain/evaluators.js';
import { createLogger } from '../../src/platform/log.js';
import { ModelClient } from '../../src/models/modelClient.js';
import { MongoResponseCache } from '../../src/store/responseCache.js';
import { RunFailureType, type ProviderFailureDetails } from '../../src/core/runFailures.js';
import { connectMongo, type MongoHandle } from '../../src/store/mongo.js';
import { RunResultStore } from '../../src/store/runResults.js';
import { fakeRegistry, FAKE_API_KEY } from '../models/fakeProvider.js';
import { FakeLlmServer } from '../support/fake-llm/server.js';
import { testEnv } from '../support/harness.js';
import type { ModelReply } from '../../src/models/replies.js';

/**
 * One batch's evaluation against the fake provider and a real MongoDB: what it
 * keeps when it fails part-way, and how provider failures leave it.
 */
let fake: FakeLlmServer;
let mongo: MongoHandle;

const judge: Evaluator = {
  object: 'evaluator',
  id: 'evl_quality',
  version: 1,
  type: 'judge',
  container_id: 'ctr_test',
  name: 'quality',
  description: null,
  judge_model: 'fake/judge-model',
  panel_models: null,
  panel_aggregate: null,
  position_swap: null,
  score_range: null,
  judge_prompt: 'Q: {{input}}\nA: {{output}}',
  code: null,
  grader: null,
  requirements: [],
  threshold: 0.5,
  mode: 'pointwise',
  api_type: 'chat_completions',
  inference_params: null,
  metadata: {},
  created_at: 0,
  updated_at: 0,
};

/** Items that are their own ground truth (a run over one source). */
const units = (count: number): BatchUnit[] =>
  Array.from({ length: count }, (_, i) => {
    const item = {
      id: `item-${i}`,
      input: `question ${i}`,
      output: `answer ${i}`,
      metadata: {},
      model: null,
    };
    return { pair: { item_id: item.id, sample: item, ground_truth: item }, model: null, missing: [judge] };
  });

beforeAll(async () => {
  fake = await FakeLlmServer.start();
  mongo = await connectMongo(inject('mongoUri'), `batch_evaluation_${randomBytes(4).toString('hex')}`);
});
afterAll(async () => {
  await fake?.close();
  await mongo?.db.dropDatabase();
  await mongo?.close();
});
beforeEach(() => fake.reset());

/** Results are stamped with the injected clock's time, not the machine's. */
const fixedClock = { nowSeconds: () => 1_700_000_000 };

/** Runs the units as one batch; returns what it threw (or null) and what the store holds afterwards. */
async function evaluate(count: number, env: Record<string, string>) {
  const providers = fakeRegistry(fake, { maxConcurrency: 4 });
  const deps: EvaluationDeps = {
    env: testEnv(env),
    logger: createLogger('silent', 'test'),
    providers,
    modelClient: new ModelClient(providers),
    responseCache: new MongoResponseCache<ModelReply>(mongo.db),
    sandbox: { evaluateBatch: async () => [] },
    clock: fixedClock,
  };
  const runId = `run_${randomBytes(4).toString('hex')}`;
  const store = new RunResultStore(mongo.db);
  const evaluation = new BatchEvaluation(
    deps,
    {
      projectId: 'prj_test',
      runId,
      batchIndex: 0,
      itemConcurrency: deps.env.ASSAY_RUN_ITEM_CONCURRENCY,
      sides: { mode: 'self', sample: null, groundTruth: null },
    },
    new ResultWriter(store, new Map()),
    new AbortController().signal,
  );
  const thrown = await evaluation.run(units(count)).then(
    () => null,
    (error: unknown) => error,
  );
  const stored = await store.collection.find({ run_id: runId }).toArray();
  return { thrown, stored };
}

describe('a batch that fails part-way', () => {
  it('saves the results it produced before the failing unit (its buffered results are flushed)', async () => {
    // Items 0-2 are judged, then the provider fails every call. While the batch's recent calls
    // mostly succeeded, a failure is that item's error (a partial refusal); once failures are the
    // majority (item 6: 3 successes, 4 failures) it is an outage and the batch fails.
    fake.on({ prompt: /question [3-9]/ }, () => ({ fault: '503' }));
    const { thrown, stored } = await evaluate(10, {
      ASSAY_RUN_ITEM_ATTEMPTS: '1',
      ASSAY_RUN_ITEM_CONCURRENCY: '1',
    });
    expect(thrown).toBeInstanceOf(ApplicationFailure);
    expect((thrown as ApplicationFailure).type).toBe(RunFailureType.providerUnavailable);
    const byItem = stored.sort((a, b) => a.item_id.localeCompare(b.item_id));
    expect(byItem.map((r) => [r.item_id, r.status])).toEqual([
      ['item-0', 'scored'],
      ['item-1', 'scored'],
      ['item-2', 'scored'],
      ['item-3', 'error'],
      ['item-4', 'error'],
      ['item-5', 'error'],
    ]);
    expect(new Set(stored.map((r) => r.created_at))).toEqual(new Set([1_700_000_000]));
  });
});

describe('provider failures inside a batch', () => {
  it('a rejected key (401) stops the batch at once with the provider, never item errors', async () => {
    fake.on({}, () => ({
      fault: 'status',
      status: 401,
      message: `Incorrect API key provided: ${FAKE_API_KEY}`,
    }));
    const { thrown, stored } = await evaluate(3, { ASSAY_RUN_ITEM_ATTEMPTS: '5' });
    const failure = thrown as ApplicationFailure;
    expect(failure.type).toBe(RunFailureType.providerRejected);
    expect(failure.nonRetryable).toBe(true);
    const details = failure.details?.[0] as ProviderFailureDetails;
    expect(details).toMatchObject({ provider: 'fake', model: 'fake/judge-model', kind: 'auth', status: 401 });
    expect(details.message).not.toContain(FAKE_API_KEY);
    expect(stored).toEqual([]);
    // One call per item at most: a 401 is never retried.
    expect(fake.requests.length).toBeLessThanOrEqual(3);
  });

  it('an unreachable provider fails the batch as unavailable, with when it started failing', async () => {
    const before = Date.now();
    fake.on({}, () => ({ fault: '503' }));
    const { thrown, stored } = await evaluate(2, { ASSAY_RUN_ITEM_ATTEMPTS: '2' });
    const failure = thrown as ApplicationFailure;
    expect(failure.type).toBe(RunFailureType.providerUnavailable);
    const details = failure.details?.[0] as ProviderFailureDetails;
    expect(details).toMatchObject({ provider: 'fake', kind: 'server_error', status: 503 });
    expect(details.firstFailedAt).toBeGreaterThanOrEqual(before);
    expect(stored).toEqual([]);
  });

  it("one item that keeps failing while others succeed is that item's error; the batch completes", async () => {
    fake.on({ prompt: 'question 1' }, () => ({ fault: '503' }));
    // Two lanes: while item 1 waits to retry, the other lane judges items 2-5.
    const { thrown, stored } = await evaluate(6, {
      ASSAY_RUN_ITEM_ATTEMPTS: '2',
      ASSAY_RUN_ITEM_CONCURRENCY: '2',
    });
    expect(thrown).toBeNull();
    expect(stored).toHaveLength(6);
    expect(stored.find((r) => r.item_id === 'item-1')).toMatchObject({ status: 'error' });
  });
});
