import { expect } from 'vitest';
import { defaultScoreFor, FakeLlmServer } from './fake-llm/server.js';
import type { TestStack } from './harness.js';
import { startStackWithFake, useTestStack, type TestStackOptions } from './testStack.js';
import { waitFor } from './waitFor.js';

/** A stack with a worker whose only provider, `fake`, is the fake OpenAI server. */
export interface RunKit {
  stack: TestStack;
  fake: FakeLlmServer;
  close(): Promise<void>;
}

/** Prices of the fake provider's models (USD per million tokens), for spend and budget tests. */
export const fakePrices = {
  'judge-model': { input: 1000, output: 2000 },
  'model-a': { input: 100, output: 100 },
};

/** The stack every run test starts: a worker, and the fake server as the provider `fake`. */
export function runKitOptions(overrides: Record<string, string> = {}): TestStackOptions {
  return {
    worker: true,
    fakeLlm: { provider: { max_concurrency: 32, prices: fakePrices } },
    // Small batches, so even a handful of items spans several batch activities.
    env: { ASSAY_RUN_BATCH_SIZE: '2', ASSAY_RUN_CODE_BATCH_SIZE: '2', ...overrides },
  };
}

export async function startRunKit(overrides: Record<string, string> = {}): Promise<RunKit> {
  const { stack, fake, close } = await startStackWithFake(runKitOptions(overrides));
  return { stack, fake: fake!, close };
}

/** `startRunKit` for a file or `describe` block: started in `beforeAll`, closed in `afterAll`. */
export function useRunKit(overrides: Record<string, string> = {}): Omit<RunKit, 'close'> {
  const stack = useTestStack(runKitOptions(overrides));
  return {
    stack,
    get fake() {
      return stack.fake;
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export const getRun = async (stack: TestStack, id: string): Promise<Json> =>
  (await stack.call('GET', `/v1/evaluations/runs/${id}`)).body;

export const isFinished = (run: Json) => ['completed', 'error', 'cancelled'].includes(run.status);

export function waitForRun(
  stack: TestStack,
  id: string,
  until: (run: Json) => boolean = isFinished,
  timeoutMs?: number,
) {
  return waitFor(() => getRun(stack, id), until, { timeoutMs, what: `run ${id}` });
}

/** POSTs and expects `status`; returns the body. */
export async function post(stack: TestStack, path: string, body: unknown, status = 201): Promise<Json> {
  const response = await stack.call('POST', path, { body });
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

export interface Row {
  input: string;
  output: string;
}

export async function seedContainer(stack: TestStack, label: string, logs: Row[]): Promise<Json> {
  const container = await post(stack, '/v1/containers', { label });
  if (logs.length > 0) {
    const logsWithIds = logs.map((l, i) => ({ id: `${label}-log-${i}`, ...l }));
    await post(stack, `/v1/containers/${label}/logs`, { logs: logsWithIds }, 200);
  }
  return container;
}

export const seedDataset = (stack: TestStack, name: string, items: Row[]) =>
  post(stack, '/v1/datasets', {
    name,
    items: items.map((item, i) => ({ id: `${name}-item-${i}`, ...item })),
  });

/** The judge every data-source test uses; its prompt is easy to rebuild in a test. */
export const judgePrompt = 'Q: {{input}}\nA: {{output}}\nRef: {{ground_truth}}';
export const promptFor = (input: string, output: string, reference: string) =>
  `Q: ${input}\nA: ${output}\nRef: ${reference}`;

export function seedJudge(
  stack: TestStack,
  container: string,
  name: string,
  options: { model?: string; threshold?: number; prompt?: string } = {},
): Promise<Json> {
  return post(stack, '/v1/evaluators', {
    container,
    name,
    type: 'judge',
    judge_model: options.model ?? 'fake/judge-model',
    judge_prompt: options.prompt ?? judgePrompt,
    threshold: options.threshold ?? 0.5,
  });
}

/** What the fake's default completion is for a prompt (see fake-llm/deterministic.ts). */
export const echoOf = (model: string, input: string) => `echo(${model}): ${input}`;

/** The metrics a run must report for these judge prompts, computed from the fake's deterministic scores. */
export function expectedMetrics(prompts: string[], threshold = 0.5) {
  const scores = prompts.map(defaultScoreFor);
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  return {
    scores,
    count: scores.length,
    scored: scores.length,
    mean,
    passed: scores.filter((s) => s >= threshold).length,
    pass_rate: scores.filter((s) => s >= threshold).length / scores.length,
  };
}

export function expectMetricsMatch(actual: Json, expected: ReturnType<typeof expectedMetrics>, unpaired = 0) {
  expect(actual.count).toBe(expected.count);
  expect(actual.scored).toBe(expected.scored);
  expect(actual.errors).toBe(0);
  expect(actual.unpaired).toBe(unpaired);
  expect(actual.mean).toBeCloseTo(expected.mean, 9);
  expect(actual.passed).toBe(expected.passed);
  expect(actual.pass_rate).toBeCloseTo(expected.pass_rate, 9);
}

export const countResults = (stack: TestStack, runId: string) =>
  stack.mongo.db.collection('run_results').countDocuments({ run_id: runId });

/** The workflow ids Temporal's visibility lists for `query` (search attributes), once `run` is among them. */
export function workflowsMatching(stack: TestStack, query: string, runId: string): Promise<string[]> {
  return waitFor(
    async () => {
      const ids: string[] = [];
      for await (const execution of stack.api.ctx.temporal.workflow.list({ query }))
        ids.push(execution.workflowId);
      return ids;
    },
    (ids) => ids.includes(runId),
    { what: `run ${runId} in Temporal visibility` },
  );
}

/** The project of the admin key (what search attributes carry). */
export async function adminProjectId(stack: TestStack): Promise<string> {
  return (await stack.api.ctx.store.keys.authenticate(stack.adminKey))!.projectId;
}
