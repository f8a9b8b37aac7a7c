import { describe, expect, it } from 'vitest';
import { BatchEvaluation } from '../../src/evaluation/batchEvaluation.js';
import type { BatchUnit } from '../../src/evaluation/batchUnits.js';
import type { EvaluationDeps } from '../../src/evaluation/deps.js';
import { ResultWriter } from '../../src/evaluation/resultWriter.js';
import type { Evaluator } from '../../src/domain/evaluators.js';
import { createLogger } from '../../src/platform/log.js';
import { ModelClient } from '../../src/models/modelClient.js';
import { ProviderRegistry } from '../../src/models/providers.js';
import type { CodeEvalItem, CodeEvalOutcome } from '../../src/sandbox/index.js';
import type { RunResultDoc } from '../../src/store/runResults.js';
import { stackEnv } from '../support/inProcessStack.js';

const code: Evaluator = {
  object: 'evaluator',
  id: 'evl_len',
  version: 1,
  type: 'code',
  container_id: 'ctr_test',
  name: 'len',
  description: null,
  judge_model: null,
  panel_models: null,
  panel_aggregate: null,
  position_swap: null,
  score_range: null,
  judge_prompt: null,
  code: 'def evaluate(sample, ground_truth):\n    return 1.0\n',
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

const units = (count: number): BatchUnit[] =>
  Array.from({ length: count }, (_, i) => {
    const item = {
      id: `item-${i}`,
      input: `question ${i}`,
      output: `answer ${i}`,
      metadata: {},
      model: null,
    };
    return { pair: { item_id: item.id, sample: item, ground_truth: item }, model: null, missing: [code] };
  });

/** Settings only: nothing here talks to a server. */
const env = stackEnv(
  { mongoUri: 'mongodb://127.0.0.1:9', temporalAddress: '127.0.0.1:9', temporalNamespace: 'none' },
  'unit',
);

type EvaluateBatch = EvaluationDeps['sandbox']['evaluateBatch'];
const scored = (item: CodeEvalItem): CodeEvalOutcome => ({ key: item.key, ok: true, score: 1, latencyMs: 0 });

/** One batch of a code evaluator over `count` items with `sandbox`; what it threw and what was inserted, insert by insert. */
async function evaluate(count: number, sandbox: EvaluateBatch, onInsert: () => void = () => {}) {
  const inserts: RunResultDoc[][] = [];
  const noCache = {
    get: async () => null,
    put: async () => {},
    putMany: async () => {},
    deleteScope: async () => {},
  };
  const providers = ProviderRegistry.fromEnv(env);
  const deps = {
    env,
    logger: createLogger('silent', 'test'),
    providers,
    modelClient: new ModelClient(providers),
    responseCache: noCache,
    sandbox: { evaluateBatch: sandbox },
    clock: { nowSeconds: () => 1_700_000_000 },
  } as unknown as EvaluationDeps;
  const writer = new ResultWriter(
    {
      insert: async (docs) => {
        inserts.push(docs);
        onInsert();
      },
    },
    new Map(),
  );
  const evaluation = new BatchEvaluation(
    deps,
    {
      projectId: 'prj_test',
      runId: 'run_test',
      batchIndex: 0,
      sides: { mode: 'self', sample: null, groundTruth: null },
    },
    writer,
    new AbortController().signal,
  );
  const thrown = await evaluation.run(units(count)).then(
    () => null,
    (error: unknown) => error,
  );
  return { thrown, inserts, results: writer.results };
}

/** Server-free: a code evaluator's results reach the store while its sandbox is still answering. */
describe("a code evaluator's results are written as the sandbox answers", () => {
  it('starts inserting before the sandbox is done, and writes every result once, in item order', async () => {
    let sandboxDone = false;
    let insertedWhileRunning = 0;
    const { thrown, inserts } = await evaluate(
      1000,
      async ({ items, onOutcome }) => {
        const outcomes: CodeEvalOutcome[] = [];
        for (const item of items) {
          outcomes.push(scored(item));
          onOutcome?.(outcomes.at(-1)!);
          if (outcomes.length % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
        }
        sandboxDone = true;
        return outcomes;
      },
      () => void (sandboxDone || insertedWhileRunning++),
    );
    expect(thrown).toBeNull();
    expect(insertedWhileRunning).toBeGreaterThan(0);
    const ids = inserts.flat().map((doc) => doc.item_id);
    expect(ids).toEqual(units(1000).map((unit) => unit.pair.item_id));
    expect(inserts.flat().every((doc) => doc.status === 'scored' && doc.passed === true)).toBe(true);
  });

  it('keeps the results answered before the sandbox stopped, and fails with its error', async () => {
    const { thrown, inserts } = await evaluate(1000, async ({ items, onOutcome }) => {
      items.slice(0, 150).forEach((item) => onOutcome?.(scored(item)));
      throw new Error('evaluation cancelled');
    });
    expect((thrown as Error).message).toBe('evaluation cancelled');
    expect(inserts.flat()).toHaveLength(150);
  });

  it('still saves every result of a sandbox that reports them only at the end', async () => {
    const { thrown, inserts, results } = await evaluate(300, async ({ items }) => items.map(scored));
    expect(thrown).toBeNull();
    expect(inserts.flat()).toHaveLength(300);
    expect(results.size).toBe(300);
  });
});
